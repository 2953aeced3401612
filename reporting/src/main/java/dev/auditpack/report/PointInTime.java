package dev.auditpack.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the pack's automated evidence is: a snapshot of the configuration at the time it was collected, not
 * a record of how controls operated over the audit period. Said on the cover, in the summary, with each
 * control and in results.json.
 *
 * @param collectedFrom when collection began
 * @param collectedTo   when it ended: the time the snapshot shows
 * @param periodStart   first day of the audit period
 * @param periodEnd     last day of the audit period
 * @param generatedAt   when the pack was built
 */
public record PointInTime(
        Instant collectedFrom, Instant collectedTo, LocalDate periodStart, LocalDate periodEnd, Instant generatedAt) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public PointInTime {
        Objects.requireNonNull(collectedFrom);
        Objects.requireNonNull(collectedTo);
        Objects.requireNonNull(periodStart);
        Objects.requireNonNull(periodEnd);
        Objects.requireNonNull(generatedAt);
    }

    /** The evidence's kind: always {@code snapshot}, since the collectors record state, not history. */
    @JsonProperty
    public String kind() {
        return "snapshot";
    }

    /** The time the snapshot shows, e.g. {@code 2026-11-29 00:18:25 UTC}. */
    public String asOf() {
        return TIME.format(collectedTo);
    }

    private Instant periodOver() {
        return periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** True when collection ended before the audit period's last day was over. */
    @JsonProperty
    public boolean collectedBeforePeriodEnd() {
        return collectedTo.isBefore(periodOver());
    }

    /** True when the pack was built before the audit period's last day was over. */
    @JsonProperty
    public boolean generatedBeforePeriodEnd() {
        return generatedAt.isBefore(periodOver());
    }

    /** True when collection began only after the audit period was over. */
    @JsonProperty
    public boolean collectedAfterPeriodEnd() {
        return !collectedFrom.isBefore(periodOver());
    }

    /** Whole days between the day collection ended and the period's last day; 0 when on or after it. */
    @JsonProperty
    public long daysBeforePeriodEnd() {
        return Math.max(
                0, ChronoUnit.DAYS.between(collectedTo.atZone(ZoneOffset.UTC).toLocalDate(), periodEnd));
    }

    /** What the evidence is, in one sentence. */
    @JsonProperty
    public String statement() {
        return "Point in time: the automated evidence is a snapshot of the AWS configuration taken between "
                + TIME.format(collectedFrom) + " and " + asOf() + ". It shows the state at that time, not how the "
                + "controls operated across the audit period " + periodStart + " to " + periodEnd + ".";
    }

    /** The statement and the timing in brief, for the summary page. */
    @JsonProperty
    public String brief() {
        LocalDate collected = collectedTo.atZone(ZoneOffset.UTC).toLocalDate();
        String when = generatedBeforePeriodEnd()
                ? " Built "
                        + days(ChronoUnit.DAYS.between(
                                generatedAt.atZone(ZoneOffset.UTC).toLocalDate(), periodEnd))
                        + " before the period ended."
                : collected.isBefore(periodEnd)
                        ? " Collected " + days(daysBeforePeriodEnd()) + " before the period ended."
                        : collectedAfterPeriodEnd() ? " Collected after the period ended." : "";
        return "Point in time: the evidence is a snapshot taken " + asOf() + ", not a record of the audit period "
                + periodStart + " to " + periodEnd + "." + when;
    }

    /** When the snapshot was taken, and the pack built, relative to the audit period, in one sentence. */
    @JsonProperty
    public String timing() {
        LocalDate collected = collectedTo.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate generated = generatedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (generatedBeforePeriodEnd()) {
            return "Built before the audit period ended: this pack was generated on " + generated + ", "
                    + days(ChronoUnit.DAYS.between(generated, periodEnd)) + " before the period's last day ("
                    + periodEnd
                    + "), from evidence collected on " + collected + ". Nothing in it shows the state after "
                    + asOf() + ".";
        }
        if (collected.isBefore(periodEnd)) {
            return "Collected before the audit period ended: the evidence was collected on " + collected + ", "
                    + days(daysBeforePeriodEnd()) + " before the period's last day (" + periodEnd + "); the pack was "
                    + "generated on " + generated + " from that snapshot. Nothing in it shows the state after " + asOf()
                    + ".";
        }
        if (collectedAfterPeriodEnd()) {
            return "Collected after the audit period ended: the evidence was collected on " + collected + ", after the "
                    + "period's last day (" + periodEnd + "); it shows the state then, which may differ from the state "
                    + "during the period.";
        }
        return "Collected on the audit period's last day (" + periodEnd + ").";
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
