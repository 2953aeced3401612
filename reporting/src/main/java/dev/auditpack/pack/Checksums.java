package dev.auditpack.pack;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack's {@code SHA256SUMS}: one {@code <sha256>  <path>} line per file, sorted by path, exactly as
 * {@code sha256sum -c} reads it.
 *
 * @param sha256ByPath lower-case hex SHA-256 by path relative to the pack's root
 */
public record Checksums(SortedMap<String, String> sha256ByPath) {

    /** Name of the file inside a pack. */
    public static final String FILE = "SHA256SUMS";

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    // GNU sha256sum writes two spaces (text mode) or " *" (binary mode); both name the same bytes on Unix.
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    public Checksums {
        sha256ByPath = Collections.unmodifiableSortedMap(new TreeMap<>(sha256ByPath));
        sha256ByPath.forEach((path, hash) -> {
            Objects.requireNonNull(path);
            if (!HEX64.matcher(hash).matches()) {
                throw new IllegalArgumentException("sha256 of " + path + " is not 64 lower-case hex digits");
            }
            if (!isPlain(path)) {
                throw new IllegalArgumentException("'" + path + "' is not a plain relative path");
            }
        });
    }

    /** The file's bytes: UTF-8, one line per path, each ending with a newline. */
    public byte[] format() {
        StringBuilder out = new StringBuilder();
        sha256ByPath.forEach(
                (path, hash) -> out.append(hash).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a {@code SHA256SUMS} file, reporting each line it cannot read to {@code problem} instead of failing.
     */
    public static Checksums parse(byte[] bytes, Consumer<String> problem) {
        SortedMap<String, String> sums = new TreeMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problem.accept("MALFORMED " + FILE + " (line " + (i + 1) + " is not '<sha256>  <path>')");
                continue;
            }
            String path = m.group(2);
            if (!isPlain(path)) {
                problem.accept("MALFORMED " + FILE + " (line " + (i + 1) + " names '" + path
                        + "', which is not a plain relative path)");
                continue;
            }
            if (sums.put(path, m.group(1).toLowerCase(Locale.ROOT)) != null) {
                problem.accept("MALFORMED " + FILE + " (line " + (i + 1) + " lists " + path + " again)");
            }
        }
        return new Checksums(sums);
    }

    /** A relative path without escapes: sha256sum would escape backslashes and line breaks, and a pack needs none. */
    private static boolean isPlain(String path) {
        if (path.isEmpty()
                || path.startsWith("/")
                || path.contains("\\")
                || path.contains("\n")
                || path.contains("\r")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
