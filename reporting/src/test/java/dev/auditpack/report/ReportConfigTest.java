package dev.auditpack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --config file: every key read, auditpack's defaults for the rest, and one clear message for each mistake. */
class ReportConfigTest {

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("branding.yaml"), yaml);
    }

    @Test
    void everyKeyIsRead() throws IOException {
        Path png = Logos.write(dir.resolve("img/logo.png"), "png");
        ReportConfig c = ReportConfig.read(config("""
                organisation: Northwind Traders Ltd
                title: Information security evidence pack
                preparedBy: Jane Doe, Head of Information Security
                confidentiality: "Restricted: auditors only"
                logo: img/logo.png
                wording:
                  coverSubtitle: ISO/IEC 27001:2022 surveillance audit
                """));
        assertThat(c.organisation()).contains("Northwind Traders Ltd");
        Branding b = c.branding();
        assertThat(b.title()).isEqualTo("Information security evidence pack");
        assertThat(b.preparedBy()).isEqualTo("Jane Doe, Head of Information Security");
        assertThat(b.confidentiality()).isEqualTo("Restricted: auditors only");
        assertThat(b.logo())
                .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
        assertThat(b.wording())
                .containsEntry("coverSubtitle", "ISO/IEC 27001:2022 surveillance audit")
                .containsEntry("evidenceIntro", Branding.WORDING.get("evidenceIntro"))
                .containsOnlyKeys(Branding.WORDING.keySet());
    }

    @Test
    void whatTheFileLeavesOutIsAuditpacksOwn() throws IOException {
        ReportConfig c = ReportConfig.read(config("preparedBy: Jane Doe\n"));
        assertThat(c.organisation()).isEmpty();
        assertThat(c.branding())
                .isEqualTo(new Branding(Branding.TITLE, "Jane Doe", "Confidential", "", Branding.WORDING));
        assertThat(ReportConfig.read(config("")).branding()).isEqualTo(Branding.defaults());
        assertThat(ReportConfig.read(config("confidentiality: ''\n")).branding().confidentiality())
                .as("no marking")
                .isEmpty();
    }

    @Test
    void aJpegLogoIsTakenToo() throws IOException {
        Logos.write(dir.resolve("logo.jpg"), "jpg");
        assertThat(ReportConfig.read(config("logo: logo.jpg\n")).branding().logo())
                .startsWith("data:image/jpeg;base64,/9j/");
    }

    @Test
    void mistakesNameTheFileAndWhatIsWrong() throws IOException {
        assertProblem(
                "colour: blue\n",
                "unknown key 'colour' (known: organisation, title, preparedBy, " + "confidentiality, logo, wording)");
        assertProblem(
                "wording:\n  footer: x\n",
                "unknown wording key 'footer' (known: coverCaption, coverSubtitle, "
                        + "summaryIntro, readingIntro, evidenceIntro)");
        assertProblem("wording:\n  coverSubtitle: ''\n", "wording.coverSubtitle is empty");
        assertProblem("title: ' '\n", "title is empty");
        assertProblem("organisation: ''\n", "organisation is empty");
        assertProblem("title: [a\n", "line 1");
        assertProblem("logo: missing.png\n", "logo " + dir.resolve("missing.png") + " does not exist");
        Files.writeString(dir.resolve("text.png"), "not an image");
        assertProblem("logo: text.png\n", "logo " + dir.resolve("text.png") + " is not a PNG or JPEG image");
        Logos.write(dir.resolve("logo.gif"), "gif");
        assertProblem("logo: logo.gif\n", "logo " + dir.resolve("logo.gif") + " is not a PNG or JPEG image");
        byte[] truncated = Files.readAllBytes(Logos.write(dir.resolve("cut.png"), "png"));
        Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(truncated, 20));
        assertProblem("logo: cut.png\n", "logo " + dir.resolve("cut.png") + " is not a PNG or JPEG image");

        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ReportConfig.read(missing))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": does not exist (expected a YAML configuration file)");
    }

    private void assertProblem(String yaml, String problem) throws IOException {
        Path file = config(yaml);
        assertThatThrownBy(() -> ReportConfig.read(file))
                .as(yaml)
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": " + problem);
    }

    @Test
    void noFileMeansDefaults() {
        assertThat(ReportConfig.none()).isEqualTo(new ReportConfig(Optional.empty(), Branding.defaults()));
    }
}
