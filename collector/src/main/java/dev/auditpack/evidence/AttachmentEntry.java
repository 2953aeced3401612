package dev.auditpack.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The index line for a file a collector stored beside its JSON evidence because AWS gave it as a document,
 * not as an API answer (an AWS Artifact report PDF).
 *
 * @param path         path relative to the locker root: {@code raw/<account>/<region>/<collector>/<name>}
 * @param collector    collector id
 * @param account      AWS account id
 * @param sha256       lower-case hex SHA-256 of the file's bytes
 * @param size         size in bytes
 * @param mediaType    media type, e.g. {@code application/pdf}
 * @param title        what the document is, as its source names it
 * @param confidential true when the document may only be shared under its source's terms
 */
public record AttachmentEntry(
        String path,
        String collector,
        String account,
        String sha256,
        long size,
        String mediaType,
        String title,
        boolean confidential) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public AttachmentEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(title, "title");
        if (!EvidenceEntry.isSafePath(path)) {
            throw new IllegalArgumentException("attachment path '" + path + "' is not a plain path under raw/");
        }
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 of " + path + " is not 64 lower-case hex digits");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size of " + path + " must not be negative");
        }
    }

    /** The locker path of a file one collector stored for one account and region. */
    public static String pathFor(String account, String region, String collector, String name) {
        return "raw/" + account + "/" + region + "/" + collector + "/" + name;
    }
}
