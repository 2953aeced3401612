package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Layout the PDF promises whatever the data: long tables repeat their header on every page they run onto. */
class PdfWriterTest {

    @Test
    void theEvidenceIndexRepeatsItsHeaderOnEveryPage() throws IOException {
        ReportModel m = SampleModel.sample();
        List<ReportModel.EvidenceRow> evidence = IntStream.range(0, 300).mapToObj(i -> new ReportModel.EvidenceRow(
                String.format("raw/%012d/eu-west-1/s3.buckets.json", i), "s3.buckets", String.format("%012d", i),
                "eu-west-1", Instant.parse("2027-01-02T08:03:04Z"), "b".repeat(64), 1000 + i, 0)).toList();
        ReportModel model = new ReportModel(m.run(), m.frameworks(), m.checks(), m.attestations(), evidence, m.errors(),
                m.manual(), m.exceptions(), m.profile(), m.branding(), m::findings);
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
                if (page.contains("\nEvidence index\n") && first < 0) {
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
}
