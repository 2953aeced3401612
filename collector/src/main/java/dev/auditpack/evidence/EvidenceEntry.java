package dev.auditpack.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The index line for one evidence file: where it is, what it covers and its SHA-256.
 *
 * @param path        path relative to the locker root, always under {@code raw/}
 * @param collector   collector id
 * @param account     AWS account id
 * @param region      region, or {@code global}
 * @param collectedAt when the file was collected
 * @param sha256      lower-case hex SHA-256 of the file's bytes
 * @param size        size in bytes
 * @param errorCount  calls for single resources inside this file that failed (0 = complete)
 */
public record EvidenceEntry(
        String path,
        String collector,
        String account,
        String region,
        Instant collectedAt,
        String sha256,
        long size,
        int errorCount) {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(collectedAt, "collectedAt");
        Objects.requireNonNull(sha256, "sha256");
        if (!isSafePath(path)) {
            throw new IllegalArgumentException("evidence path '" + path + "' is not a plain path under raw/");
        }
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + path + " is not 64 lower-case hex digits");
        }
        if (size < 0 || errorCount < 0) {
            throw new IllegalArgumentException("size and errorCount of " + path + " must not be negative");
        }
    }

    /** The locker path of the evidence a collector gathered for one account and region. */
    public static String pathFor(String account, String region, String collector) {
        return new EvidenceKey(collector, account, region).path();
    }

    /** The collector, account and region the file covers. */
    public EvidenceKey key() {
        return new EvidenceKey(collector, account, region);
    }

    /** True for a relative path under raw/ made only of plain segments (no "..", no absolute paths). */
    public static boolean isSafePath(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || !parts[0].equals("raw")) {
            return false;
        }
        for (String part : parts) {
            if (!SAFE_SEGMENT.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }
}
