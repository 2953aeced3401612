package dev.auditpack.evaluation.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A series judged over its period: the snapshots, where they leave the period unobserved, each control's verdict
 * over the period, and one timeline per check and resource.
 *
 * @param cadence     {@code daily} or {@code weekly}
 * @param allowedGap  the longest pause between observations the cadence allows, as ISO-8601 (e.g. {@code PT30H})
 * @param periodLabel the audit period as named
 * @param periodStart its first day
 * @param periodEnd   its last day
 * @param snapshots   every snapshot, oldest first
 * @param coverage    stretches of the period without a snapshot for longer than the cadence allows (GAP intervals)
 * @param controls    one verdict per control of every framework, in framework order
 * @param rows        one timeline per check, account, region and resource, sorted so
 */
public record Timeline(
        String cadence,
        String allowedGap,
        String periodLabel,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<SnapshotRow> snapshots,
        List<Interval> coverage,
        List<ControlPeriod> controls,
        List<ResourceTimeline> rows) {
    public Timeline {
        Objects.requireNonNull(cadence);
        snapshots = List.copyOf(snapshots);
        coverage = List.copyOf(coverage);
        controls = List.copyOf(controls);
        rows = List.copyOf(rows);
    }

    /**
     * One snapshot of the series.
     *
     * @param name          its folder name under {@code snapshots/}
     * @param startedAt     when its collection started
     * @param finishedAt    when it ended: the time the snapshot observes
     * @param indexSha256   SHA-256 of its {@code index.json}, the value the next snapshot's link records
     * @param evidenceFiles evidence files it holds
     * @param errors        collection errors it records
     */
    public record SnapshotRow(
            String name, Instant startedAt, Instant finishedAt, String indexSha256, int evidenceFiles, int errors) {}

    /** Rows that did not pass throughout: failed at some snapshot or were not observed at some. */
    public List<ResourceTimeline> deviating() {
        return rows.stream()
                .filter(r -> r.verdict().equals("FAILED") || r.verdict().equals("GAP"))
                .toList();
    }
}
