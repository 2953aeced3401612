package dev.auditpack.evaluation.period;

import dev.auditpack.check.CheckStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A run of snapshots in which a check found the same thing about a resource, or a stretch with no snapshot.
 *
 * @param status    PASS, FAIL, NOT_APPLICABLE, or GAP: not observed (the evidence could not be read, or no snapshot
 *                  was taken for longer than the cadence allows)
 * @param from      when the first snapshot of the run was taken; for a stretch without snapshots, the last
 *                  observation before it (or the period's start)
 * @param to        when the last snapshot of the run was taken; for a stretch without snapshots, the next observation
 *                  after it (or the period's end)
 * @param snapshots snapshots in the run; 0 for a stretch without snapshots
 * @param note      why, for FAIL and GAP (the first snapshot's reason); empty otherwise
 */
public record Interval(CheckStatus status, Instant from, Instant to, int snapshots, String note) {
    public Interval {
        Objects.requireNonNull(status);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        note = note == null ? "" : note;
    }

    /** The stretch is a coverage gap: no snapshot at all between {@code from} and {@code to}. */
    public boolean unobserved() {
        return snapshots == 0;
    }

    /** {@code FAIL 2026-10-08..2026-10-15}: the status and the UTC dates, as tables print it. */
    public String brief() {
        return status.name() + " " + dates();
    }

    /** {@code 2026-10-08..2026-10-15}, or one date, with {@code (no snapshot)} for a stretch without snapshots. */
    public String dates() {
        LocalDate a = LocalDate.ofInstant(from, ZoneOffset.UTC);
        LocalDate b = LocalDate.ofInstant(to, ZoneOffset.UTC);
        return (a.equals(b) ? a.toString() : a + ".." + b) + (unobserved() ? " (no snapshot)" : "");
    }
}
