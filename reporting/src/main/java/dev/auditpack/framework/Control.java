package dev.auditpack.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * @param mappings      the automated checks that evidence the customer's part, each direct or supporting
 * @param checksSuffice true when passing direct checks are enough for the customer's part; otherwise manual evidence is also needed
 * @param attestations  AWS Artifact reports that evidence AWS's part
 * @param manual        what an auditor will ask the customer to show
 * @param category      the framework category it belongs to (SOC 2: security, availability, …), or null
 * @param overTime      true when the control is about operation over a period, so one snapshot shows its design only
 * @param premises      true for physical controls that cover the organisation's own premises as well as AWS's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Control(
        String id,
        String title,
        String theme,
        Responsibility responsibility,
        String aws,
        String customer,
        @JsonProperty("checks") List<CheckMapping> mappings,
        Boolean checksSuffice,
        List<AttestationSelector> attestations,
        String manual,
        String category,
        Boolean overTime,
        Boolean premises) {

    public Control {
        require(id, "id");
        require(title, "title of " + id);
        require(theme, "theme of " + id);
        Objects.requireNonNull(responsibility, "responsibility of " + id + " is missing");
        require(manual, "manual guidance of " + id);
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        checksSuffice = Boolean.TRUE.equals(checksSuffice);
        overTime = Boolean.TRUE.equals(overTime);
        premises = Boolean.TRUE.equals(premises);
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
        if (mappings.stream().map(CheckMapping::check).distinct().count() < mappings.size()) {
            throw new IllegalArgumentException(id + " names a check twice");
        }
        if (checksSuffice && mappings.stream().noneMatch(CheckMapping::direct)) {
            throw new IllegalArgumentException(id + " says its checks suffice (checksSuffice) but has no direct check");
        }
        if (responsibility != Responsibility.CUSTOMER && attestations.isEmpty()) {
            throw new IllegalArgumentException(id + " is " + responsibility.key()
                    + " but names no AWS attestation (attestations: [{series: SOC, name: SOC 2}])");
        }
        if (responsibility != Responsibility.CUSTOMER && (aws == null || aws.isBlank())) {
            throw new IllegalArgumentException(
                    id + " is " + responsibility.key() + " but does not say what AWS does (aws:)");
        }
        if (responsibility != Responsibility.INHERITED && (customer == null || customer.isBlank())) {
            throw new IllegalArgumentException(
                    id + " is " + responsibility.key() + " but does not say what the customer does (customer:)");
        }
        if (responsibility == Responsibility.INHERITED && !mappings.isEmpty()) {
            throw new IllegalArgumentException(id + " is inherited, so customer checks do not apply; make it shared");
        }
    }

    /** A control as older code builds it: no category, not over time, no premises. */
    public Control(
            String id,
            String title,
            String theme,
            Responsibility responsibility,
            String aws,
            String customer,
            List<CheckMapping> mappings,
            Boolean checksSuffice,
            List<AttestationSelector> attestations,
            String manual) {
        this(
                id,
                title,
                theme,
                responsibility,
                aws,
                customer,
                mappings,
                checksSuffice,
                attestations,
                manual,
                null,
                null,
                null);
    }

    /** Ids of every check the control names, direct and supporting. */
    public List<String> checks() {
        return mappings.stream().map(CheckMapping::check).toList();
    }

    /** Ids of the checks that test what the control requires; only these can make its automated half pass. */
    public List<String> directChecks() {
        return mappings.stream()
                .filter(CheckMapping::direct)
                .map(CheckMapping::check)
                .toList();
    }

    /** The same control with another responsibility class, as a user override. */
    public Control withResponsibility(Responsibility other, String customerPart) {
        return new Control(
                id,
                title,
                theme,
                other,
                aws,
                customer == null ? customerPart : customer,
                mappings,
                checksSuffice,
                attestations,
                manual,
                category,
                overTime,
                premises);
    }

    /** The same control with the changes of an override; null keeps the current value. */
    Control changed(Responsibility r, String awsPart, String customerPart, String manualGuidance) {
        return new Control(
                id,
                title,
                theme,
                r == null ? responsibility : r,
                awsPart == null ? aws : awsPart,
                customerPart == null ? customer : customerPart,
                mappings,
                checksSuffice,
                attestations,
                manualGuidance == null ? manual : manualGuidance,
                category,
                overTime,
                premises);
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
