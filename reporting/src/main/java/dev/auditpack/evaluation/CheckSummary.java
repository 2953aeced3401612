package dev.auditpack.evaluation;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Severity;
import java.util.Objects;

/**
 * How one check came out across all resources.
 *
 * @param checkId       the check
 * @param title         its title
 * @param severity      its severity
 * @param pass          resources that pass
 * @param fail          resources that fail
 * @param notApplicable resources it does not apply to
 * @param gap           scopes it could not judge
 * @param accepted      failing resources an exception accepts
 */
public record CheckSummary(
        String checkId,
        String title,
        Severity severity,
        long pass,
        long fail,
        long notApplicable,
        long gap,
        long accepted) {
    public CheckSummary {
        Objects.requireNonNull(checkId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(severity);
    }

    /**
     * The check's overall verdict: FAIL beats GAP beats ACCEPTED beats PASS; nothing but NOT_APPLICABLE gives
     * NOT_APPLICABLE.
     */
    public CheckStatus status() {
        if (fail > 0) {
            return CheckStatus.FAIL;
        }
        if (gap > 0) {
            return CheckStatus.GAP;
        }
        if (accepted > 0) {
            return CheckStatus.ACCEPTED;
        }
        return pass > 0 ? CheckStatus.PASS : CheckStatus.NOT_APPLICABLE;
    }

    public long total() {
        return pass + fail + notApplicable + gap + accepted;
    }
}
