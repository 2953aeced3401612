package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.report.pdf.VeraPdf;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A signed demo pack built with {@code --preparer} and {@code --assertion}: the cover names the preparer and says the
 * PDF was not yet reviewed, the assertion has its page after the cover, the PDF stays PDF/A-3a and PDF/UA-1, and
 * management's sign-off with its own key is listed by {@code verify}.
 */
class SignOffPackTest {

    private static final String PREPARER = "Jane Doe <jane.doe@example.com>";
    private static final String PARAGRAPH = "The controls were suitably designed and operated effectively";

    @TempDir
    static Path shared;

    private static Path pack;

    @BeforeAll
    static void build() throws IOException {
        TestKeys preparer = TestKeys.rsa();
        Path assertion = Files.writeString(shared.resolve("assertion.yaml"), """
                organisation: Northwind Analytics (fictional)
                system: Analytics platform on AWS
                period: {start: 2026-10-01, end: 2026-12-31}
                statement:
                  - We have prepared the description of the analytics platform for the period.
                  - %s throughout the period.
                signatory: {name: Ada Finch, title: Chief Executive Officer}
                date: 2027-01-15
                regions: [eu-west-1]
                """.formatted(PARAGRAPH));
        pack = shared.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--no-examples",
                "--frameworks",
                DemoPacks.smallFrameworks(shared.resolve("frameworks")).toString(),
                "--out",
                pack.toString(),
                "--preparer",
                PREPARER,
                "--assertion",
                assertion.toString(),
                "--sign-key",
                preparer.writePkcs8(shared.resolve("key.pem")).toString(),
                "--sign-cert",
                preparer.writeCertificate(shared.resolve("cert.pem")).toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
    }

    @Test
    void theCoverNamesThePreparerAndClaimsNoReview() throws IOException {
        String cover = page(1);
        assertThat(cover).contains("Prepared by", PREPARER);
        assertThat(cover.replaceAll("\\s+", " "))
                .contains("Review See the sign-off sheets in reviews/ of the zip; none when this PDF was made")
                .doesNotContain("approved");
        assertThat(cover).as("the cover fits its page").contains("CONFIDENTIAL");
    }

    @Test
    void theAssertionHasItsOwnPageAfterTheCover() throws IOException {
        String page = page(2).replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Management assertion", PARAGRAPH, "Ada Finch, Chief Executive Officer", "2027-01-15")
                .contains("Regions it covers eu-west-1")
                .contains("2026-10-01 to 2026-12-31");
        assertThat(page(3)).contains("Contents").contains("Management assertion");
    }

    @Test
    void thePdfStaysPdfA3aAndPdfUa1() {
        Path pdf = pack.resolve(ReportJob.PDF);
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf verdict = VeraPdf.validate(pdf, flavour);
            assertThat(verdict.failures()).as(verdict.describe()).isEmpty();
            assertThat(verdict.compliant()).as(verdict.describe()).isTrue();
        }
    }

    @Test
    void managementSignsOffWithItsOwnKeyAndVerifyListsIt(@TempDir Path dir) throws IOException {
        TestKeys management = TestKeys.ec();
        Path zip = Files.copy(pack.resolve(ReportJob.ZIP), dir.resolve(ReportJob.ZIP));
        Cli signOff = Cli.run(
                "review",
                zip.toString(),
                "--as",
                "management",
                "--reviewer",
                "Ada Finch <ada@example.com>",
                "--decision",
                "approved",
                "--comment",
                "Assertion signed for the 2026-Q4 report",
                "--sign-key",
                management.writePkcs8(dir.resolve("m-key.pem")).toString(),
                "--sign-cert",
                management.writeCertificate(dir.resolve("m-cert.pem")).toString());
        assertThat(signOff.exit()).as(signOff.err()).isZero();
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out())
                .contains("reviews/001.json: management sign-off 1: approved by Ada Finch <ada@example.com> at ")
                .contains("fingerprint " + management.identity().fingerprint());
        try (PDDocument sheet = Loader.loadPDF(Zips.read(zip, "reviews/001.pdf"))) {
            assertThat(new PDFTextStripper().getText(sheet).replaceAll("\\s+", " "))
                    .contains("Management sign-off sheet", "Management signatory: Ada Finch <ada@example.com>")
                    .contains("Decision: Approved", "Prepared by " + PREPARER)
                    .contains("Assertion signed for the 2026-Q4 report");
        }
    }

    @Test
    void aBadAssertionStopsTheReportWithNothingWritten(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "organisation: x\ncolour: red\n");
        Path out = dir.resolve("out");
        Cli demo = Cli.run("demo", "--no-examples", "--out", out.toString(), "--assertion", bad.toString());
        assertThat(demo.exit()).isEqualTo(2);
        assertThat(demo.errLines()).singleElement().asString().contains(bad.toString(), "unknown key 'colour'");
        assertThat(out).doesNotExist();
        Cli preparer = Cli.run("demo", "--no-examples", "--out", out.toString(), "--preparer", "a\nb");
        assertThat(preparer.exit()).isEqualTo(2);
        assertThat(preparer.errLines()).singleElement().asString().contains("--preparer");
        assertThat(out).doesNotExist();
    }

    private static String page(int n) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pack.resolve(ReportJob.PDF).toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(n);
            text.setEndPage(n);
            return text.getText(doc);
        }
    }
}
