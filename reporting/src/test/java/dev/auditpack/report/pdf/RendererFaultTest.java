package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.report.excel.SampleModel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDF renderer can fail while tagging pages (a table that repeats its header on each page, inside a block kept
 * on one page). The fixture's pages make it fail that way; the writer draws them again without repeated table
 * headers, and the result is still a valid, tagged PDF/A-3a with all the text.
 */
class RendererFaultTest {

    @TempDir
    Path dir;

    @Test
    void pagesThatCrashTheTaggingAreDrawnAgainWithoutRepeatedTableHeaders() throws IOException, URISyntaxException {
        Path fixture = Path.of(RendererFaultTest.class
                        .getResource("/renderer-fault/report.ftl")
                        .toURI())
                .getParent();
        TemplateSet templates = TemplateSet.from(fixture);
        String xhtml = PdfWriter.xhtml(SampleModel.sample(), templates);
        assertThatThrownBy(() -> PdfWriter.render(xhtml, templates, new ResourceGuard(fixture))
                        .close())
                .as("the first attempt fails in the renderer, not in parsing")
                .isInstanceOf(PdfWriter.RendererCrash.class)
                .hasRootCauseInstanceOf(NullPointerException.class);
        Path pdf = dir.resolve("pack.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfWriter.write(SampleModel.sample(), templates, out);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("ec2_ebs_volume_encrypted", "elbv2_listener_tls_policy_modern");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot())
                    .as("still tagged")
                    .isNotNull();
        }
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_3_A).compliant()).isTrue();
    }
}
