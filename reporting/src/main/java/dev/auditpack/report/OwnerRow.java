package dev.auditpack.report;

import java.util.Objects;

/**
 * Who owns a control, from the owners file.
 *
 * @param name  the owner's name
 * @param role  their role, or empty
 * @param email their e-mail address, or empty
 * @param basis what the owners file assigned it by: {@code control iso27001-2022:A.5.15} or {@code theme People}
 */
public record OwnerRow(String name, String role, String email, String basis) {
    public OwnerRow {
        Objects.requireNonNull(name);
        role = role == null ? "" : role;
        email = email == null ? "" : email;
        Objects.requireNonNull(basis);
    }

    /** The owner in one line: {@code Dana Whitfield (CISO), dana@example.com}. */
    public String describe() {
        return name + (role.isEmpty() ? "" : " (" + role + ")") + (email.isEmpty() ? "" : ", " + email);
    }
}
