package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --download-artifact-reports} from collection to pack: the report PDFs travel in the locker and the
 * zip, verify, and the PDF, workbook and results.json say they are AWS confidential.
 */
@ExtendWith(MotoServer.class)
class ArtifactDocumentsCliIT {

    private static final ArtifactStub.Report SOC = new ArtifactStub.Report(
            "report-0000000000000001",
            "AWS SOC 2 Type 2 Report",
            "SOC",
            "Certifications and Attestations",
            3,
            Seed.at("2025-10-01"),
            Seed.at("2026-12-31"),
            "PUBLISHED");
    private static final ArtifactStub.Report PCI = new ArtifactStub.Report(
            "report-0000000000000003",
            "AWS PCI DSS Attestation of Compliance",
            "PCI",
            "Certifications and Attestations",
            2,
            Seed.at("2026-01-01"),
            Seed.at("2026-12-31"),
            "PUBLISHED");
    private static ArtifactStub artifact;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        artifact = new ArtifactStub();
        artifact.add(SOC).add(PCI);
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        new Seed(MotoServer.get()).misconfigured();
    }

    @AfterAll
    static void stop() {
        artifact.close();
    }

    @Test
    void runDownloadsTheChosenReportsIntoTheLockerAndThePackNotesTheyAreConfidential() throws IOException {
        Cli run = Cli.run(
                "run",
                "--out",
                dir.toString(),
                "--regions",
                "us-east-1",
                "--period",
                "2026-Q4",
                "--endpoint-url",
                MotoServer.get().endpoint().toString(),
                "--endpoint",
                "artifact=" + artifact.endpoint(),
                "--download-artifact-reports",
                "--max-attempts",
                "1");
        assertThat(run.exit()).as(run.err()).isZero();

        Locker locker = Locker.open(dir.resolve("evidence"));
        EvidenceIndex index = locker.index();
        assertThat(index.attachments())
                .as("SOC by default, not PCI")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.path()).endsWith("/artifact.report_documents/report-0000000000000001-v3.pdf");
                    assertThat(a.confidential()).isTrue();
                });
        AttachmentEntry pdf = index.attachments().get(0);
        // The stub's own document, not whatever the run wrote down.
        assertThat(pdf.sha256()).isEqualTo(Digests.sha256(ArtifactStub.documentOf(SOC)));
        assertThat(index.errors()).noneMatch(e -> e.collector().startsWith("artifact."));

        try (ZipFile zip = new ZipFile(dir.resolve("evidence-pack.zip").toFile())) {
            assertThat(zip.getEntry("evidence/" + pdf.path()))
                    .as("the PDF travels with its locker")
                    .isNotNull();
            try (var in = zip.getInputStream(zip.getEntry("evidence/" + pdf.path()))) {
                assertThat(in.readAllBytes()).isEqualTo(ArtifactStub.documentOf(SOC));
            }
        }
        Cli verify = Cli.run("verify", dir.resolve("evidence-pack.zip").toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();

        assertThat(PackReaders.pdfText(dir.resolve("evidence-pack.pdf")).replaceAll("\\s+", " "))
                .contains(
                        "AWS confidential: shared with you under AWS Artifact's terms; do not redistribute beyond your auditors.")
                .contains(pdf.sha256());
        JsonNode results = PackReaders.results(dir.resolve("results.json"));
        assertThat(results.get("attachments")).singleElement().satisfies(a -> {
            assertThat(a.get("sha256").asText()).isEqualTo(pdf.sha256());
            assertThat(a.get("confidential").asBoolean()).isTrue();
        });
        List<List<String>> reports =
                PackReaders.workbook(dir.resolve("evidence-pack.xlsx")).get("AWS reports");
        int column = reports.get(0).indexOf("Downloaded document (SHA-256)");
        assertThat(column).isPositive();
        assertThat(reports)
                .filteredOn(r -> r.get(0).equals(SOC.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.get(column)).isEqualTo(pdf.sha256()));

        assertThat(artifact.secretsIssued())
                .as("the download's term token and link")
                .isNotEmpty();
        String stub = artifact.endpoint().getAuthority();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(stub);
                artifact.secretsIssued()
                        .forEach(s -> assertThat(text).as(file.toString()).doesNotContain(s));
            }
        }
    }

    @Test
    void theOptionNamesReportSeriesAndIsRefusedWhenResuming() {
        Cli bad = Cli.run(
                "collect",
                "--out",
                dir.resolve("x").toString(),
                "--regions",
                "us-east-1",
                "--download-artifact-reports=SOC,../etc");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--download-artifact-reports").contains("'../etc'");
        Cli resume =
                Cli.run("collect", "--out", dir.resolve("x").toString(), "--resume", "--download-artifact-reports");
        assertThat(resume.exit()).isEqualTo(2);
        assertThat(resume.err()).contains("--download-artifact-reports");
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(Cli.run("collect", "--help").out().replaceAll("\\s+", " "))
                .contains("accepts AWS Artifact's terms")
                .contains("AWS confidential");
    }
}
