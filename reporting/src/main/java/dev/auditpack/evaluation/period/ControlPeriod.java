package dev.auditpack.evaluation.period;

import java.util.List;
import java.util.Objects;

/**
 * One control's operation over the period, judged from its direct checks at every snapshot.
 *
 * @param framework  framework id
 * @param control    control id
 * @param title      control title
 * @param verdict    {@code EFFECTIVE}, {@code NOT_EFFECTIVE}, {@code GAP}, {@code NOT_APPLICABLE} or
 *                   {@code NOT_TESTED} (rules in docs/period-evidence.md)
 * @param statement  the verdict in one sentence, with dates
 * @param checks     its direct checks
 * @param deviations each failing or unobserved interval of its direct checks, and each coverage gap, oldest first
 */
public record ControlPeriod(
        String framework,
        String control,
        String title,
        String verdict,
        String statement,
        List<String> checks,
        List<Deviation> deviations) {
    public ControlPeriod {
        Objects.requireNonNull(framework);
        Objects.requireNonNull(control);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(statement);
        checks = List.copyOf(checks);
        deviations = List.copyOf(deviations);
    }

    /**
     * One deviation: a check failing (or not observed) on a resource over an interval, or a stretch without
     * snapshots (then {@code checkId} and {@code resource} are empty).
     *
     * @param checkId  the check, or empty for a coverage gap
     * @param account  account id, or empty
     * @param region   region, or empty
     * @param resource resource, or empty
     * @param interval when, and what
     */
    public record Deviation(String checkId, String account, String region, String resource, Interval interval) {}
}
