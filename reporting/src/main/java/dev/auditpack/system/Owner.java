package dev.auditpack.system;

import java.util.Objects;

/**
 * An owner the owners file names.
 *
 * @param name  the owner's name
 * @param role  their role, or empty
 * @param email their e-mail address, or empty
 * @param basis what assigned it: {@code control iso27001-2022:A.5.15} or {@code theme People}
 */
public record Owner(String name, String role, String email, String basis) {
    public Owner {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
        Objects.requireNonNull(email);
        Objects.requireNonNull(basis);
    }
}
