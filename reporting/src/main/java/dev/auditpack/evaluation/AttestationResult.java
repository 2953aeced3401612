package dev.auditpack.evaluation;

import dev.auditpack.framework.AttestationSelector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * AWS's half of a control: the reports that attest it and whether they cover the audit period.
 *
 * @param status    what the reports amount to
 * @param selectors what the framework asked for
 * @param reports   the best matching report per selector (covering first, then most recent)
 * @param reason    one sentence for the pack
 * @param bridge    the bridge letter that carries a report to the end of the audit period, when one does
 * @param uncoveredServices AWS services in use that the covering attestation does not list in its scope
 */
public record AttestationResult(
        AttestationStatus status,
        List<AttestationSelector> selectors,
        List<AwsReport> reports,
        String reason,
        Optional<BridgeLetter> bridge,
        List<String> uncoveredServices) {
    public AttestationResult {
        Objects.requireNonNull(status, "status");
        selectors = List.copyOf(selectors);
        reports = List.copyOf(reports);
        Objects.requireNonNull(reason, "reason");
        bridge = bridge == null ? Optional.empty() : bridge;
        uncoveredServices = uncoveredServices == null ? List.of() : List.copyOf(uncoveredServices);
    }

    /** A result without a bridge letter or uncovered services. */
    public AttestationResult(
            AttestationStatus status, List<AttestationSelector> selectors, List<AwsReport> reports, String reason) {
        this(status, selectors, reports, reason, Optional.empty(), List.of());
    }
}
