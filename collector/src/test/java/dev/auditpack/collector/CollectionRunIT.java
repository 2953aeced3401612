package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real collectors over HTTP against moto (and the Artifact stub) and reads back what they recorded. */
@ExtendWith(MotoServer.class)
class CollectionRunIT {

    private static final MotoServer MOTO = MotoServer.get();
    /**
     * Operations moto 5.2.1 does not implement: they fail (HTTP 500 or 404) and must be recorded as collection
     * errors, never as empty answers. The emulator gateway serves them in other tests.
     */
    private static final Set<String> MOTO_LACKS = Set.of(
            "access-analyzer:ListAnalyzers",
            "backup:ListProtectedResources",
            "backup:ListBackupJobs",
            "guardduty:ListFindings",
            "ec2:GetEbsDefaultKmsKeyId",
            "ssm:DescribeInstanceInformation",
            "config:DescribeComplianceByConfigRule",
            "securityhub:GetEnabledStandards");

    private static ArtifactStub artifact;

    @BeforeAll
    static void seed() {
        new Seed(MOTO).misconfigured();
        artifact = new ArtifactStub();
        artifact.add(new ArtifactStub.Report(
                "report-0000000000000001",
                "AWS SOC 2 Type 2 Report",
                "SOC",
                "Certifications and Attestations",
                3,
                Seed.at("2025-10-01"),
                Seed.at("2026-09-30"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-0000000000000002",
                "AWS ISO/IEC 27001:2022 Certificate",
                "ISO",
                "Certifications and Attestations",
                1,
                Seed.at("2025-11-01"),
                Seed.at("2028-10-31"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-0000000000000003",
                "AWS PCI DSS Attestation of Compliance",
                "PCI",
                "Certifications and Attestations",
                2,
                Seed.at("2026-01-01"),
                Seed.at("2026-12-31"),
                "PUBLISHED"));
    }

    @AfterAll
    static void stopStub() {
        artifact.close();
    }

    private final CallRecorder calls = new CallRecorder();

    private EvidenceIndex collect(Path dir) {
        return collect(dir, Emulated.settings(MOTO, artifact, "us-east-1", "eu-west-1"));
    }

    private EvidenceIndex collect(Path dir, AwsSettings settings) {
        var run = new CollectionRun(
                settings.withInterceptors(List.of(calls)),
                Emulated.credentials(),
                Collector.all(),
                CollectionListener.NONE,
                Clock.systemUTC(),
                "test");
        return run.run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"));
    }

    @Test
    void everyCallIsADeclaredReadOnlyOperation(@TempDir Path dir) {
        MOTO.reset();
        new Seed(MOTO).misconfigured();
        collect(dir);
        Set<String> declared = Collector.all().stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .collect(Collectors.toSet());
        assertThat(calls.calls())
                .isNotEmpty()
                .allSatisfy(call ->
                        assertThat(declared).as("declared read-only operations").contains(call));
        // moto answers STARTED first, like AWS; the collector asks again until the report is complete.
        assertThat(calls.calls())
                .filteredOn("Iam:GenerateCredentialReport"::equals)
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aCredentialReportThatNeverFinishesIsATimeoutError(@TempDir Path dir) {
        MOTO.reset();
        new Seed(MOTO).misconfigured();
        EvidenceIndex index = collect(
                dir,
                Emulated.settings(MOTO, artifact, "us-east-1")
                        .withReportWait(java.time.Duration.ofMillis(10), java.time.Duration.ZERO));
        assertThat(index.evidence()).extracting(EvidenceEntry::collector).doesNotContain("iam.credential_report");
        assertThat(index.errors())
                .filteredOn(e -> !MOTO_LACKS.contains(e.operation()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.collector()).isEqualTo("iam.credential_report");
                    assertThat(e.operation()).isEqualTo("iam:GenerateCredentialReport");
                    assertThat(e.category()).isEqualTo(dev.auditpack.evidence.ErrorCategory.TIMEOUT);
                });
    }

    @Test
    void everyCollectorRecordsEvidenceForTheAccountAndEachRegion(@TempDir Path dir) {
        EvidenceIndex index = collect(dir);

        assertThat(index.errors())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(MOTO_LACKS).contains(e.operation()));
        assertThat(index.caller()).get().extracting(c -> c.account()).isEqualTo(Emulated.ACCOUNT);
        // No ssm.managed_instances: the call it rests on is one moto lacks, so there is only the error.
        assertThat(index.evidence())
                .extracting(EvidenceEntry::path)
                .containsExactly(
                        "raw/123456789012/eu-west-1/backup.plans.json",
                        "raw/123456789012/eu-west-1/cloudtrail.trails.json",
                        "raw/123456789012/eu-west-1/config.recorders.json",
                        "raw/123456789012/eu-west-1/dynamodb.tables.json",
                        "raw/123456789012/eu-west-1/ec2.ebs_encryption.json",
                        "raw/123456789012/eu-west-1/ec2.flow_logs.json",
                        "raw/123456789012/eu-west-1/ec2.instances.json",
                        "raw/123456789012/eu-west-1/ec2.network_acls.json",
                        "raw/123456789012/eu-west-1/ec2.security_groups.json",
                        "raw/123456789012/eu-west-1/ec2.vpcs.json",
                        "raw/123456789012/eu-west-1/elbv2.load_balancers.json",
                        "raw/123456789012/eu-west-1/guardduty.detectors.json",
                        "raw/123456789012/eu-west-1/guardduty.period_findings.json",
                        "raw/123456789012/eu-west-1/kms.keys.json",
                        "raw/123456789012/eu-west-1/lambda.functions.json",
                        "raw/123456789012/eu-west-1/rds.clusters.json",
                        "raw/123456789012/eu-west-1/rds.instances.json",
                        "raw/123456789012/eu-west-1/securityhub.findings.json",
                        "raw/123456789012/eu-west-1/securityhub.hub.json",
                        "raw/123456789012/global/artifact.reports.json",
                        "raw/123456789012/global/cloudfront.distributions.json",
                        "raw/123456789012/global/iam.account_summary.json",
                        "raw/123456789012/global/iam.authorization_details.json",
                        "raw/123456789012/global/iam.credential_report.json",
                        "raw/123456789012/global/iam.password_policy.json",
                        "raw/123456789012/global/iam.users.json",
                        "raw/123456789012/global/iam.virtual_mfa_devices.json",
                        "raw/123456789012/global/organizations.structure.json",
                        "raw/123456789012/global/s3.account_public_access_block.json",
                        "raw/123456789012/global/s3.buckets.json",
                        "raw/123456789012/global/sts.caller_identity.json",
                        "raw/123456789012/us-east-1/backup.plans.json",
                        "raw/123456789012/us-east-1/cloudtrail.trails.json",
                        "raw/123456789012/us-east-1/config.recorders.json",
                        "raw/123456789012/us-east-1/dynamodb.tables.json",
                        "raw/123456789012/us-east-1/ec2.ebs_encryption.json",
                        "raw/123456789012/us-east-1/ec2.flow_logs.json",
                        "raw/123456789012/us-east-1/ec2.instances.json",
                        "raw/123456789012/us-east-1/ec2.network_acls.json",
                        "raw/123456789012/us-east-1/ec2.security_groups.json",
                        "raw/123456789012/us-east-1/ec2.vpcs.json",
                        "raw/123456789012/us-east-1/elbv2.load_balancers.json",
                        "raw/123456789012/us-east-1/guardduty.detectors.json",
                        "raw/123456789012/us-east-1/guardduty.period_findings.json",
                        "raw/123456789012/us-east-1/kms.keys.json",
                        "raw/123456789012/us-east-1/lambda.functions.json",
                        "raw/123456789012/us-east-1/rds.clusters.json",
                        "raw/123456789012/us-east-1/rds.instances.json",
                        "raw/123456789012/us-east-1/securityhub.findings.json",
                        "raw/123456789012/us-east-1/securityhub.hub.json");
        Locker locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
    }

    @Test
    void recordsAnswersAsReturnedAndNotConfiguredAsAbsent(@TempDir Path dir) {
        collect(dir);
        Locker locker = Locker.open(dir);

        JsonNode policy = doc(locker, "iam.password_policy").data().get("GetAccountPasswordPolicy");
        assertThat(OperationResult.from(policy)
                        .response()
                        .path("PasswordPolicy")
                        .path("MinimumPasswordLength")
                        .asInt())
                .isEqualTo(8);

        OperationResult accountBlock = OperationResult.from(
                doc(locker, "s3.account_public_access_block").data().get("GetPublicAccessBlock"));
        assertThat(accountBlock.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(accountBlock.errorCode()).isEqualTo("NoSuchPublicAccessBlockConfiguration");

        JsonNode buckets = doc(locker, "s3.buckets").data().get("Buckets");
        assertThat(buckets).hasSize(2);
        JsonNode open = buckets.get(1);
        assertThat(open.get("Name").asText()).isEqualTo(Seed.PUBLIC_BUCKET);
        assertThat(OperationResult.from(open.path("calls").get("GetPublicAccessBlock"))
                        .outcome())
                .isEqualTo(Outcome.ABSENT);
        assertThat(OperationResult.from(open.path("calls").get("GetBucketEncryption"))
                        .outcome())
                .isEqualTo(Outcome.ABSENT);
        assertThat(OperationResult.from(open.path("calls").get("GetBucketPolicy"))
                        .response()
                        .path("Policy")
                        .asText())
                .contains("\"Principal\":\"*\"");
        JsonNode closed = buckets.get(0);
        assertThat(OperationResult.from(closed.path("calls").get("GetBucketEncryption"))
                        .response()
                        .findValue("SSEAlgorithm")
                        .asText())
                .isEqualTo("aws:kms");
        assertThat(OperationResult.from(closed.path("calls").get("GetBucketPolicy"))
                        .errorCode())
                .isEqualTo("NoSuchBucketPolicy");

        String csv = OperationResult.from(
                        doc(locker, "iam.credential_report").data().get("GetCredentialReport"))
                .response()
                .get("Content")
                .asText();
        assertThat(csv).startsWith("user,arn,").contains("\nalice,").contains("\nbob,");

        JsonNode reports = OperationResult.from(
                        doc(locker, "artifact.reports").data().get("ListReports"))
                .response();
        assertThat(reports).hasSize(3);
        assertThat(reports.get(0).get("periodEnd").asText()).isEqualTo("2026-09-30T00:00:00Z");
        assertThat(reports.get(0).get("series").asText()).isEqualTo("SOC");
        assertThat(artifact.requests())
                .as("paginated, and asked once per account")
                .hasSize(2)
                .allMatch(r -> r.startsWith("GET /v1/report/list"));
    }

    private static EvidenceDocument doc(Locker locker, String collector) {
        return locker.read(locker.index().evidence().stream()
                .filter(e -> e.collector().equals(collector))
                .findFirst()
                .orElseThrow());
    }
}
