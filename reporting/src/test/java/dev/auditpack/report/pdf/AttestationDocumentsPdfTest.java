package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.report.ReportModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The AWS attestations section says downloaded report documents are AWS confidential, and lists them. */
class AttestationDocumentsPdfTest {

    private static final String NOTE =
            "AWS confidential: shared with you under AWS Artifact's terms; do not redistribute beyond your auditors.";
    private static final String PATH =
            "raw/111111111111/global/artifact.report_documents/report-0000000000000001-v3.pdf";

    private static ReportModel model(List<ReportModel.AttachmentRow> attachments) {
        ReportModel.Run run = new ReportModel.Run(
                "Example Ltd",
                "2026-Q4",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31),
                List.of("111111111111"),
                List.of("eu-west-1"),
                "",
                "run-1",
                Instant.parse("2027-01-02T08:00:00Z"),
                Instant.parse("2027-01-02T08:05:00Z"),
                Instant.parse("2027-01-03T09:00:00Z"),
                "test",
                "test",
                25);
        ReportModel.AttestationRow soc = new ReportModel.AttestationRow(
                "report-0000000000000001",
                "AWS SOC 2 Type 2 Report",
                "SOC",
                "Certifications and Attestations",
                3,
                "2025-10-01",
                "2026-09-30",
                false,
                attachments.isEmpty() ? "" : attachments.get(0).sha256());
        return new ReportModel(
                run,
                List.of(),
                List.of(),
                List.of(soc),
                List.of(),
                attachments,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                dev.auditpack.report.Branding.defaults(),
                dev.auditpack.evaluation.Findings.of(id -> List.of()));
    }

    private static String text(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(model, TemplateSet.defaults(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void downloadedDocumentsCarryTheConfidentialityNote() throws IOException {
        String text = text(model(List.of(
                new ReportModel.AttachmentRow(PATH, "AWS SOC 2 Type 2 Report", "e".repeat(64), 123_456, true))));
        assertThat(text)
                .contains(NOTE)
                .contains("Downloaded report documents")
                .contains("report-0000000000000001-v3.pdf")
                .contains("e".repeat(64));
    }

    @Test
    void withoutDownloadsThereIsNoNote() throws IOException {
        assertThat(text(model(List.of())))
                .doesNotContain("AWS confidential")
                .doesNotContain("Downloaded report documents");
    }
}
