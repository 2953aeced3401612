package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.backup.BackupJobsCollector;
import dev.auditpack.collector.aws.guardduty.GuardDutyPeriodFindingsCollector;
import dev.auditpack.emulator.BackupStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.GuardDutyFindingsStub;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/**
 * {@code backup.jobs} and {@code guardduty.period_findings} for real: moto knows the detectors, the gateway's stubs
 * answer ListBackupJobs, ListFindings and GetFindings (moto lacks them) in their REST-JSON protocol, paged, with
 * throttling and denial. Only what the period holds is recorded, and a call that fails is an error, never a list.
 */
@ExtendWith(MotoServer.class)
class OperationsOverPeriodIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final EmulatorGateway GATEWAY = new EmulatorGateway(MOTO.endpoint());
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String HOME = "eu-west-1";
    private static final AuditPeriod Q4 = AuditPeriod.parse("2026-Q4");
    private static final String VOLUME = "arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a1b2c3d4e5f60718";
    private static final String TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders";

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    @BeforeEach
    void reset() {
        MOTO.reset();
        GATEWAY.reset();
    }

    private static BackupStub.BackupJob job(String id, String resource, String type, String state, String created) {
        Instant at = Instant.parse(created);
        return new BackupStub.BackupJob(
                id,
                resource,
                type,
                state,
                at,
                "COMPLETED".equals(state) ? at.plusSeconds(600) : null,
                "Default",
                "FAILED".equals(state) ? "Insufficient privileges to perform this action." : null);
    }

    private static void seedJobs() {
        GATEWAY.backup()
                .pageSize(2)
                .jobs(
                        ACCOUNT,
                        HOME,
                        List.of(
                                job("j-before", VOLUME, "EBS", "COMPLETED", "2026-09-30T23:59:59Z"),
                                job("j-1", VOLUME, "EBS", "COMPLETED", "2026-10-01T00:00:00Z"),
                                job("j-2", VOLUME, "EBS", "EXPIRED", "2026-11-02T03:00:00Z"),
                                job("j-3", TABLE, "DynamoDB", "FAILED", "2026-12-31T23:59:59Z"),
                                job("j-4", TABLE, "DynamoDB", "ABORTED", "2026-10-15T03:00:00Z"),
                                job("j-after", TABLE, "DynamoDB", "COMPLETED", "2027-01-01T00:00:00Z")));
    }

    @Test
    void backupJobsOfThePeriodAreRecordedPagedWithTheirStates(@TempDir Path dir) {
        seedJobs();
        EmulatorRun run =
                EmulatorRun.collect(Emulated.settings(GATEWAY, HOME), dir, List.of(new BackupJobsCollector()), Q4);

        assertThat(run.index().errors()).isEmpty();
        JsonNode data = run.doc("backup.jobs", HOME).data();
        assertThat(data.get("Period").get("start").asText()).isEqualTo("2026-10-01");
        assertThat(data.get("Period").get("end").asText()).isEqualTo("2026-12-31");
        JsonNode jobs = data.get("BackupJobs");
        assertThat(ids(jobs, "BackupJobId"))
                .as("the period's jobs only, both ends included, by resource then creation")
                .containsExactly("j-4", "j-3", "j-1", "j-2");
        assertThat(jobs.get(1).get("State").asText()).isEqualTo("FAILED");
        assertThat(jobs.get(1).get("StatusMessage").asText()).contains("Insufficient privileges");
        assertThat(jobs.get(2).get("ResourceType").asText()).isEqualTo("EBS");
        assertThat(jobs.get(2).get("BackupVaultName").asText()).isEqualTo("Default");
        assertThat(jobs.get(2).get("CompletionDate").asText()).isEqualTo("2026-10-01T00:10:00Z");
        assertThat(run.calls())
                .filteredOn(c -> c.equals("Backup:ListBackupJobs"))
                .as("four jobs in pages of two")
                .hasSize(2);
    }

    @Test
    void throttledBackupJobsAreACollectionErrorWithoutAList(@TempDir Path dir) {
        seedJobs();
        GATEWAY.faults(FaultPlan.every(1, Fault.THROTTLING).onlyFor("backup:ListBackupJobs"));
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME).withRetries(2), dir, List.of(new BackupJobsCollector()), Q4);

        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("backup:ListBackupJobs");
            assertThat(e.category()).isEqualTo(ErrorCategory.THROTTLED);
        });
        assertThat(run.index().evidence())
                .as("no file that could read as 'no jobs'")
                .noneMatch(e -> e.collector().equals("backup.jobs"));
    }

    private static String detector() {
        try (GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), MOTO, HOME)) {
            return guardDuty.createDetector(r -> r.enable(true)).detectorId();
        }
    }

    /** 53 findings updated in the period (two batches of GetFindings), 3 archived, and two outside it. */
    private static void seedFindings() {
        List<GuardDutyFindingsStub.Finding> findings = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            Instant at = Instant.parse("2026-10-02T00:00:00Z").plusSeconds(3600L * i);
            findings.add(new GuardDutyFindingsStub.Finding(
                    String.format("f-%02d", i),
                    i % 10 == 0 ? "Backdoor:EC2/C&CActivity.B" : "Recon:EC2/PortProbeUnprotectedPort",
                    i % 10 == 0 ? 8.0 : 2.0,
                    at,
                    at.plusSeconds(60),
                    i < 3,
                    "Instance",
                    "i-0" + i,
                    i + 1));
        }
        findings.add(new GuardDutyFindingsStub.Finding(
                "old",
                "Recon:EC2/Portscan",
                5.0,
                Instant.parse("2026-08-01T00:00:00Z"),
                Instant.parse("2026-09-30T23:59:59Z"),
                true,
                "Instance",
                "i-0old",
                1));
        findings.add(new GuardDutyFindingsStub.Finding(
                "later",
                "Recon:EC2/Portscan",
                5.0,
                Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                false,
                "Instance",
                "i-0later",
                1));
        GATEWAY.guardDuty().findings(ACCOUNT, HOME, findings);
    }

    @Test
    void findingsOfThePeriodArchivedAndNotAreRecordedBySeverity(@TempDir Path dir) {
        String detector = detector();
        seedFindings();
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME), dir, List.of(new GuardDutyPeriodFindingsCollector()), Q4);

        assertThat(run.index().errors()).isEmpty();
        JsonNode detectors = run.doc("guardduty.period_findings", HOME).data().get("Detectors");
        assertThat(detectors)
                .singleElement()
                .satisfies(d -> assertThat(d.get("DetectorId").asText()).isEqualTo(detector));
        JsonNode listed = OperationResult.from(detectors.get(0).path("calls").get("ListFindings"))
                .response()
                .get("findingIds");
        assertThat(listed).hasSize(53);
        OperationResult got =
                OperationResult.from(detectors.get(0).path("calls").get("GetFindings"));
        assertThat(got.outcome()).isEqualTo(Outcome.OK);
        JsonNode findings = got.response().get("Findings");
        assertThat(findings).hasSize(53);
        assertThat(ids(findings, "Id")).startsWith("f-00", "f-10", "f-20", "f-30", "f-40", "f-50", "f-01");
        JsonNode first = findings.get(0);
        assertThat(first.get("Severity").asDouble()).isEqualTo(8.0);
        assertThat(first.get("Archived").asBoolean()).isTrue();
        assertThat(first.get("ResourceType").asText()).isEqualTo("Instance");
        assertThat(first.get("ResourceId").asText()).isEqualTo("i-00");
        assertThat(first.get("CreatedAt").asText()).isEqualTo("2026-10-02T00:00:00Z");
        assertThat(first.get("Count").asInt()).isEqualTo(1);
        long archived = 0;
        for (JsonNode f : findings) {
            archived += f.get("Archived").asBoolean() ? 1 : 0;
        }
        assertThat(archived).isEqualTo(3);
        assertThat(run.calls())
                .filteredOn(c -> c.equals("GuardDuty:GetFindings"))
                .hasSize(2);
    }

    @Test
    void deniedFindingsAreAnErrorInTheFileNotAnEmptyList(@TempDir Path dir) {
        detector();
        seedFindings();
        GATEWAY.guardDuty().deny(HOME);
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME), dir, List.of(new GuardDutyPeriodFindingsCollector()), Q4);

        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("guardduty:ListFindings");
            assertThat(e.category()).isEqualTo(ErrorCategory.ACCESS_DENIED);
        });
        JsonNode calls = run.doc("guardduty.period_findings", HOME)
                .data()
                .get("Detectors")
                .get(0)
                .get("calls");
        assertThat(OperationResult.from(calls.get("ListFindings")).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(calls.has("GetFindings")).isFalse();
    }

    private static List<String> ids(JsonNode list, String member) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get(member).asText()));
        return out;
    }
}
