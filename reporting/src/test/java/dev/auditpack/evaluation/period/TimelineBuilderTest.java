package dev.auditpack.evaluation.period;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.framework.CheckMapping;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.MappingStrength;
import dev.auditpack.framework.Responsibility;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intervals per check and resource, coverage gaps against the cadence, and control verdicts over the period. */
class TimelineBuilderTest {

    private static final String ACCOUNT = "111122223333";
    private static final String SG = "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1";
    private static final String OTHER = "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-2";
    private static final String CHECK = "ec2_security_group_no_open_admin_ports";
    private static final AuditPeriod OCTOBER = AuditPeriod.parse("2026-10");

    private static Instant day(int d) {
        return Instant.parse(String.format("2026-10-%02dT06:00:00Z", d));
    }

    private static Finding finding(String resource, CheckStatus status) {
        return new Finding(CHECK, status, ACCOUNT, "eu-west-1", resource, status + " reason", List.of());
    }

    /** Runs the builder over snapshots at the given days, each with its findings. */
    private static TimelineBuilder run(List<Integer> days, List<List<Finding>> findings) {
        TimelineBuilder b =
                new TimelineBuilder(days.stream().map(TimelineBuilderTest::day).toList(), Cadence.WEEKLY, OCTOBER);
        for (int k = 0; k < days.size(); k++) {
            b.begin(k, List.of(ACCOUNT));
            findings.get(k).forEach(b::add);
            b.end();
        }
        return b;
    }

    private static List<String> briefs(ResourceTimeline t) {
        return t.intervals().stream().map(Interval::brief).toList();
    }

