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

    private static final AttestationSelector SOC2 = new AttestationSelector("SOC", "SOC 2");
    private static final AttestationSelector ISO = new AttestationSelector("ISO", "27001");

    private static String report(String id, String name, String series, int version, String start, String end, String state) {
        return "{'id':'" + id + "','name':'" + name + "','series':'" + series + "','category':'Certifications and Attestations',"
                + "'version':" + version + ",'periodStart':'" + start + "T00:00:00Z','periodEnd':'" + end + "T00:00:00Z','state':'" + state + "'}";
    }

    private Attestations with(String... reports) {
        return Attestations.read(new LockerFixture(dir).period("2026-Q4")
                .doc("artifact.reports", "global", "{'ListReports':" + LockerFixture.ok("[" + String.join(",", reports) + "]") + "}")
                .build());
    }

    @Test
    void aSoc2ReportEndingBeforeTheQuarterEndsNeedsABridgeLetter() {
        AttestationResult r = with(report("report-a", "AWS SOC 2 Type 2 Report", "SOC", 4, "2025-10-01", "2026-09-30", "PUBLISHED"))
                .evaluate(List.of(SOC2)).orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.BRIDGE_LETTER_NEEDED);
        assertThat(r.reason()).contains("2025-10-01 – 2026-09-30").contains("bridge letter").contains("2026-10-01 – 2026-12-31");
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-a");
    }

    @Test
    void aCoveringReportWinsOverANewerOneThatDoesNot() {
        AttestationResult r = with(
                report("report-old", "AWS SOC 2 Type 2 Report", "SOC", 3, "2026-04-01", "2027-03-31", "PUBLISHED"),
                report("report-new", "AWS SOC 2 Type 2 Report", "SOC", 4, "2026-10-15", "2027-09-30", "PUBLISHED"))
                .evaluate(List.of(SOC2)).orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.COVERED);
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-old");
    }

    @Test
    void anyCoveringSelectorCoversTheControlAndEveryMatchIsShown() {
        AttestationResult r = with(
                report("report-soc", "AWS SOC 2 Type 2 Report", "SOC", 4, "2025-10-01", "2026-09-30", "PUBLISHED"),
                report("report-iso", "AWS ISO/IEC 27001:2022 Certificate", "ISO", 2, "2025-11-07", "2028-11-06", "PUBLISHED"))
                .evaluate(List.of(SOC2, ISO)).orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.COVERED);
        assertThat(r.reports()).extracting(AwsReport::id).containsExactly("report-soc", "report-iso");
    }

    @Test
    void unpublishedOrOtherSeriesReportsDoNotCount() {
        AttestationResult r = with(
                report("report-draft", "AWS SOC 2 Type 2 Report", "SOC", 5, "2026-01-01", "2027-12-31", "UNPUBLISHED"),
                report("report-pci", "AWS SOC 2 style PCI letter", "PCI", 1, "2026-01-01", "2027-12-31", "PUBLISHED"))
                .evaluate(List.of(SOC2)).orElseThrow();
        assertThat(r.status()).isEqualTo(AttestationStatus.NOT_FOUND);
    }

    @Test
    void anUnreadableReportListIsAGapNeverCovered() {
        Attestations a = Attestations.read(new LockerFixture(dir)
                .failed("artifact.reports", "global", "artifact:ListReports", "AccessDeniedException").build());
        assertThat(a.evaluate(List.of(SOC2)).orElseThrow().status()).isEqualTo(AttestationStatus.GAP);
        assertThat(a.evaluate(List.of())).isEmpty();
    }
}
