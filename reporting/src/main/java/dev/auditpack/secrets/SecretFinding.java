package dev.auditpack.secrets;

import java.util.Objects;

/**
 * A secret found in a file; the secret itself is never kept, so it can never be printed.
 *
 * @param file where: a path, with {@code !/} between a zip or PDF and a file inside it, e.g.
 *             {@code evidence-pack.zip!/manual/policy.txt}
 * @param kind what it looks like
 */
public record SecretFinding(String file, SecretKind kind) {

    public SecretFinding {
        Objects.requireNonNull(file);
        Objects.requireNonNull(kind);
    }

    /** One line for people: {@code <file>: holds what looks like <kind>}. */
    public String describe() {
        return file + ": holds what looks like " + kind.description();
    }
}