    @Test
    void weeklySnapshotsGiveOneIntervalPerRunOfTheSameResult() {
        TimelineBuilder b = run(
                List.of(1, 8, 15, 22, 29),
                List.of(
                        List.of(finding(SG, CheckStatus.PASS), finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.FAIL), finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.FAIL), finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS), finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS), finding(OTHER, CheckStatus.PASS))));
        assertThat(b.coverage()).isEmpty();
        List<ResourceTimeline> rows = b.finish();
        assertThat(rows).extracting(ResourceTimeline::resource).containsExactly(SG, OTHER);
        assertThat(briefs(rows.get(0)))
                .containsExactly("PASS 2026-10-01", "FAIL 2026-10-08..2026-10-15", "PASS 2026-10-22..2026-10-29");
        assertThat(rows.get(0).verdict()).isEqualTo("FAILED");
        assertThat(rows.get(0).intervals().get(1).snapshots()).isEqualTo(2);
        assertThat(rows.get(0).intervals().get(1).note()).isEqualTo("FAIL reason");
        assertThat(briefs(rows.get(1))).containsExactly("PASS 2026-10-01..2026-10-29");
        assertThat(rows.get(1).verdict()).isEqualTo("PASSED_THROUGHOUT");
    }

    @Test
    void aPauseOfWeeksIsAGapWithItsDatesNeverAPass() {
        TimelineBuilder b = run(
                List.of(1, 8, 29),
                List.of(
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS))));
        assertThat(b.coverage()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(CheckStatus.GAP);
            assertThat(i.from()).isEqualTo(day(8));
            assertThat(i.to()).isEqualTo(day(29));
            assertThat(i.unobserved()).isTrue();
        });
        ResourceTimeline row = b.finish().get(0);
        assertThat(briefs(row))
                .containsExactly(
                        "PASS 2026-10-01..2026-10-08", "GAP 2026-10-08..2026-10-29 (no snapshot)", "PASS 2026-10-29");
        assertThat(row.verdict()).isEqualTo("GAP");
    }

    @Test
    void thePeriodsEdgesCountTowardsCoverage() {
        TimelineBuilder late = run(List.of(12, 19), List.of(List.of(), List.of()));
        assertThat(late.coverage())
                .extracting(Interval::brief)
                .containsExactly(
                        "GAP 2026-10-01..2026-10-12 (no snapshot)", "GAP 2026-10-19..2026-11-01 (no snapshot)");
    }

    @Test
    void anUnreadableCallMakesTheResourcesOfItsScopeAGap() {
        String scope = "arn:aws:ec2:eu-west-1:111122223333";
        TimelineBuilder b = run(
                List.of(1, 8, 15),
                List.of(
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(scope, CheckStatus.GAP)),
                        List.of(finding(SG, CheckStatus.PASS))));
        List<ResourceTimeline> rows = b.finish();
        ResourceTimeline sg =
                rows.stream().filter(r -> r.resource().equals(SG)).findFirst().orElseThrow();
        assertThat(briefs(sg)).containsExactly("PASS 2026-10-01", "GAP 2026-10-08", "PASS 2026-10-15");
        assertThat(sg.intervals().get(1).note()).contains("could not be read");
        ResourceTimeline unread = rows.stream()
                .filter(r -> r.resource().equals(scope))
                .findFirst()
                .orElseThrow();
        assertThat(briefs(unread)).containsExactly("GAP 2026-10-08");
    }

    @Test
    void aResourceThatDisappearsEndsItsRunWithoutAGap() {
        TimelineBuilder b = run(
                List.of(1, 8, 15),
                List.of(
                        List.of(finding(SG, CheckStatus.FAIL), finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(OTHER, CheckStatus.PASS)),
                        List.of(finding(OTHER, CheckStatus.PASS))));
        ResourceTimeline sg = b.finish().get(0);
        assertThat(briefs(sg)).containsExactly("FAIL 2026-10-01");
    }

    @Test
    void aControlIsEffectiveOnlyWhenItsDirectChecksPassedAtEverySnapshotAndCoverageIsWhole() {
        Control control = new Control(
                "A.8.20",
                "Network security",
                "Technological",
                Responsibility.CUSTOMER,
                null,
                "Restrict admin ports",
                List.of(new CheckMapping(CHECK, MappingStrength.DIRECT, "tests it")),
                false,
                List.of(),
                "Network policy");
        Framework framework = new Framework("f", "F", "F", "1", "d", List.of(control), false);

        List<ResourceTimeline> passing = run(
                        List.of(1, 8, 15, 22, 29),
                        List.of(
                                List.of(finding(SG, CheckStatus.PASS)),
                                List.of(finding(SG, CheckStatus.PASS)),
                                List.of(finding(SG, CheckStatus.PASS)),
                                List.of(finding(SG, CheckStatus.PASS)),
                                List.of(finding(SG, CheckStatus.PASS))))
                .finish();
        assertThat(Timelines.controls(List.of(framework), passing, List.of(), 5))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.verdict()).isEqualTo("EFFECTIVE");
                    assertThat(c.deviations()).isEmpty();
                });

        TimelineBuilder gappy = run(
                List.of(1, 8, 29),
                List.of(
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS))));
        List<Interval> coverage = gappy.coverage();
        assertThat(Timelines.controls(List.of(framework), gappy.finish(), coverage, 3))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.verdict()).isEqualTo("GAP");
                    assertThat(c.statement()).contains("2026-10-08T06:00:00Z", "2026-10-29T06:00:00Z");
                });

        TimelineBuilder failing = run(
                List.of(1, 8, 15, 22, 29),
                List.of(
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.FAIL)),
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS)),
                        List.of(finding(SG, CheckStatus.PASS))));
        assertThat(Timelines.controls(List.of(framework), failing.finish(), List.of(), 5))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.verdict()).isEqualTo("NOT_EFFECTIVE");
                    assertThat(c.deviations())
                            .singleElement()
                            .satisfies(d -> assertThat(d.interval().brief()).isEqualTo("FAIL 2026-10-08"));
                    assertThat(c.statement()).contains("2026-10-08", SG);
                });
    }
}
