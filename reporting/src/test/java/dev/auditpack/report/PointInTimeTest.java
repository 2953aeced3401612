package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pack says its evidence is a snapshot, and when it was taken relative to the audit period. */
class PointInTimeTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static PointInTime at(String collected, String generated) {
        Instant to = Instant.parse(collected);
        return new PointInTime(to.minusSeconds(3), to, START, END, Instant.parse(generated));
    }

    @Test
    void theStatementNamesTheSnapshotTimeAndThePeriodItDoesNotCover() {
        PointInTime p = at("2026-11-29T00:18:25Z", "2026-11-29T00:20:00Z");
        assertThat(p.kind()).isEqualTo("snapshot");
        assertThat(p.asOf()).isEqualTo("2026-11-29 00:18:25 UTC");
        assertThat(p.statement())
                .isEqualTo(
                        "Point in time: the automated evidence is a snapshot of the AWS "
                                + "configuration taken between 2026-11-29 00:18:22 UTC and 2026-11-29 00:18:25 UTC. It shows the state "
                                + "at that time, not how the controls operated across the audit period 2026-10-01 to 2026-12-31.");
    }

    @Test
    void aPackBuiltBeforeThePeriodEndedSaysSo() {
        PointInTime p = at("2026-11-29T00:18:25Z", "2026-11-29T00:20:00Z");
        assertThat(p.generatedBeforePeriodEnd()).isTrue();
        assertThat(p.collectedBeforePeriodEnd()).isTrue();
        assertThat(p.daysBeforePeriodEnd()).isEqualTo(32);
        assertThat(p.timing())
                .startsWith("Built before the audit period ended: this pack was generated on 2026-11-29, "
                        + "32 days before the period's last day (2026-12-31)");
        assertThat(p.brief())
                .isEqualTo(
                        "Point in time: the evidence is a snapshot taken 2026-11-29 00:18:25 UTC, not a "
                                + "record of the audit period 2026-10-01 to 2026-12-31. Built 32 days before the period ended.");
    }

    @Test
    void evidenceCollectedBeforeTheEndButReportedAfterSaysSo() {
        PointInTime p = at("2026-12-30T10:00:00Z", "2027-01-04T09:00:00Z");
        assertThat(p.generatedBeforePeriodEnd()).isFalse();
        assertThat(p.collectedBeforePeriodEnd()).isTrue();
        assertThat(p.timing())
                .startsWith("Collected before the audit period ended: the evidence was collected on "
                        + "2026-12-30, 1 day before");
    }

    @Test
    void evidenceCollectedOnTheLastDayOrAfterIsToldApart() {
        assertThat(at("2026-12-31T23:00:00Z", "2027-01-01T09:00:00Z").timing())
                .isEqualTo("Collected on the audit period's last day (2026-12-31).");
        PointInTime after = at("2027-01-05T08:00:00Z", "2027-01-05T08:05:00Z");
        assertThat(after.collectedAfterPeriodEnd()).isTrue();
        assertThat(after.daysBeforePeriodEnd()).isZero();
        assertThat(after.timing()).startsWith("Collected after the audit period ended");
    }
}
