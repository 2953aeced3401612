package dev.auditpack.collector.locker;

import dev.auditpack.input.InputException;
import java.util.Objects;

/**
 * Where a locker or pack is kept in S3: {@code s3://bucket/prefix}. The prefix is a folder: its objects are
 * {@code prefix/<path>}; an empty prefix is the bucket's top level.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix without leading or trailing slashes; empty for the top level
 */
public record S3Uri(String bucket, String prefix) {

    private static final String SCHEME = "s3://";
    private static final String BUCKET = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";

    public S3Uri {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (!bucket.matches(BUCKET) || bucket.contains("..")) {
            throw new IllegalArgumentException("not an S3 bucket name: " + bucket);
        }
    }

    /** Whether {@code text} is meant as an S3 location (starts with {@code s3:}), right or wrong. */
    public static boolean looksLikeS3(String text) {
        return text != null && text.regionMatches(true, 0, "s3:", 0, 3);
    }

    /**
     * Reads {@code s3://bucket[/prefix]}.
     *
     * @param flag what the user gave it as (a flag or parameter), named in the error
     * @throws InputException naming {@code flag} when it is not an S3 location with a valid bucket and prefix
     */
    public static S3Uri parse(String text, String flag) {
        if (text == null || !text.startsWith(SCHEME)) {
            throw new InputException(flag, "'" + text + "' is not an S3 location (expected s3://bucket/prefix)");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new InputException(flag, "'" + text + "' names no bucket (expected s3://bucket/prefix)");
        }
        if (!bucket.matches(BUCKET) || bucket.contains("..")) {
            throw new InputException(
                    flag,
                    "'" + bucket + "' is not an S3 bucket name (3 to 63 lower-case letters, digits, dots and "
                            + "hyphens)");
        }
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.isEmpty()) {
            for (String part : prefix.split("/", -1)) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                    throw new InputException(flag, "'" + text + "' has an empty, '.' or '..' folder in its prefix");
                }
            }
            if (!prefix.matches("[A-Za-z0-9!_.*'()/=+-]+")) {
                throw new InputException(
                        flag, "'" + text + "': use only letters, digits and ! _ . * ' ( ) / = + - in the prefix");
            }
        }
        return new S3Uri(bucket, prefix);
    }

    /** The key of the object at {@code path} (a relative path with forward slashes) under the prefix. */
    public String key(String path) {
        return prefix.isEmpty() ? path : prefix + "/" + path;
    }

    /** What to list to see every object under the prefix. */
    public String listPrefix() {
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    /** The path of {@code key} under the prefix. */
    public String pathOf(String key) {
        return key.substring(listPrefix().length());
    }

    /** The same location, a folder further down. */
    public S3Uri resolve(String folder) {
        return new S3Uri(bucket, key(folder));
    }

    @Override
    public String toString() {
        return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
