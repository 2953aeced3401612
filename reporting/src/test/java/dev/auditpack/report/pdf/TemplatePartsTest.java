package dev.auditpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The template is split into parts with {@code <#include>}; a user's directory overrides any of them, file by
 * file, and includes stay inside the template directories.
 */
class TemplatePartsTest {

    /** The shipped templates, as a user would copy them. */
    private static final Path SHIPPED = Path.of("..", "templates");

    @TempDir
    Path dir;

    private static final ReportModel MODEL = SampleModel.sample();

    @Test
    void anEditedCopyOfTheWholeDirectoryRendersWithTheEdit() throws IOException {
        Path copy = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(SHIPPED.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path summary = copy.resolve("parts/summary.ftl");
        Files.writeString(
                summary,
                Files.readString(summary)
                        .replace(
                                "<h2>Controls by status</h2>",
                                "<h2>Controls by status</h2><p>Reviewed by the board on 2027-01-15.</p>"));
        TemplateSet templates = TemplateSet.from(copy);
        assertThat(PdfWriter.xhtml(MODEL, templates))
                .contains("Reviewed by the board on 2027-01-15.", "Graded findings");
        assertThat(pdfPages(templates)).isGreaterThan(3);
    }

    @Test
    void oneCopiedPartOverridesOnlyItself() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(
                dir.resolve("parts/cover.ftl"),
                "<div class=\"cover\" id=\"cover\"><p>Our own cover for ${run.organisation}</p></div>");
        String xhtml = PdfWriter.xhtml(MODEL, TemplateSet.from(dir));
        assertThat(xhtml)
                .contains("Our own cover for Example Ltd", "<h1>Contents</h1>", "Graded findings")
                .doesNotContain(MODEL.branding().wording().get("coverSubtitle"));
    }

    @Test
    void aSingleFileTemplateFromBeforeThePartsStillRenders() throws IOException {
        try (InputStream old = TemplatePartsTest.class.getResourceAsStream("report-0.1.ftl")) {
            Files.copy(old, dir.resolve("report.ftl"));
        }
        TemplateSet templates = TemplateSet.from(dir);
        assertThat(PdfWriter.xhtml(MODEL, templates))
                .contains("auditpack evidence pack", "Evidence index")
                .doesNotContain("Graded findings");
        Path pdf = dir.resolve("old.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfWriter.write(MODEL, templates, out);
        }
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_3_A).compliant()).isTrue();
        // Its headings jump from h1 to h3, which PDF/UA forbids: what docs/branding.md warns template editors of.
        VeraPdf ua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(ua.compliant()).isFalse();
        assertThat(ua.failures()).singleElement().asString().startsWith("7.4.2-1 ");
    }

    @Test
    void includesCannotLeaveTheTemplateDirectories() throws IOException {
        Files.writeString(dir.resolve("secret.ftl"), "SECRET");
        Path user = dir.resolve("templates");
        Files.createDirectories(user.resolve("parts"));
        for (String include : new String[] {"../../secret.ftl", "/../secret.ftl", "../../../../../../etc/hostname"}) {
            Files.writeString(user.resolve("parts/cover.ftl"), "<#include \"" + include + "\">");
            assertThatThrownBy(() -> PdfWriter.xhtml(MODEL, TemplateSet.from(user)))
                    .as(include)
                    .isInstanceOf(InputException.class);
        }
    }

    private int pdfPages(TemplateSet templates) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(MODEL, templates, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return doc.getNumberOfPages();
        }
    }
}
