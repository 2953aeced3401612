package dev.auditpack.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * The customer's half of a control: what the automated checks show.
 *
 * @param status the half's status (SATISFIED, NOT_SATISFIED, GAP or NEEDS_MANUAL_EVIDENCE)
 * @param checks the control's checks and how each came out
 * @param reason one sentence for the pack
 */
public record CustomerResult(ControlStatus status, List<CheckSummary> checks, String reason) {
    public CustomerResult {
        Objects.requireNonNull(status);
        checks = List.copyOf(checks);
        Objects.requireNonNull(reason);
    }
}
