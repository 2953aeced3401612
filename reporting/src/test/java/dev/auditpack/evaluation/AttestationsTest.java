package dev.auditpack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.LockerFixture;
import dev.auditpack.framework.AttestationSelector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AWS's half of a control, from the Artifact report list, against a Q4 audit. */
class AttestationsTest {

    @TempDir
    Path dir;

    private int lockers;

    private static final AttestationSelector SOC2 = new AttestationSelector("SOC", "SOC 2");
    private static final AttestationSelector ISO = new AttestationSelector("ISO", "27001");

    private static String report(
            String id, String name, String series, int version, String start, String end, String state) {
        return "{'id':'" + id + "','name':'" + name + "','series':'" + series
                + "','category':'Certifications and Attestations'," + "'version':" + version + ",'periodStart':'"
                + start + "T00:00:00Z','periodEnd':'" + end + "T00:00:00Z','state':'" + state + "'}";
    }

    private Attestations with(String... reports) {
        return Attestations.read(new LockerFixture(dir.resolve("locker-" + lockers++))
                .period("2026-Q4")
                .doc(
                        "artifact.reports",
                        "global",
                        "{'ListReports':" + LockerFixture.ok("[" + String.join(",", reports) + "]") + "}")
                .build());
    }

    @Test
    void aSoc2ReportEndingBeforeTheQuarterEndsNeedsABridgeLetter() {
        AttestationResult r = with(report(
                        "report-a", "AWS SOC 2 Type 2 Report", "SOC", 4, "2025-10-01", "2026-09-30", "PUBLISHED"))
                .evaluate(List.of(SOC2))
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.BRIDGE_LETTER_NEEDED);
        assertThat(r.reason())
                .contains("2025-10-01 – 2026-09-30")
                .contains("bridge letter")
                .contains("2026-10-01 – 2026-12-31");
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-a");
    }

    @Test
    void aCoveringReportWinsOverANewerOneThatDoesNot() {
        AttestationResult r = with(
                        report(
                                "report-old",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                3,
                                "2026-04-01",
                                "2027-03-31",
                                "PUBLISHED"),
                        report(
                                "report-new",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                4,
                                "2026-10-15",
                                "2027-09-30",
                                "PUBLISHED"))
                .evaluate(List.of(SOC2))
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.COVERED);
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-old");
    }

    @Test
    void anyCoveringSelectorCoversTheControlAndEveryMatchIsShown() {
        AttestationResult r = with(
                        report(
                                "report-soc",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                4,
                                "2025-10-01",
                                "2026-09-30",
                                "PUBLISHED"),
                        report(
                                "report-iso",
                                "AWS ISO/IEC 27001:2022 Certificate",
                                "ISO",
                                2,
                                "2025-11-07",
                                "2028-11-06",
                                "PUBLISHED"))
                .evaluate(List.of(SOC2, ISO))
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.COVERED);
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-soc", "report-iso");
    }

    @Test
    void unpublishedOrOtherSeriesReportsDoNotCount() {
        AttestationResult r = with(
                        report(
                                "report-draft",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                5,
                                "2026-01-01",
                                "2027-12-31",
                                "UNPUBLISHED"),
                        report(
                                "report-pci",
                                "AWS SOC 2 style PCI letter",
                                "PCI",
                                1,
                                "2026-01-01",
                                "2027-12-31",
                                "PUBLISHED"))
                .evaluate(List.of(SOC2))
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.NOT_FOUND);
    }

    @Test
    void anUnreadableReportListIsAGapNeverCovered() {
        Attestations a = Attestations.read(new LockerFixture(dir)
                .failed("artifact.reports", "global", "artifact:ListReports", "AccessDeniedException")
                .build());
        assertThat(a.evaluate(List.of(SOC2)).orElseThrow().status()).isEqualTo(AttestationStatus.GAP);
        assertThat(a.evaluate(List.of())).isEmpty();
    }

    private static final dev.auditpack.framework.AttestationRule SOC2_RULE =
            new dev.auditpack.framework.AttestationRule(
                    List.of(SOC2), List.of(new AttestationSelector("SOC", "continued operations")), "");
    private static final dev.auditpack.framework.AttestationRule ISO_RULE =
            new dev.auditpack.framework.AttestationRule(List.of(ISO), List.of(), "");

    @Test
    void aBridgeLetterInArtifactCarriesTheReportToTheEndOfThePeriodAndIsNotItselfAReport() {
        AttestationResult r = with(
                        report(
                                "report-a",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                4,
                                "2025-10-01",
                                "2026-09-30",
                                "PUBLISHED"),
                        report(
                                "report-l",
                                "AWS SOC 2 Continued Operations Letter",
                                "SOC",
                                1,
                                "2026-10-01",
                                "2027-01-15",
                                "PUBLISHED"))
                .evaluate(List.of(SOC2), java.util.Optional.of(SOC2_RULE), List.of())
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.COVERED);
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-a");
        assertThat(r.bridge())
                .get()
                .satisfies(b -> assertThat(b.label()).contains("2026-10-01 – 2027-01-15", "AWS Artifact"));
        assertThat(r.reason()).contains("+ bridge letter");
    }

    @Test
    void aLetterThatStopsShortOrStartsLateLeavesTheDaysAfterTheReportUncovered() {
        AttestationResult shortLetter = with(
                        report(
                                "report-a",
                                "AWS SOC 2 Type 2 Report",
                                "SOC",
                                4,
                                "2025-10-01",
                                "2026-09-30",
                                "PUBLISHED"),
                        report(
                                "report-l",
                                "AWS SOC 2 Continued Operations Letter",
                                "SOC",
                                1,
                                "2026-10-01",
                                "2026-11-15",
                                "PUBLISHED"))
                .evaluate(List.of(SOC2), java.util.Optional.of(SOC2_RULE), List.of())
                .orElseThrow();
        assertThat(shortLetter.status()).isEqualTo(AttestationStatus.BRIDGE_LETTER_NEEDED);
        assertThat(shortLetter.reason())
                .contains("2026-10-01 – 2026-12-31", "latest bridge letter found", "2026-11-15");
        AttestationResult late = with(report(
                        "report-a", "AWS SOC 2 Type 2 Report", "SOC", 4, "2025-10-01", "2026-09-30", "PUBLISHED"))
                .evaluate(
                        List.of(SOC2),
                        java.util.Optional.of(SOC2_RULE),
                        List.of(new BridgeLetter(
                                "user letter",
                                java.time.LocalDate.parse("2026-10-15"),
                                java.time.LocalDate.parse("2026-12-31"),
                                "manual/l.pdf",
                                true)))
                .orElseThrow();
        assertThat(late.status())
                .as("a gap between report and letter")
                .isEqualTo(AttestationStatus.BRIDGE_LETTER_NEEDED);
    }

    @Test
    void aCertificateEndingInThePeriodIsNotCoveredAndNoLetterCanHelp() {
        AttestationResult r = with(report(
                        "report-i",
                        "AWS ISO/IEC 27001:2022 Certificate",
                        "ISO",
                        2,
                        "2023-11-07",
                        "2026-11-06",
                        "PUBLISHED"))
                .evaluate(List.of(ISO), java.util.Optional.of(ISO_RULE), List.of())
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.NOT_COVERED);
        assertThat(r.reason()).doesNotContain("bridge letter");
    }

    @Test
    void aServiceInUseOutsideTheAttestationsScopeLeavesItsAwsHalfUncovered() {
        Attestations a = with(report(
                "report-i", "AWS ISO/IEC 27001:2022 Certificate", "ISO", 2, "2025-11-07", "2028-11-06", "PUBLISHED"));
        var lists = new dev.auditpack.profile.AttestationServices(
                "2026-11-28",
                "the test's list",
                List.of(new dev.auditpack.profile.AttestationServices.Scope("ISO", "27001", List.of("ec2", "s3"))));
        AttestationResult r = a.withServices(
                        new java.util.LinkedHashMap<>(java.util.Map.of("ec2", "Amazon EC2", "lambda", "AWS Lambda")),
                        lists)
                .evaluate(List.of(ISO), java.util.Optional.of(ISO_RULE), List.of())
                .orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.SERVICES_NOT_COVERED);
        assertThat(r.uncoveredServices()).containsExactly("AWS Lambda");
        assertThat(r.reason()).contains("AWS Lambda", "the test's list", "2026-11-28");
        AttestationResult all = a.withServices(java.util.Map.of("s3", "Amazon S3"), lists)
                .evaluate(List.of(ISO), java.util.Optional.of(ISO_RULE), List.of())
                .orElseThrow();
        assertThat(all.status()).isEqualTo(AttestationStatus.COVERED);
    }
}
