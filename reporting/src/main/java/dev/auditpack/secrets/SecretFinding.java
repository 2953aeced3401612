package dev.auditpack.secrets;

import java.util.Objects;

/**
 * A secret found in a file; the secret itself is never kept, so it can never be printed.
 *
 * @param file where: a path, with {@code !/} between a zip or PDF and a file inside it, e.g.
 *             {@code evidence-pack.zip!/manual/policy.txt}
 * @param kind what it looks like
 * @param reason why it could not be scanned, for {@link SecretKind#UNREADABLE}; empty otherwise
 */
public record SecretFinding(String file, SecretKind kind, String reason) {

    public SecretFinding {
        Objects.requireNonNull(file);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reason);
    }

    /** A secret of this kind in this file. */
    public SecretFinding(String file, SecretKind kind) {
        this(file, kind, "");
    }

    /** Content that could not be scanned, and why. */
    static SecretFinding unreadable(String file, String reason) {
        return new SecretFinding(file, SecretKind.UNREADABLE, reason);
    }

    /**
     * One line for people: {@code <file>: holds what looks like <kind>}, or for content that could not be read
     * {@code <file>: cannot be scanned: <reason>}.
     */
    public String describe() {
        return file + ": " + problem();
    }

    /** What is wrong with the file, without its name. */
    public String problem() {
        return kind == SecretKind.UNREADABLE
                ? "cannot be scanned (" + reason + "), so it may hold a secret"
                : "holds what looks like " + kind.description();
    }
}
