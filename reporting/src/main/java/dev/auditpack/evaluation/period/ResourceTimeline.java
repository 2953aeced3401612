package dev.auditpack.evaluation.period;

import dev.auditpack.check.CheckStatus;
import java.util.List;
import java.util.Objects;

/**
 * What one check found about one resource at every snapshot that saw it, as intervals in time order.
 *
 * @param checkId   the check
 * @param account   account id
 * @param region    region, or {@code global}
 * @param resource  the resource's ARN (or the scope a GAP finding names)
 * @param verdict   {@code PASSED_THROUGHOUT}, {@code FAILED}, {@code GAP} or {@code NOT_APPLICABLE} (see {@link #of})
 * @param intervals the intervals, oldest first
 */
public record ResourceTimeline(
        String checkId, String account, String region, String resource, String verdict, List<Interval> intervals) {
    public ResourceTimeline {
        Objects.requireNonNull(checkId);
        Objects.requireNonNull(account);
        Objects.requireNonNull(region);
        Objects.requireNonNull(resource);
        Objects.requireNonNull(verdict);
        intervals = List.copyOf(intervals);
    }

    /**
     * A timeline with its verdict: FAILED when any interval failed, else GAP when any was not observed, else
     * PASSED_THROUGHOUT when any passed, else NOT_APPLICABLE.
     */
    public static ResourceTimeline of(
            String checkId, String account, String region, String resource, List<Interval> intervals) {
        String verdict = has(intervals, CheckStatus.FAIL) || has(intervals, CheckStatus.ACCEPTED)
                ? "FAILED"
                : has(intervals, CheckStatus.GAP)
                        ? "GAP"
                        : has(intervals, CheckStatus.PASS) ? "PASSED_THROUGHOUT" : "NOT_APPLICABLE";
        return new ResourceTimeline(checkId, account, region, resource, verdict, intervals);
    }

    private static boolean has(List<Interval> intervals, CheckStatus status) {
        return intervals.stream().anyMatch(i -> i.status() == status);
    }

    /** The intervals as one line: {@code PASS 2026-10-01..2026-10-08; FAIL 2026-10-15}. */
    public String brief() {
        return String.join("; ", intervals.stream().map(Interval::brief).toList());
    }
}
