package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.evidence.Digests;
import dev.auditpack.report.pdf.EmbeddedFiles;
import dev.auditpack.report.pdf.VeraPdf;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The demo pack's PDF as an archive: PDF/A-3b by veraPDF before and after signing, and the evidence attached inside it. */
class EvidencePackPdfTest {

    @TempDir
    static Path shared;

    private static Path unsigned;
    private static Path signed;

    @BeforeAll
    static void demos() {
        unsigned = shared.resolve("unsigned");
        Cli demo = Cli.run("demo", "--out", unsigned.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();

        TestKeys keys = TestKeys.rsa();
        signed = shared.resolve("signed");
        Cli signedDemo = Cli.run("demo", "--out", signed.toString(),
                "--sign-key", keys.writePkcs8(shared.resolve("key.pem")).toString(),
                "--sign-cert", keys.writeCertificate(shared.resolve("cert.pem")).toString());
        assertThat(signedDemo.exit()).as(signedDemo.err()).isZero();
    }

    private static Path pdf(Path pack) {
        return pack.resolve(ReportJob.PDF);
    }

    private static void assertCompliant(Path pdf, PDFAFlavour flavour) {
        VeraPdf verdict = VeraPdf.validate(pdf, flavour);
        assertThat(verdict.failures()).as(verdict.describe()).isEmpty();
        assertThat(verdict.compliant()).as(verdict.describe()).isTrue();
    }

    @Test
    void theReportIsPdfA3b() {
        assertCompliant(pdf(unsigned), PDFAFlavour.PDFA_3_B);
    }

    @Test
    void signingKeepsItPdfA3b() throws IOException {
        assertThat(PdfSignatures.verify(pdf(signed))).singleElement().satisfies(v -> {
            assertThat(v.valid()).as(v.problem()).isTrue();
            assertThat(v.signer()).contains(TestKeys.SUBJECT);
        });
        assertCompliant(pdf(signed), PDFAFlavour.PDFA_3_B);
    }

    @Test
    void everyEvidenceFileTheIndexAndResultsAreInsideByteForByte() throws IOException {
        for (Path pack : List.of(unsigned, signed)) {
            Map<String, EmbeddedFiles.File> inside = EmbeddedFiles.read(pdf(pack));
            JsonNode index = PackReaders.results(pack.resolve("evidence/index.json"));
            List<String> expected = new ArrayList<>(List.of("evidence/index.json", "results.json"));
            for (JsonNode e : index.get("evidence")) {
                String name = "evidence/" + e.get("path").asText();
                expected.add(name);
                EmbeddedFiles.File f = inside.get(name);
                assertThat(f).as(name).isNotNull();
                assertThat(Digests.sha256(f.bytes())).as(name).isEqualTo(e.get("sha256").asText());
                assertThat(f.size()).as(name).isEqualTo(e.get("size").asLong());
                assertThat(f.relationship()).as(name).isEqualTo("Source");
                assertThat(f.description()).as(name).contains("sha256:" + e.get("sha256").asText());
            }
            assertThat(inside.keySet()).as(pack.toString()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(inside.get("evidence/index.json").bytes()).isEqualTo(Files.readAllBytes(pack.resolve("evidence/index.json")));
            assertThat(inside.get("evidence/index.json").relationship()).isEqualTo("Source");
            assertThat(inside.get("results.json").bytes()).isEqualTo(Files.readAllBytes(pack.resolve(ReportJob.RESULTS)));
            assertThat(inside.get("results.json").relationship()).isEqualTo("Data");
            assertThat(inside.values()).allSatisfy(f -> {
                assertThat(f.mimeType()).isEqualTo("application/json");
                assertThat(f.associated()).as(f.name() + " in the catalog's /AF").isTrue();
                assertThat(f.modified()).as(f.name()).isNotNull();
            });
        }
    }

    @Test
    void pdfdetachListsTheAttachments() throws IOException {
        ExternalTool detach = ExternalTool.run(unsigned, "pdfdetach", "-list", ReportJob.PDF);
        assertThat(detach.exit()).as(detach.output()).isZero();
        List<String> lines = detach.output().lines().toList();
        assertThat(lines.get(0)).isEqualTo("11 embedded files");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "1: evidence/index.json",
                "2: evidence/raw/123456789012/eu-west-1/cloudtrail.trails.json",
                "3: evidence/raw/123456789012/global/artifact.reports.json",
                "4: evidence/raw/123456789012/global/iam.account_summary.json",
                "5: evidence/raw/123456789012/global/iam.credential_report.json",
                "6: evidence/raw/123456789012/global/iam.password_policy.json",
                "7: evidence/raw/123456789012/global/s3.account_public_access_block.json",
                "8: evidence/raw/123456789012/global/s3.buckets.json",
                "9: evidence/raw/123456789012/global/sts.caller_identity.json",
                "10: evidence/raw/123456789012/us-east-1/cloudtrail.trails.json",
                "11: results.json");

        ExternalTool save = ExternalTool.run(unsigned, "pdfdetach", "-save", "11", "-o", "extracted-results.json", ReportJob.PDF);
        assertThat(save.exit()).as(save.output()).isZero();
        assertThat(Files.readAllBytes(unsigned.resolve("extracted-results.json")))
                .isEqualTo(Files.readAllBytes(unsigned.resolve(ReportJob.RESULTS)));
    }
}
