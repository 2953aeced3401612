package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.BackupStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.GuardDutyFindingsStub;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.pack.PackReaders;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/**
 * Operations over the period from collection to pack: {@code run} against moto behind the gateway, whose stubs serve
 * the backup jobs and GuardDuty findings (moto lacks ListBackupJobs, ListFindings and GetFindings); in the second
 * region ListBackupJobs is throttled and ListFindings denied. Then results.json, the workbook's two sheets (POI) and
 * the PDF's section (PDFBox): per-resource backup summaries with the resources to look at first, findings by
 * severity with archived yes/no, and a GAP, never an empty list, where a call failed.
 */
@ExtendWith(MotoServer.class)
class OperationsCliIT {

    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String HOME = "us-east-1";
    private static final String OTHER = "eu-west-1";
    private static final String VOLUME = "arn:aws:ec2:us-east-1:123456789012:volume/vol-0a1b2c3d4e5f60718";
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/orders";
    private static final String FILES = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123abcd";
    private static EmulatorGateway gateway;

    @TempDir
    static Path dir;

    @BeforeAll
    static void collectAndReport() {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        gateway = new EmulatorGateway(MotoServer.get().endpoint());
        for (String region : List.of(HOME, OTHER)) {
            try (GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), MotoServer.get(), region)) {
                guardDuty.createDetector(r -> r.enable(true));
            }
        }
        gateway.backup()
                .jobs(
                        ACCOUNT,
                        HOME,
                        List.of(
                                job("j-1", VOLUME, "EBS", "COMPLETED", "2026-10-02T03:00:00Z"),
                                job("j-2", VOLUME, "EBS", "EXPIRED", "2026-10-09T03:00:00Z"),
                                job("j-3", VOLUME, "EBS", "COMPLETED", "2026-11-20T03:00:00Z"),
                                job("j-4", TABLE, "DynamoDB", "FAILED", "2026-10-02T04:00:00Z"),
                                job("j-5", TABLE, "DynamoDB", "FAILED", "2026-11-20T04:00:00Z"),
                                job("j-6", FILES, "EFS", "COMPLETED", "2026-10-02T05:00:00Z"),
                                job("j-7", FILES, "EFS", "FAILED", "2026-11-20T05:00:00Z")))
                .throttleJobsIn(OTHER);
        gateway.guardDuty()
                .findings(
                        ACCOUNT,
                        HOME,
                        List.of(
                                finding("f-high", "Backdoor:EC2/C&CActivity.B", 8.0, true, "i-0aaa"),
                                finding("f-medium", "UnauthorizedAccess:EC2/SSHBruteForce", 5.0, false, "i-0bbb"),
                                finding("f-low", "Recon:EC2/PortProbeUnprotectedPort", 2.0, false, "i-0ccc")))
                .deny(OTHER);
        Cli run = Cli.run(
                "run",
                "--out",
                dir.toString(),
                "--regions",
                HOME + "," + OTHER,
                "--period",
                "2026-10-01..2026-11-30",
                "--endpoint-url",
                gateway.endpoint().toString(),
                "--max-attempts",
                "1");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static BackupStub.BackupJob job(String id, String resource, String type, String state, String created) {
        Instant at = Instant.parse(created);
        return new BackupStub.BackupJob(
                id,
                resource,
                type,
                state,
                at,
                at.plusSeconds(900),
                "Default",
                "FAILED".equals(state) ? "Snapshot failed" : null);
    }

    private static GuardDutyFindingsStub.Finding finding(
            String id, String type, double severity, boolean archived, String instance) {
        Instant at = Instant.parse("2026-10-20T12:00:00Z");
        return new GuardDutyFindingsStub.Finding(
                id, type, severity, at, at.plusSeconds(3600), archived, "Instance", instance, 3);
    }

    @Test
    void resultsJsonAndTheIndexAreValidAgainstTheirSchemas() {
        // A real run's files, with collection errors (throttled, denied) the demo does not have.
        JsonNode results = PackReaders.results(dir.resolve("results.json"));
        assertThat(results.get("errors").size()).isPositive();
        assertThat(dev.auditpack.docs.JsonSchemas.problems("results.schema.json", results))
                .isEmpty();
        assertThat(dev.auditpack.docs.JsonSchemas.problems(
                        "index.schema.json",
                        PackReaders.results(dir.resolve("evidence").resolve("index.json"))))
                .isEmpty();
    }

    @Test
    void resultsJsonSumsJobsPerResourceListsFindingsAndNamesTheGaps() {
        JsonNode ops = PackReaders.results(dir.resolve("results.json")).get("operations");
        assertThat(ops.get("backupControls").get("iso27001-2022").toString()).contains("A.8.13");
        assertThat(ops.get("backupControls").get("soc2-2017").toString()).contains("A1.2");
        assertThat(ops.get("findingControls").get("soc2-2017").toString()).contains("CC7.3", "CC7.4");

        List<String> order = new ArrayList<>();
        ops.get("backups").forEach(b -> order.add(b.get("resourceArn").asText()));
        assertThat(order).as("flagged resources first").containsExactly(TABLE, FILES, VOLUME);
        JsonNode table = ops.get("backups").get(0);
        assertThat(table.get("failed").asInt()).isEqualTo(2);
        assertThat(table.get("completed").asInt()).isZero();
        assertThat(table.get("flag").asText()).isEqualTo("no completed backup job in the period");
        assertThat(ops.get("backups").get(1).get("flag").asText()).isEqualTo("last job FAILED");
        JsonNode volume = ops.get("backups").get(2);
        assertThat(volume.get("completed").asInt()).isEqualTo(2);
        assertThat(volume.get("expired").asInt()).isEqualTo(1);
        assertThat(volume.get("flag").isNull()).isTrue();

        List<String> findings = new ArrayList<>();
        ops.get("findings")
                .forEach(f -> findings.add(
                        f.get("id").asText() + "/" + f.get("archived").asBoolean()));
        assertThat(findings).containsExactly("f-high/true", "f-medium/false", "f-low/false");
        assertThat(ops.get("findings").get(0).get("level").asText()).isEqualTo("High");

        List<String> gaps = new ArrayList<>();
        ops.get("gaps")
                .forEach(g -> gaps.add(g.get("region").asText() + " "
                        + g.get("collector").asText() + " " + g.get("reason").asText()));
        assertThat(gaps).hasSize(2);
        assertThat(gaps)
                .anySatisfy(
                        g -> assertThat(g).startsWith(OTHER + " backup.jobs backup:ListBackupJobs failed: Throttling"))
                .anySatisfy(g -> assertThat(g)
                        .startsWith(OTHER + " guardduty.period_findings detector ")
                        .contains("AccessDeniedException"));
    }

    @Test
    void theWorkbookHasABackupJobsAndAGuardDutyFindingsSheet() {
        Map<String, List<List<String>>> book = PackReaders.workbook(dir.resolve("evidence-pack.xlsx"));
        List<List<String>> backups = book.get("Backup jobs");
        assertThat(backups.get(0)).contains("Resource", "Completed", "Failed", "Expired", "Auditor comment");
        assertThat(backups.get(1)).contains(TABLE, "no completed backup job in the period");
        assertThat(backups)
                .anySatisfy(r -> assertThat(r)
                        .contains(OTHER)
                        .anySatisfy(c -> assertThat(c).startsWith("GAP: backup:ListBackupJobs failed")));
        List<List<String>> findings = book.get("GuardDuty findings");
        assertThat(findings.get(1)).contains("8.0", "High", "Yes", "f-high");
        assertThat(findings.get(2)).contains("No", "f-medium");
        assertThat(findings)
                .anySatisfy(r -> assertThat(r)
                        .contains(OTHER)
                        .anySatisfy(c -> assertThat(c).startsWith("GAP: detector")));
    }

    @Test
    void thePdfHasTheOperationsSection() {
        String text = PackReaders.pdfText(dir.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Operations over the period")
                .contains("AWS Backup jobs per resource")
                .contains("2 resource(s) had no completed job")
                .contains("DynamoDB no completed backup job in the period 0 2 0 0 FAILED")
                .contains("EBS 2 0 1 0 COMPLETED")
                .contains("GuardDuty findings in the period")
                .contains("3 finding(s), 2 not archived")
                .contains("8.0 High Backdoor:EC2/C&CActivity.B")
                .contains(OTHER + ": : backup:ListBackupJobs failed: ThrottlingException")
                .contains("AccessDeniedException");
    }
}
