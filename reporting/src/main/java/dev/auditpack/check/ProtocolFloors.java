package dev.auditpack.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table, shipped as data, of named TLS security policies and the oldest protocol version each accepts from
 * clients, with the source it was taken from. A policy the table does not name has no known floor, which a
 * check must report as a GAP, never as a pass.
 *
 * <p>Format: one {@code name version} pair a line ({@code version} is {@code SSLv3}, {@code TLSv1.0},
 * {@code TLSv1.1}, {@code TLSv1.2} or {@code TLSv1.3}); {@code #} starts a comment; the line
 * {@code # Source: ...} names where the table comes from.
 */
public final class ProtocolFloors {

    private final String source;
    private final Map<String, String> floors;

    private ProtocolFloors(String source, Map<String, String> floors) {
        this.source = source;
        this.floors = Map.copyOf(floors);
    }

    /** Reads the table shipped at {@code resource}, relative to {@code owner}'s package. */
    public static ProtocolFloors load(Class<?> owner, String resource) {
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String source = "";
            Map<String, String> floors = new LinkedHashMap<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line.strip();
                if (text.startsWith("# Source:")) {
                    source = text.substring("# Source:".length()).strip();
                } else if (!text.isEmpty() && !text.startsWith("#")) {
                    String[] parts = text.split("\\s+");
                    if (parts.length != 2 || !parts[1].matches("SSLv3|TLSv1\\.[0-3]")) {
                        throw new IllegalStateException(resource + ": not 'policy version': " + text);
                    }
                    floors.put(parts[0], parts[1]);
                }
            }
            return new ProtocolFloors(source, floors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The oldest protocol version the policy accepts, or empty when the table does not know it. */
    public Optional<String> floor(String policy) {
        return Optional.ofNullable(floors.get(policy));
    }

    /** Whether a floor is TLS 1.2 or later, which is what current guidance asks for. */
    public static boolean modern(String floor) {
        return floor.equals("TLSv1.2") || floor.equals("TLSv1.3");
    }

    /** Where the table comes from, for reasons that name an unknown policy. */
    public String source() {
        return source;
    }
}
