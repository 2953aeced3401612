package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.accessanalyzer.AccessAnalyzerAnalyzersCollector;
import dev.auditpack.collector.aws.backup.BackupPlansCollector;
import dev.auditpack.collector.aws.backup.BackupProtectedResourcesCollector;
import dev.auditpack.collector.aws.config.ConfigRecordersCollector;
import dev.auditpack.collector.aws.ec2.Ec2EbsEncryptionCollector;
import dev.auditpack.collector.aws.securityhub.SecurityHubHubCollector;
import dev.auditpack.collector.aws.ssm.SsmManagedInstancesCollector;
import dev.auditpack.emulator.AccessAnalyzerStub;
import dev.auditpack.emulator.BackupStub;
import dev.auditpack.emulator.ConfigComplianceStub.RuleCompliance;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.SecurityHubStub.EnabledStandard;
import dev.auditpack.emulator.SsmStub;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The collectors whose operations moto lacks, run for real through the emulator gateway, which answers those
 * operations in each API's wire protocol: SSM patch states in batches, Config rule compliance, Security Hub
 * standards, Access Analyzer analyzers, AWS Backup protected resources and plan selections, and the EBS
 * default key. Every run's calls are declared read-only operations ({@link EmulatorRun} checks it).
 */
@ExtendWith(MotoServer.class)
class GatewayBackedCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final EmulatorGateway GATEWAY = new EmulatorGateway(MOTO.endpoint());
    private static final String HOME = "eu-west-1";
    private static final String OTHER = "us-east-1";
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final Instant NOW = Instant.parse("2026-11-26T06:30:00.500Z");

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    @BeforeEach
    void reset() {
        MOTO.reset();
        GATEWAY.reset();
    }

    // --- ssm.managed_instances

    /** 51 managed instances, seeded out of order, each with a patch state. */
    private static List<String> seedFiftyOneManagedInstances(String region) {
        List<String> ids = IntStream.rangeClosed(1, 51)
                .mapToObj(i -> "i-0%016x".formatted(0x5eed0000L + i * 7919L))
                .toList();
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new Random(42));
        GATEWAY.ssm()
                .instances(
                        ACCOUNT,
                        region,
                        shuffled.stream()
                                .map(id -> new SsmStub.ManagedInstance(
                                        id,
                                        "Online",
                                        NOW,
                                        "3.3.1142.0",
                                        "Linux",
                                        "Amazon Linux",
                                        "2023",
                                        "EC2Instance"))
                                .toList());
        GATEWAY.ssm()
                .patchStates(
                        ACCOUNT,
                        region,
                        shuffled.stream()
                                .map(id -> new SsmStub.PatchState(
                                        id,
                                        "web",
                                        "pb-0c10e65780e3b1f3a",
                                        "Scan",
                                        NOW.minusSeconds(900),
                                        NOW.minusSeconds(840),
                                        120,
                                        id.hashCode() & 3,
                                        0,
                                        0,
                                        14,
                                        0,
                                        0))
                                .toList());
        return ids.stream().sorted().toList();
    }

    @Test
    void patchStatesOfFiftyOneInstancesComeInTwoBatchesMergedAndSorted(@TempDir Path dir) {
        List<String> ids = seedFiftyOneManagedInstances(HOME);
        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new SsmManagedInstancesCollector()), HOME);

        assertThat(run.index().errors()).isEmpty();
        JsonNode data = run.doc("ssm.managed_instances", HOME).data();
        assertThat(NetworkCollectorsIT.ids(data.get("InstanceInformationList"), "InstanceId"))
                .containsExactlyElementsOf(ids);
        JsonNode states = ok(data.get("DescribeInstancePatchStates"));
        assertThat(NetworkCollectorsIT.ids(states, "InstanceId")).containsExactlyElementsOf(ids);
        assertThat(states.get(0).get("InstalledCount").asInt()).isEqualTo(120);
        assertThat(states.get(0).get("OperationEndTime").asText()).isEqualTo("2026-11-26T06:16:00.500Z");
        // The first batch of 50 takes five pages at SSM's default page size of 10, the second batch of 1 one.
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("ssm:DescribeInstancePatchStates", 6L);
    }

    @Test
    void aFailedFirstBatchIsAnErrorNamingItsInstancesAndLaterBatchesAreNotAsked(@TempDir Path dir) {
        List<String> ids = seedFiftyOneManagedInstances(HOME);
        GATEWAY.faults(FaultPlan.every(1, Fault.SERVER_ERROR).onlyFor("ssm:DescribeInstancePatchStates"));
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME).withRetries(1), dir, List.of(new SsmManagedInstancesCollector()));

        EvidenceDocument doc = run.doc("ssm.managed_instances", HOME);
        assertThat(NetworkCollectorsIT.ids(doc.data().get("InstanceInformationList"), "InstanceId"))
                .as("the instance list still stands")
                .containsExactlyElementsOf(ids);
        OperationResult states = OperationResult.from(doc.data().get("DescribeInstancePatchStates"));
        assertThat(states.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(states.httpStatus()).isEqualTo(500);
        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("ssm:DescribeInstancePatchStates");
            assertThat(e.errorCode()).isEqualTo("InternalFailure");
            assertThat(e.category()).isEqualTo(ErrorCategory.SERVICE_ERROR);
            assertThat(e.resource()).isEqualTo(String.join(" ", ids.subList(0, 50)));
        });
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("ssm:DescribeInstancePatchStates", 1L);
    }

    @Test
    void aFailedLastBatchIsAnErrorEvenThoughTheFirstWasRead(@TempDir Path dir) {
        List<String> ids = seedFiftyOneManagedInstances(HOME);
        // Requests 1-5 are the first batch's pages; the 6th is the second batch, of one instance.
        GATEWAY.faults(FaultPlan.every(6, Fault.SERVER_ERROR).onlyFor("ssm:DescribeInstancePatchStates"));
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME).withRetries(1), dir, List.of(new SsmManagedInstancesCollector()));

        JsonNode data = run.doc("ssm.managed_instances", HOME).data();
        assertThat(data.get("InstanceInformationList")).hasSize(51);
        assertThat(OperationResult.from(data.get("DescribeInstancePatchStates")).outcome())
                .as("a partial list never passes for a complete one")
                .isEqualTo(Outcome.ERROR);
        assertThat(run.index().errors()).extracting(CollectionError::resource).containsExactly(ids.get(50));
    }

    @Test
    void noManagedInstancesIsAnEmptyAnswerAndNoPatchStateCall(@TempDir Path dir) {
        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new SsmManagedInstancesCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        for (String region : List.of(HOME, OTHER)) {
            JsonNode data = run.doc("ssm.managed_instances", region).data();
            assertThat(data.get("InstanceInformationList").isArray()).isTrue();
            assertThat(data.get("InstanceInformationList")).isEmpty();
            JsonNode states = ok(data.get("DescribeInstancePatchStates"));
            assertThat(states.isArray()).isTrue();
            assertThat(states).isEmpty();
        }
        assertThat(GATEWAY.metrics().byOperation())
                .containsEntry("ssm:DescribeInstanceInformation", 2L)
                .doesNotContainKey("ssm:DescribeInstancePatchStates");
    }

    // --- config.recorders

    @Test
    void ruleComplianceIsReadPageByPageAndSortedByRuleName(@TempDir Path dir) {
        try (ConfigClient config = Emulated.client(ConfigClient.builder(), MOTO, HOME)) {
            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::123456789012:role/aws-config")
                    .recordingGroup(g -> g.allSupported(true))));
            Map.of(
                            "s3-bucket-versioning-enabled",
                            "S3_BUCKET_VERSIONING_ENABLED",
                            "root-account-mfa-enabled",
                            "ROOT_ACCOUNT_MFA_ENABLED",
                            "encrypted-volumes",
                            "ENCRYPTED_VOLUMES",
                            "restricted-ssh",
                            "INCOMING_SSH_DISABLED",
                            "cloudtrail-enabled",
                            "CLOUD_TRAIL_ENABLED")
                    .forEach((rule, managedRule) -> config.putConfigRule(r -> r.configRule(c -> c.configRuleName(rule)
                            .source(s -> s.owner(Owner.AWS).sourceIdentifier(managedRule)))));
        }
        GATEWAY.config()
                .pageSize(2)
                .rules(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new RuleCompliance("s3-bucket-versioning-enabled", "NON_COMPLIANT", 3),
                                new RuleCompliance("root-account-mfa-enabled", "NON_COMPLIANT", 1),
                                new RuleCompliance("encrypted-volumes", "COMPLIANT", 0),
                                new RuleCompliance("restricted-ssh", "NON_COMPLIANT", 2),
                                new RuleCompliance("cloudtrail-enabled", "INSUFFICIENT_DATA", 0)));

        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new ConfigRecordersCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        JsonNode compliance = ok(run.doc("config.recorders", HOME).data().get("DescribeComplianceByConfigRule"));
        assertThat(NetworkCollectorsIT.ids(compliance, "ConfigRuleName"))
                .containsExactly(
                        "cloudtrail-enabled",
                        "encrypted-volumes",
                        "restricted-ssh",
                        "root-account-mfa-enabled",
                        "s3-bucket-versioning-enabled");
        JsonNode ssh = NetworkCollectorsIT.find(compliance, "ConfigRuleName", "restricted-ssh")
                .get("Compliance");
        assertThat(ssh.get("ComplianceType").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(ssh.get("ComplianceContributorCount").get("CappedCount").asInt())
                .isEqualTo(2);
        assertThat(compliance.get(1).get("Compliance").get("ComplianceType").asText())
                .isEqualTo("COMPLIANT");

        JsonNode none = ok(run.doc("config.recorders", OTHER).data().get("DescribeComplianceByConfigRule"));
        assertThat(none.isArray()).isTrue();
        assertThat(none).as("no rules there").isEmpty();
        // Three pages of two in HOME, one empty page in OTHER.
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("config:DescribeComplianceByConfigRule", 4L);
    }

    // --- securityhub.hub

    @Test
    void enabledStandardsAreReadWhereTheHubIsOnAndNotAskedWhereItIsAbsent(@TempDir Path dir) {
        try (SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), MOTO, HOME)) {
            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
        }
        GATEWAY.securityHub()
                .pageSize(2)
                .standards(
                        ACCOUNT,
                        HOME,
                        List.of(
                                EnabledStandard.of(ACCOUNT, HOME, "nist-800-53/v/5.0.0", "INCOMPLETE"),
                                EnabledStandard.of(
                                        ACCOUNT, HOME, "aws-foundational-security-best-practices/v/1.0.0", "READY"),
                                EnabledStandard.of(ACCOUNT, HOME, "cis-aws-foundations-benchmark/v/1.4.0", "READY")));

        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new SecurityHubHubCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        JsonNode on = run.doc("securityhub.hub", HOME).data();
        JsonNode standards = ok(on.get("GetEnabledStandards"));
        assertThat(NetworkCollectorsIT.ids(standards, "StandardsSubscriptionArn"))
                .containsExactly(
                        "arn:aws:securityhub:eu-west-1:123456789012:subscription/aws-foundational-security-best-practices/v/1.0.0",
                        "arn:aws:securityhub:eu-west-1:123456789012:subscription/cis-aws-foundations-benchmark/v/1.4.0",
                        "arn:aws:securityhub:eu-west-1:123456789012:subscription/nist-800-53/v/5.0.0");
        assertThat(standards.get(0).get("StandardsArn").asText())
                .isEqualTo("arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0");
        assertThat(standards.get(2).get("StandardsStatus").asText()).isEqualTo("INCOMPLETE");

        JsonNode off = run.doc("securityhub.hub", OTHER).data();
        OperationResult describe = OperationResult.from(off.get("DescribeHub"));
        assertThat(describe.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(describe.errorCode()).isEqualTo("InvalidAccessException");
        assertThat(off.has("GetEnabledStandards")).isFalse();
        // Two pages in HOME and nothing in OTHER: a call there would have been a third.
        assertThat(GATEWAY.metrics().byOperation())
                .containsEntry("securityhub:GetEnabledStandards", 2L)
                .containsEntry("securityhub:DescribeHub", 2L);
    }

    // --- accessanalyzer.analyzers

    @Test
    void analyzersAreListedSortedAndNoneIsAnEmptyAnswer(@TempDir Path dir) {
        GATEWAY.accessAnalyzer()
                .analyzers(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new AccessAnalyzerStub.Analyzer(
                                        "unused-access", "ACCOUNT_UNUSED_ACCESS", "ACTIVE", NOW),
                                new AccessAnalyzerStub.Analyzer(
                                        "external-access", "ACCOUNT", "ACTIVE", NOW.minusSeconds(86_400))));
        GATEWAY.accessAnalyzer()
                .findings(
                        ACCOUNT,
                        HOME,
                        "external-access",
                        List.of(
                                analyzerFinding("f-2", "arn:aws:s3:::partner-drop", "ACTIVE"),
                                analyzerFinding("f-1", "arn:aws:iam::123456789012:role/old-vendor", "ARCHIVED"),
                                analyzerFinding("f-0", "arn:aws:kms:eu-west-1:123456789012:key/1234", "ACTIVE")));

        EmulatorRun run =
                EmulatorRun.collect(GATEWAY, dir, List.of(new AccessAnalyzerAnalyzersCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        JsonNode analyzers = run.doc("accessanalyzer.analyzers", HOME).data().get("Analyzers");
        assertThat(NetworkCollectorsIT.ids(analyzers, "arn"))
                .containsExactly(
                        "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/external-access",
                        "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/unused-access");
        assertThat(analyzers.get(0).get("type").asText()).isEqualTo("ACCOUNT");
        assertThat(analyzers.get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(analyzers.get(0).get("createdAt").asText()).isEqualTo("2026-11-25T06:30:00.500Z");
        OperationResult findings =
                OperationResult.from(analyzers.get(0).path("calls").get("ListFindings"));
        assertThat(findings.outcome()).isEqualTo(Outcome.OK);
        assertThat(NetworkCollectorsIT.ids(findings.response(), "id"))
                .as("active only, sorted by id")
                .containsExactly("f-0", "f-2");
        assertThat(findings.response().get(1).get("principal").get("AWS").asText())
                .isEqualTo("444455556666");
        assertThat(analyzers.get(1).has("calls"))
                .as("an unused-access analyzer has no external-access findings")
                .isFalse();

        JsonNode none = run.doc("accessanalyzer.analyzers", OTHER).data().get("Analyzers");
        assertThat(none.isArray()).isTrue();
        assertThat(none).as("no analyzer there is a real answer").isEmpty();
    }

    @Test
    void findingsThatCannotBeReadAreAnErrorInTheFile(@TempDir Path dir) {
        GATEWAY.accessAnalyzer()
                .analyzers(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new AccessAnalyzerStub.Analyzer("external-access", "ACCOUNT", "ACTIVE", NOW),
                                new AccessAnalyzerStub.Analyzer("being-made", "ORGANIZATION", "CREATING", NOW)));
        GATEWAY.faults(FaultPlan.every(1, Fault.SERVER_ERROR).onlyFor("access-analyzer:ListFindings"));

        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME).withRetries(1), dir, List.of(new AccessAnalyzerAnalyzersCollector()));

        JsonNode analyzers = run.doc("accessanalyzer.analyzers", HOME).data().get("Analyzers");
        OperationResult findings =
                OperationResult.from(analyzers.get(1).path("calls").get("ListFindings"));
        assertThat(findings.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(analyzers.get(0).has("calls"))
                .as("an analyzer not yet active is not asked")
                .isFalse();
        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("access-analyzer:ListFindings");
            assertThat(e.resource())
                    .isEqualTo("arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/external-access");
        });
    }

    private static AccessAnalyzerStub.Finding analyzerFinding(String id, String resource, String status) {
        return new AccessAnalyzerStub.Finding(
                id,
                resource,
                "AWS::S3::Bucket",
                Map.of("AWS", "444455556666"),
                List.of("s3:GetObject"),
                false,
                status,
                NOW);
    }

    // --- backup.protected_resources and backup.plans

    @Test
    void protectedResourcesAndEachPlansSelectionsAreRecorded(@TempDir Path dir) {
        String role = "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole";
        String db = "arn:aws:rds:eu-west-1:123456789012:db:orders";
        String volume = "arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a1b2c3d4e5f60718";
        String vault = "arn:aws:backup:eu-west-1:123456789012:backup-vault:Default";
        String daily;
        String weekly;
        try (BackupClient backup = Emulated.client(BackupClient.builder(), MOTO, HOME)) {
            daily = plan(backup, "daily");
            weekly = plan(backup, "weekly");
        }
        GATEWAY.backup()
                .selections(
                        ACCOUNT,
                        HOME,
                        List.of(
                                BackupStub.Selection.ofResources(
                                        daily, "f2b9c3a0-0000-4000-8000-00000000000b", "volumes", role, NOW, volume),
                                new BackupStub.Selection(
                                        daily,
                                        "f2b9c3a0-0000-4000-8000-00000000000a",
                                        "databases",
                                        role,
                                        NOW,
                                        List.of(db),
                                        List.of(),
                                        Map.of("backup", "daily"))));
        GATEWAY.backup()
                .protectedResources(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new BackupStub.ProtectedResource(
                                        volume,
                                        "EBS",
                                        "vol-0a1b2c3d4e5f60718",
                                        NOW,
                                        vault,
                                        "arn:aws:ec2:eu-west-1::snapshot/snap-0123456789abcdef0"),
                                new BackupStub.ProtectedResource(
                                        db,
                                        "RDS",
                                        "orders",
                                        NOW.minusSeconds(3600),
                                        vault,
                                        "arn:aws:rds:eu-west-1:123456789012:snapshot:awsbackup:job-0a1b2c3d")));

        EmulatorRun run = EmulatorRun.collect(
                GATEWAY,
                dir,
                List.of(new BackupProtectedResourcesCollector(), new BackupPlansCollector()),
                HOME,
                OTHER);

        assertThat(run.index().errors()).isEmpty();
        JsonNode resources = run.doc("backup.protected_resources", HOME).data().get("ProtectedResources");
        assertThat(NetworkCollectorsIT.ids(resources, "ResourceArn")).containsExactly(volume, db);
        JsonNode rds = resources.get(1);
        assertThat(rds.get("ResourceType").asText()).isEqualTo("RDS");
        assertThat(rds.get("LastBackupTime").asText()).isEqualTo("2026-11-26T05:30:00.500Z");
        assertThat(rds.get("LastBackupVaultArn").asText()).isEqualTo(vault);
        assertThat(run.doc("backup.protected_resources", OTHER).data().get("ProtectedResources"))
                .isEmpty();

        JsonNode plans = run.doc("backup.plans", HOME).data().get("BackupPlans");
        JsonNode dailyPlan = NetworkCollectorsIT.find(plans, "BackupPlanId", daily);
        JsonNode selections = ok(dailyPlan.get("calls").get("ListBackupSelections"));
        assertThat(NetworkCollectorsIT.ids(selections, "SelectionName")).containsExactly("databases", "volumes");
        JsonNode databases = ok(selections.get(0).get("calls").get("GetBackupSelection"));
        assertThat(databases.get("BackupPlanId").asText()).isEqualTo(daily);
        assertThat(databases.get("BackupSelection").get("Resources").get(0).asText())
                .isEqualTo(db);
        assertThat(databases
                        .get("BackupSelection")
                        .get("ListOfTags")
                        .get(0)
                        .get("ConditionValue")
                        .asText())
                .isEqualTo("daily");
        assertThat(databases.get("BackupSelection").get("IamRoleArn").asText()).isEqualTo(role);
        JsonNode none = ok(NetworkCollectorsIT.find(plans, "BackupPlanId", weekly)
                .get("calls")
                .get("ListBackupSelections"));
        assertThat(none.isArray()).isTrue();
        assertThat(none).as("a plan that selects nothing").isEmpty();
        assertThat(run.calls())
                .contains("Backup:ListBackupSelections", "Backup:GetBackupSelection", "Backup:ListProtectedResources");
    }

    // --- ec2.ebs_encryption

    @Test
    void theDefaultEbsKeyIsRecordedPerRegion(@TempDir Path dir) {
        String key;
        try (KmsClient kms = Emulated.client(KmsClient.builder(), MOTO, HOME)) {
            key = kms.createKey(r -> r.description("EBS default key"))
                    .keyMetadata()
                    .arn();
        }
        GATEWAY.ebs().defaultKmsKeyId(ACCOUNT, HOME, key);

        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new Ec2EbsEncryptionCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        assertThat(ok(run.doc("ec2.ebs_encryption", HOME).data().get("GetEbsDefaultKmsKeyId"))
                        .get("KmsKeyId")
                        .asText())
                .isEqualTo(key);
        assertThat(ok(run.doc("ec2.ebs_encryption", OTHER).data().get("GetEbsDefaultKmsKeyId"))
                        .get("KmsKeyId")
                        .asText())
                .isEqualTo("alias/aws/ebs");
    }

    private static String plan(BackupClient backup, String name) {
        return backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName(name)
                        .rules(rule -> rule.ruleName(name + "-rule")
                                .targetBackupVaultName("Default")
                                .scheduleExpression("cron(0 3 * * ? *)"))))
                .backupPlanId();
    }

    private static JsonNode ok(JsonNode recorded) {
        OperationResult result = OperationResult.from(recorded);
        assertThat(result.outcome()).as(String.valueOf(recorded)).isEqualTo(Outcome.OK);
        return result.response();
    }
}
