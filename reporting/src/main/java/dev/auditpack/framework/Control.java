package dev.auditpack.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One control of a framework and the evidence that answers it.
 *
 * @param id            control id as the standard numbers it, e.g. {@code A.8.8} or {@code CC6.1}
 * @param title         auditpack's own short title (never the standard's text)
 * @param theme         the standard's grouping, e.g. {@code Technological} or {@code CC6 Logical and Physical Access}
 * @param responsibility who operates the control
 * @param aws           what AWS does for it (inherited and shared controls)
 * @param customer      what the customer must do (shared and customer controls)
 * @param checks        ids of the automated checks that evidence the customer's part
 * @param checksSuffice true when passing checks are enough for the customer's part; otherwise manual evidence is also needed
 * @param attestations  AWS Artifact reports that evidence AWS's part
 * @param manual        what an auditor will ask the customer to show
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Control(
        String id,
        String title,
        String theme,
        Responsibility responsibility,
        String aws,
        String customer,
        List<String> checks,
        Boolean checksSuffice,
        List<AttestationSelector> attestations,
        String manual) {

    public Control {
        require(id, "id");
        require(title, "title of " + id);
        require(theme, "theme of " + id);
        Objects.requireNonNull(responsibility, "responsibility of " + id + " is missing");
        require(manual, "manual guidance of " + id);
        checks = checks == null ? List.of() : List.copyOf(checks);
        checksSuffice = Boolean.TRUE.equals(checksSuffice);
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
        if (responsibility != Responsibility.CUSTOMER && attestations.isEmpty()) {
            throw new IllegalArgumentException(id + " is " + responsibility.key()
                    + " but names no AWS attestation (attestations: [{series: SOC, name: SOC 2}])");
        }
        if (responsibility != Responsibility.CUSTOMER && (aws == null || aws.isBlank())) {
            throw new IllegalArgumentException(id + " is " + responsibility.key() + " but does not say what AWS does (aws:)");
        }
        if (responsibility != Responsibility.INHERITED && (customer == null || customer.isBlank())) {
            throw new IllegalArgumentException(id + " is " + responsibility.key()
                    + " but does not say what the customer does (customer:)");
        }
        if (responsibility == Responsibility.INHERITED && !checks.isEmpty()) {
            throw new IllegalArgumentException(id + " is inherited, so customer checks do not apply; make it shared");
        }
    }

    /** The same control with another responsibility class, as a user override. */
    public Control withResponsibility(Responsibility other, String customerPart) {
        return new Control(id, title, theme, other, aws, customer == null ? customerPart : customer, checks,
                checksSuffice, attestations, manual);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
