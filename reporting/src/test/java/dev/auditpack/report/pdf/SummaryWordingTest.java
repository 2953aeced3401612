package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The summary never contradicts the counts beside it: with and without failed AWS calls, with and without gaps, it
 * says only what the collection errors and the control statuses show. Read back from the PDF with PDFBox.
 */
class SummaryWordingTest {

    private static final String NONE_FAILED = "No AWS call failed";
    private static final String SUCCEEDED = "every AWS call";

    @Test
    void failedCallsAndAGap() throws IOException {
        ReportModel model = SampleModel.sample();
        assertThat(model.errors()).hasSize(1);
        assertThat(model.gaps()).hasSize(1);
        String summary = summary(model);
        assertThat(summary)
                .contains(
                        "1 AWS call failed after retries (see Collection errors): the checks that needed what they "
                                + "would have returned are Gap, never Pass, and 1 control is a gap (see Gaps below).",
                        "Gaps: 1 control whose evidence is missing or could not be collected")
                .doesNotContain(NONE_FAILED, SUCCEEDED, "no control is a gap");
    }

    @Test
    void aGapWithoutAnyFailedCallIsPutDownToMissingEvidence() throws IOException {
        String summary = summary(SampleModel.withErrors(List.of()));
        assertThat(summary)
                .contains(
                        "No AWS call failed, but 1 control is a gap: evidence it depends on is missing or stale",
                        "Gaps: 1 control whose evidence is missing")
                .doesNotContain(
                        "could not be collected", "AWS call failed after", SUCCEEDED, "None: no control is a gap");
    }

    @Test
    void failedCallsThatLeaveNoGapDoNotClaimOne() throws IOException {
        String summary = summary(withoutGaps(SampleModel.sample().errors()));
        assertThat(summary)
                .contains("1 AWS call failed after retries", "; no control is a gap.", "None: no control is a gap.")
                .doesNotContain(NONE_FAILED, SUCCEEDED, "is a gap (see", "are gaps", "whose evidence");
    }

    @Test
    void neitherFailedCallsNorGaps() throws IOException {
        String summary = summary(withoutGaps(List.of()));
        assertThat(summary)
                .contains("No AWS call failed.", "None: no control is a gap.")
                .doesNotContain("AWS call failed after", "could not be collected", "are gaps", "is a gap (see");
    }

    /** The sample with its gap control made satisfied, and these collection errors. */
    private static ReportModel withoutGaps(List<CollectionError> errors) {
        ReportModel m = SampleModel.withErrors(errors);
        List<ReportModel.FrameworkSection> frameworks = m.frameworks().stream()
                .map(f -> SampleModel.section(
                        f.id(),
                        f.shortName(),
                        f.controls().stream()
                                .map(c -> c.status() == ControlStatus.GAP
                                        ? SampleModel.control(
                                                c.id(),
                                                ControlStatus.SATISFIED,
                                                c.checks().toArray(ReportModel.CheckRef[]::new))
                                        : c)
                                .toList()))
                .toList();
        ReportModel model = SampleModel.replacing(m, frameworks, m.evidence());
        assertThat(model.gaps()).isEmpty();
        return model;
    }

    /** The summary page's text (the page holding "Graded findings"), whitespace folded. */
    private static String summary(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(model, TemplateSet.defaults(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true); // a bold run is drawn apart from the sentence around it
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String page = text.getText(doc).replaceAll("\\s+", " ");
                if (page.contains("Graded findings")) {
                    return page;
                }
            }
        }
        throw new AssertionError("no summary page");
    }
}
