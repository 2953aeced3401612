package dev.auditpack.imports;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.framework.CheckMapping;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shipped map from other scanners' ids to auditpack's checks or controls
 * ({@code frameworks/imports/scanner-map.yaml}), resolved against the frameworks of the pack: a scanner id mapped
 * to a check supports every control that check serves.
 */
public final class ScannerMap {

    /** The resource holding the map. */
    public static final String RESOURCE = "frameworks/imports/scanner-map.yaml";

    /**
     * One entry of the file.
     *
     * @param check    auditpack's check the scanner's test corresponds to, or null
     * @param controls {@code framework:control} labels, for a scanner test auditpack has no check for
     * @param note     where the scanner's test differs from ours, or null
     */
    public record Entry(String check, List<String> controls, String note) {
        public Entry {
            controls = controls == null ? List.of() : List.copyOf(controls);
            if ((check == null) == controls.isEmpty()) {
                throw new IllegalArgumentException("an entry names either a check or controls, not both or neither");
            }
        }
    }

    /** The file: its source sentence and the entries of each namespace. */
    public record File(String source, Map<String, Entry> prowler, Map<String, Entry> securityhub) {
        public File {
            prowler = prowler == null ? Map.of() : new TreeMap<>(prowler);
            securityhub = securityhub == null ? Map.of() : new TreeMap<>(securityhub);
        }
    }

    /**
     * Where a scanner id leads.
     *
     * @param via      auditpack's check id, or {@code direct} for an entry that names controls
     * @param controls {@code framework:control} labels, in the frameworks' order
     */
    public record Target(String via, List<String> controls, String note) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final File file;
    private final List<Framework> frameworks;

    private ScannerMap(File file, List<Framework> frameworks) {
        this.file = file;
        this.frameworks = List.copyOf(frameworks);
    }

    /** The shipped file. */
    public static File shippedFile() {
        try (InputStream in = ScannerMap.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return YAML.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The shipped map over these frameworks. */
    public static ScannerMap shipped(List<Framework> frameworks) {
        return new ScannerMap(shippedFile(), frameworks);
    }

    public String source() {
        return file.source();
    }

    /** Where a scanner's id leads, or empty when the map does not name it (or names nothing these frameworks hold). */
    public Optional<Target> target(String namespace, String scannerId) {
        Map<String, Entry> entries = switch (namespace) {
            case "prowler" -> file.prowler();
            case "securityhub" -> file.securityhub();
            default -> Map.of();
        };
        Entry entry = entries.get(scannerId);
        if (entry == null) {
            return Optional.empty();
        }
        List<String> controls = entry.check() != null ? controlsOf(entry.check()) : present(entry.controls());
        return controls.isEmpty()
                ? Optional.empty()
                : Optional.of(new Target(entry.check() == null ? "direct" : entry.check(), controls, entry.note()));
    }

    /** Every control of the frameworks that names the check, as {@code framework:control}. */
    List<String> controlsOf(String check) {
        List<String> out = new ArrayList<>();
        for (Framework f : frameworks) {
            for (Control c : f.controls()) {
                if (c.mappings().stream().map(CheckMapping::check).anyMatch(check::equals)) {
                    out.add(f.id() + ":" + c.id());
                }
            }
        }
        return out;
    }

    /** The labels whose framework and control these frameworks hold, in the order given. */
    private List<String> present(List<String> labels) {
        Set<String> known = new LinkedHashSet<>();
        frameworks.forEach(f -> f.controls().forEach(c -> known.add(f.id() + ":" + c.id())));
        return labels.stream().filter(known::contains).toList();
    }
}
