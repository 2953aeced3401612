package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Layout the PDF promises whatever the data: long tables repeat their header on every page they run onto, and the
 * summary stays on one page.
 */
class PdfWriterTest {

    @Test
    void theEvidenceIndexRepeatsItsHeaderOnEveryPage() throws IOException {
        ReportModel m = SampleModel.sample();
        List<ReportModel.EvidenceRow> evidence = IntStream.range(0, 300)
                .mapToObj(i -> new ReportModel.EvidenceRow(
                        String.format("raw/%012d/eu-west-1/s3.buckets.json", i),
                        "s3.buckets",
                        String.format("%012d", i),
                        "eu-west-1",
                        Instant.parse("2027-01-02T08:03:04Z"),
                        "b".repeat(64),
                        1000 + i,
                        0))
                .toList();
        ReportModel model = SampleModel.replacing(m, m.frameworks(), evidence);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(model, TemplateSet.defaults(), out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            int first = -1;
            int pages = doc.getNumberOfPages();
            for (int p = 1; p <= pages; p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String page = text.getText(doc);
                if (page.contains("\nFiles\n") && page.contains("\nFile Collected Bytes\n") && first < 0) {
                    first = p;
                }
                if (first > 0) {
                    assertThat(page).as("page " + p).contains("\nFile Collected Bytes\n");
                }
            }
            assertThat(first).as("the evidence index starts").isPositive();
            assertThat(pages - first).as("the index runs over several pages").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theSummaryStaysOnOnePageHoweverMuchNeedsAttention() throws IOException {
        List<String> pages = summaryAndNextPage(busy(20, 10));
        assertThat(pages.get(0))
                .contains(
                        "Not satisfied: 40 controls, by grade, then severity; the first 2, the "
                                + "other 38 in the control tables",
                        "a_rather_long_check_identifier_number_0 and 8 more",
                        "Gaps: 20 controls whose evidence is missing or could not be collected; the first 2, the other 18 in the control tables");
        assertThat(pages.get(1))
                .as("the page after the summary")
                .contains("Scope and system description")
                .doesNotContain("Gaps:", "Title and why", "Title and failing checks");
    }

    @Test
    void withoutGapsTheSummaryListsMoreControlsAndStillFitsOnOnePage() throws IOException {
        List<String> pages = summaryAndNextPage(busy(20, 0));
        assertThat(pages.get(0))
                .contains(
                        "Not satisfied: 40 controls, by grade, then severity; the first 5, the "
                                + "other 35 in the control tables",
                        "Title of N.4")
                .doesNotContain("Gaps:");
        assertThat(pages.get(1))
                .as("the page after the summary")
                .contains("Scope and system description")
                .doesNotContain("Title and failing checks");
    }

    /** Two frameworks, each with this many not-satisfied and gap controls, every one failing nine long-named checks. */
    private static ReportModel busy(int notSatisfied, int gaps) {
        ReportModel.CheckRef[] failing = IntStream.range(0, 9)
                .mapToObj(i -> SampleModel.ref("a_rather_long_check_identifier_number_" + i, "FAIL", 0, 3))
                .toArray(ReportModel.CheckRef[]::new);
        List<ReportModel.ControlRow> controls = new ArrayList<>();
        IntStream.range(0, notSatisfied)
                .forEach(i -> controls.add(SampleModel.control("N." + i, ControlStatus.NOT_SATISFIED, failing)));
        IntStream.range(0, gaps).forEach(i -> controls.add(SampleModel.control("G." + i, ControlStatus.GAP, failing)));
        ReportModel m = SampleModel.sample();
        List<ReportModel.FrameworkSection> frameworks = List.of(
                SampleModel.section("busy", "Busy", controls), SampleModel.section("also-busy", "Also busy", controls));
        return SampleModel.replacing(m, frameworks, m.evidence());
    }

    /** The text of the summary page (it holds "Graded findings"), whitespace folded, and of the page after it. */
    private static List<String> summaryAndNextPage(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(model, TemplateSet.defaults(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p < doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String page = text.getText(doc);
                if (page.contains("Graded findings")) {
                    text.setStartPage(p + 1);
                    text.setEndPage(p + 1);
                    return List.of(page.replaceAll("\\s+", " "), text.getText(doc));
                }
            }
        }
        throw new AssertionError("no page has the graded findings");
    }
}
