package dev.auditpack.evaluation;

import dev.auditpack.framework.AttestationSelector;
import java.util.List;
import java.util.Objects;

/**
 * AWS's half of a control: the reports that attest it and whether they cover the audit period.
 *
 * @param status    what the reports amount to
 * @param selectors what the framework asked for
 * @param reports   the best matching report per selector (covering first, then most recent)
 * @param reason    one sentence for the pack
 */
public record AttestationResult(AttestationStatus status, List<AttestationSelector> selectors, List<AwsReport> reports,
                                String reason) {
    public AttestationResult {
        Objects.requireNonNull(status, "status");
        selectors = List.copyOf(selectors);
        reports = List.copyOf(reports);
        Objects.requireNonNull(reason, "reason");
    }
}
