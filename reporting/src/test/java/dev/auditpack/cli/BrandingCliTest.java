package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.PackReaders;
import dev.auditpack.report.Branding;
import dev.auditpack.report.Logos;
import dev.auditpack.report.pdf.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** {@code --config}: the organisation's branding on the PDF, flags over the file, and bad files refused up front. */
class BrandingCliTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("branding.yaml"), yaml);
    }

    @Test
    void theCoverFooterAndWordingAreTheOrganisations() throws IOException {
        Logos.write(dir.resolve("logo.png"), "png");
        Path config = config("""
                organisation: Northwind Traders Ltd
                title: Security evidence pack
                preparedBy: Jane Doe, Head of Information Security
                confidentiality: "Restricted: for the auditors only"
                logo: logo.png
                wording:
                  coverSubtitle: ISO/IEC 27001:2022 surveillance audit
                  evidenceIntro: Every file AWS gave us, hashed.
                """);
        // Branding changes the cover, the running header and footer and the wording, which a pack of two
        // controls holds as the whole demo does; veraPDF then reads a short PDF.
        Path out = dir.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--out",
                out.toString(),
                "--config",
                config.toString(),
                "--no-examples",
                "--frameworks",
                DemoPacks.smallFrameworks(dir.resolve("frameworks")).toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("ISO 27001: 1 controls", "SOC 2: 1 controls");

        try (PDDocument doc = Loader.loadPDF(out.resolve("evidence-pack.pdf").toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            assertThat(text.getText(doc))
                    .contains(
                            "Security evidence pack",
                            "Northwind Traders Ltd",
                            "ISO/IEC 27001:2022 surveillance audit",
                            "Prepared by Jane Doe, Head of Information Security",
                            "RESTRICTED: FOR THE AUDITORS ONLY");
            int images = 0;
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the logo on the cover").isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Security evidence pack: Northwind Traders Ltd, 2026-Q4");
        }
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf verdict = VeraPdf.validate(out.resolve("evidence-pack.pdf"), flavour);
            assertThat(verdict.compliant())
                    .as("with a transparent PNG logo: " + verdict.describe())
                    .isTrue();
        }
        String all = PackReaders.pdfText(out.resolve("evidence-pack.pdf"));
        assertThat(all)
                .contains(
                        "Northwind Traders Ltd · Security evidence pack · 2026-Q4",
                        "Restricted: for the auditors only Page 2 of",
                        "Every file AWS gave us, hashed.")
                .doesNotContain(DemoLocker.ORGANISATION, "Confidential Page");
    }

    @Test
    void theOrganisationFlagWinsOverTheFileAndTheFileOverTheDemoName() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        ReportSettings settings = new ReportSettings();
        settings.brandingFile =
                dev.auditpack.report.ReportConfig.read(config("organisation: From the file\ntitle: My title\n"));
        assertThat(settings.options(clock, DemoLocker.ORGANISATION).organisation())
                .isEqualTo("From the file");
        settings.organisation = "From the flag";
        assertThat(settings.options(clock, DemoLocker.ORGANISATION).organisation())
                .isEqualTo("From the flag");
        assertThat(settings.options(clock).branding().title()).isEqualTo("My title");
        settings.brandingFile = dev.auditpack.report.ReportConfig.none();
        settings.organisation = null;
        assertThat(settings.options(clock, DemoLocker.ORGANISATION).organisation())
                .isEqualTo(DemoLocker.ORGANISATION);
        assertThat(settings.options(clock).branding()).isEqualTo(Branding.defaults());
    }

    @Test
    void aBadFileIsOneLineNamingItExitTwoAndNothingWritten() throws IOException {
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        Path out = dir.resolve("pack");
        Path config = config("organisation: Acme\ncolour: blue\n");
        for (String[] args : new String[][] {
            {"demo", "--out", out.toString()},
            {"report", "--evidence", locker.toString(), "--out", out.toString()},
            {"run", "--out", out.toString()}
        }) {
            String[] withConfig = java.util.stream.Stream.concat(
                            java.util.Arrays.stream(args), java.util.stream.Stream.of("--config", config.toString()))
                    .toArray(String[]::new);
            Cli cli = Cli.run(withConfig);
            assertThat(cli.exit()).as(args[0] + ": " + cli.err()).isEqualTo(2);
            assertThat(cli.errLines())
                    .as(args[0])
                    .containsExactly(
                            "auditpack: " + config
                                    + ": unknown key 'colour' (known: organisation, title, preparedBy, confidentiality, logo, wording)");
            assertThat(out).as(args[0]).doesNotExist();
        }

        config("logo: logo.png\n");
        Cli missing = Cli.run("demo", "--out", out.toString(), "--config", config.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines())
                .containsExactly("auditpack: " + config + ": logo " + dir.resolve("logo.png") + " does not exist");

        Files.writeString(dir.resolve("logo.png"), "<svg/>");
        Cli notImage = Cli.run("demo", "--out", out.toString(), "--config", config.toString());
        assertThat(notImage.exit()).isEqualTo(2);
        assertThat(notImage.errLines())
                .containsExactly(
                        "auditpack: " + config + ": logo " + dir.resolve("logo.png") + " is not a PNG or JPEG image");
        assertThat(out).doesNotExist();
    }
}
