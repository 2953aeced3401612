package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.demo.DemoLocker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} without a key: the zip still carries the locker and SHA256SUMS, and says it is unsigned. */
class UnsignedPackTest {

    @TempDir
    Path dir;

    @Test
    void anUnsignedReportPackVerifiesAndSaysItIsUnsigned() throws IOException {
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        Path out = dir.resolve("pack");
        Cli report = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(out.resolve(ReportJob.EVIDENCE))
                .as("report puts the locker only in the zip")
                .doesNotExist();

        Path zip = out.resolve("evidence-pack.zip");
        assertThat(Zips.names(zip))
                .contains("evidence/index.json", "SHA256SUMS", "README.txt")
                .doesNotContain("SHA256SUMS.p7s", "signer.pem");
        assertThat(new String(Zips.read(zip, "README.txt"), StandardCharsets.UTF_8))
                .contains("Not signed.")
                .doesNotContain("openssl cms");
        assertThat(Files.readString(out.resolve("ticket-summary.md"))).contains("| Signed | no |");

        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out())
                .contains(
                        "OK: " + (demoEvidenceFiles() + 5 + EvidencePackZipTest.OSCAL_FILES)
                                + " files match SHA256SUMS",
                        "SHA256SUMS is not signed",
                        "evidence-pack.pdf is not signed",
                        "evidence/: " + (demoEvidenceFiles() - 1) + " evidence files match evidence/index.json",
                        "evidence-pack.pdf: results.json, evidence/index.json, signing.json inside it match the zip's");
        assertThat(new String(Zips.read(zip, "signing.json"), StandardCharsets.UTF_8))
                .contains("\"signed\" : false");
    }

    @Test
    void verifyRefusesWhatIsNotAZip() throws IOException {
        Path notZip = Files.writeString(dir.resolve("pack.zip"), "not a zip");
        Cli verify = Cli.run("verify", notZip.toString());
        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.errLines())
                .singleElement()
                .asString()
                .startsWith("auditpack: " + notZip + ": is not a zip file");

        Path missing = dir.resolve("missing.zip");
        Cli gone = Cli.run("verify", missing.toString());
        assertThat(gone.exit()).isEqualTo(2);
        assertThat(gone.errLines())
                .containsExactly("auditpack: " + missing
                        + ": does not exist (expected an evidence locker directory, a pack zip or a pack's PDF)");
    }

    /** Files of the bundled demo locker (index.json included), which the pack carries under evidence/. */
    private static int demoEvidenceFiles() {
        try {
            return dev.auditpack.evidence.Locker.open(dev.auditpack.demo.DemoLocker.extractTo(
                                    java.nio.file.Files.createTempDirectory("demo-count-")
                                            .resolve("evidence")))
                            .index()
                            .evidence()
                            .size()
                    + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
