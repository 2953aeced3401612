package dev.auditpack.evidence;

import java.util.Objects;

/**
 * One way a locker differs from its index.
 *
 * @param path   locker-relative path of the file
 * @param kind   what is wrong
 * @param detail expected and actual digests, or why the file could not be read
 */
public record Discrepancy(String path, Kind kind, String detail) {

    /** What kind of difference was found. */
    public enum Kind {
        /** The file's SHA-256 or size differs from the index. */
        CHANGED,
        /** The index lists the file but it is not there. */
        MISSING,
        /** A file under raw/ that the index does not list. */
        UNEXPECTED
    }

    public Discrepancy {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for a person: {@code CHANGED raw/…/iam.json (expected …, found …)}. */
    public String describe() {
        return kind + " " + path + " (" + detail + ")";
    }
}
