package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.emulator.AccessAnalyzerStub;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.BackupStub;
import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.ConfigComplianceStub.RuleCompliance;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.GuardDutyFindingsStub;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.SecurityHubStub.EnabledStandard;
import dev.auditpack.emulator.Seed;
import dev.auditpack.emulator.SsmStub;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * Every collector over a whole account in two regions, through the emulator gateway with the Artifact stub
 * attached: when AWS answers everything, the collection is clean. No error, and a file from every collector
 * for every target: account-wide and organization collectors once under {@code global}, regional ones per
 * region. The account is in no organization, which moto answers with {@code AWSOrganizationsNotInUseException}:
 * recorded as ABSENT, so organizations.structure has its file too.
 */
@ExtendWith(MotoServer.class)
class WholeAccountIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final Instant NOW = Instant.parse("2026-11-26T06:30:00Z");
    /** What the gateway answers itself, because moto 5.2.1 lacks it. */
    private static final List<String> STUBBED = List.of(
            "Ssm:DescribeInstanceInformation",
            "Ssm:DescribeInstancePatchStates",
            "Config:DescribeComplianceByConfigRule",
            "SecurityHub:GetEnabledStandards",
            "AccessAnalyzer:ListAnalyzers",
            "AccessAnalyzer:ListFindings",
            "CloudFront:ListDistributions",
            "Backup:ListProtectedResources",
            "Backup:ListBackupSelections",
            "Backup:GetBackupSelection",
            "Backup:ListBackupJobs",
            "GuardDuty:ListFindings",
            "GuardDuty:GetFindings",
            "Ec2:GetEbsDefaultKmsKeyId");

    @TempDir
    static Path dir;

    private static EmulatorGateway gateway;
    private static ArtifactStub artifact;
    private static EvidenceIndex index;
    private static final CallRecorder CALLS = new CallRecorder();

    @BeforeAll
    static void collect() {
        MOTO.reset();
        new Seed(MOTO).misconfigured();
        gateway = new EmulatorGateway(MOTO.endpoint());
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
        gateway.attach(artifact);
        seedTheRest();
        index = new CollectionRun(
                        Emulated.settings(gateway, REGIONS.toArray(String[]::new))
                                .withInterceptors(List.of(CALLS)),
                        Emulated.credentials(),
                        Collector.all(),
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"));
    }

    /**
     * Beyond the misconfigured account, what makes each collector ask its follow-up calls: a KMS key, a
     * GuardDuty detector and a DynamoDB table in moto; instances SSM manages, a Config rule and its compliance,
     * Security Hub with a standard, an analyzer, and a backup plan with a selection and a backed-up volume,
     * partly in the stubs.
     */
    private static void seedTheRest() {
        try (KmsClient kms = Emulated.client(KmsClient.builder(), MOTO, "eu-west-1");
                GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), MOTO, "eu-west-1");
                DynamoDbClient dynamo = Emulated.client(DynamoDbClient.builder(), MOTO, "eu-west-1")) {
            kms.createKey(r -> r.description("application data"));
            guardDuty.createDetector(r -> r.enable(true));
            dynamo.createTable(r -> r.tableName("sessions")
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MOTO, "us-east-1");
                ConfigClient config = Emulated.client(ConfigClient.builder(), MOTO, "eu-west-1");
                SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), MOTO, "us-east-1");
                BackupClient backup = Emulated.client(BackupClient.builder(), MOTO, "eu-west-1")) {
            String image = ec2.describeImages(r -> {}).images().get(0).imageId();
            List<String> instances =
                    ec2.runInstances(r -> r.imageId(image).minCount(2).maxCount(2)).instances().stream()
                            .map(Instance::instanceId)
                            .toList();
            gateway.ssm()
                    .instances(
                            ACCOUNT,
                            "us-east-1",
                            instances.stream()
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
            gateway.ssm()
                    .patchStates(
                            ACCOUNT,
                            "us-east-1",
                            instances.stream()
                                    .map(id -> new SsmStub.PatchState(
                                            id,
                                            "default",
                                            "pb-0c10e65780e3b1f3a",
                                            "Scan",
                                            NOW.minusSeconds(600),
                                            NOW,
                                            97,
                                            2,
                                            0,
                                            0,
                                            11,
                                            1,
                                            1))
                                    .toList());

            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::123456789012:role/aws-config")
                    .recordingGroup(g -> g.allSupported(true))));
            config.putConfigRule(r -> r.configRule(c -> c.configRuleName("s3-bucket-public-read-prohibited")
                    .source(s -> s.owner(Owner.AWS).sourceIdentifier("S3_BUCKET_PUBLIC_READ_PROHIBITED"))));
            gateway.config()
                    .rules(
                            ACCOUNT,
                            "eu-west-1",
                            List.of(new RuleCompliance("s3-bucket-public-read-prohibited", "NON_COMPLIANT", 1)));

            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
            // One control finding, so securityhub.findings records an answer with something in it.
            hub.batchImportFindings(r -> r.findings(f -> f.schemaVersion("2018-10-08")
                    .id("arn:aws:securityhub:us-east-1:" + ACCOUNT + ":security-control/S3.8/finding/0001")
                    .productArn("arn:aws:securityhub:us-east-1::product/aws/securityhub")
                    .generatorId("security-control/S3.8")
                    .awsAccountId(ACCOUNT)
                    .types("Software and Configuration Checks/Industry and Regulatory Standards")
                    .createdAt("2026-11-20T08:00:00.000Z")
                    .updatedAt("2026-11-20T08:00:00.000Z")
                    .severity(s -> s.label("HIGH"))
                    .title("S3 general purpose buckets should block public access")
                    .description("S3.8")
                    .compliance(c -> c.status("FAILED").securityControlId("S3.8"))
                    .resources(x -> x.type("AwsS3Bucket").id("arn:aws:s3:::public-bucket"))));
            gateway.securityHub()
                    .standards(
                            ACCOUNT,
                            "us-east-1",
                            List.of(EnabledStandard.of(
                                    ACCOUNT,
                                    "us-east-1",
                                    "aws-foundational-security-best-practices/v/1.0.0",
                                    "READY")));

            gateway.accessAnalyzer()
                    .analyzers(
                            ACCOUNT,
                            "us-east-1",
                            List.of(new AccessAnalyzerStub.Analyzer("external-access", "ACCOUNT", "ACTIVE", NOW)));

            String plan = backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName("nightly")
                            .rules(rule -> rule.ruleName("nightly-35d")
                                    .targetBackupVaultName("Default")
                                    .scheduleExpression("cron(0 3 * * ? *)")
                                    .lifecycle(l -> l.deleteAfterDays(35L)))))
                    .backupPlanId();
            String volume = "arn:aws:ec2:eu-west-1:123456789012:volume/vol-0a1b2c3d4e5f60718";
            gateway.backup()
                    .selections(
                            ACCOUNT,
                            "eu-west-1",
                            List.of(BackupStub.Selection.ofResources(
                                    plan,
                                    "6d1f0c2a-3b4e-4f50-8a61-7b8c9d0e1f20",
                                    "volumes",
                                    "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
                                    NOW,
                                    volume)));
            gateway.backup()
                    .protectedResources(
                            ACCOUNT,
                            "eu-west-1",
                            List.of(new BackupStub.ProtectedResource(
                                    volume,
                                    "EBS",
                                    "vol-0a1b2c3d4e5f60718",
                                    NOW,
                                    "arn:aws:backup:eu-west-1:123456789012:backup-vault:Default",
                                    "arn:aws:ec2:eu-west-1::snapshot/snap-0123456789abcdef0")));
            gateway.backup()
                    .jobs(
                            ACCOUNT,
                            "eu-west-1",
                            List.of(new BackupStub.BackupJob(
                                    "b1d2e3f4-0000-4000-8000-000000000001",
                                    volume,
                                    "EBS",
                                    "COMPLETED",
                                    NOW,
                                    NOW.plusSeconds(600),
                                    "Default",
                                    null)));
            gateway.guardDuty()
                    .findings(
                            ACCOUNT,
                            "eu-west-1",
                            List.of(new GuardDutyFindingsStub.Finding(
                                    "60c1f2e3d4b5a69788796a5b4c3d2e1f",
                                    "Recon:EC2/PortProbeUnprotectedPort",
                                    2.0,
                                    NOW,
                                    NOW,
                                    false,
                                    "Instance",
                                    "i-0a1b2c3d4e5f60718",
                                    1)));
        }
    }

    @AfterAll
    static void close() {
        gateway.close();
        artifact.close();
    }

    @Test
    void noCollectionErrors() {
        assertThat(index.errors()).isEmpty();
        assertThat(Locker.open(dir).verify()).isEmpty();
    }

    /** Collectors that run without being asked for (Artifact downloads are opt-in). */
    private static List<Collector> byDefault() {
        AwsSettings plain = AwsSettings.defaults(REGIONS);
        return Collector.all().stream().filter(c -> c.enabled(plain)).toList();
    }

    @Test
    void everyCollectorHasAFileForEveryTarget() {
        Set<String> expected = new TreeSet<>();
        for (Collector c : byDefault()) {
            if (c.scope() == CollectorScope.REGIONAL) {
                REGIONS.forEach(region -> expected.add("raw/" + ACCOUNT + "/" + region + "/" + c.id() + ".json"));
            } else {
                expected.add("raw/" + ACCOUNT + "/global/" + c.id() + ".json");
            }
        }
        assertThat(index.evidence()).extracting(EvidenceEntry::path).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize((int) (byDefault().stream()
                        .filter(c -> c.scope() != CollectorScope.REGIONAL)
                        .count()
                + 2
                        * byDefault().stream()
                                .filter(c -> c.scope() == CollectorScope.REGIONAL)
                                .count()));
    }

    @Test
    void anAccountInNoOrganizationIsAbsentWithAFile() {
        Locker locker = Locker.open(dir);
        EvidenceEntry entry = index.evidence().stream()
                .filter(e -> e.collector().equals("organizations.structure"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.region()).isEqualTo("global");
        OperationResult described =
                OperationResult.from(locker.read(entry).data().get("DescribeOrganization"));
        assertThat(described.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(described.errorCode()).isEqualTo("AWSOrganizationsNotInUseException");
    }

    @Test
    void everyCallIsADeclaredReadOnlyOperationAndEveryStubbedOneWasMade() {
        Set<String> declared = byDefault().stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .collect(Collectors.toSet());
        List<String> calls = CALLS.calls().stream()
                .filter(c -> !c.equals("Sts:GetCallerIdentity"))
                .toList();
        assertThat(calls)
                .allSatisfy(call ->
                        assertThat(declared).as("declared read-only operations").contains(call));
        assertThat(calls).containsAll(STUBBED);

        Set<String> notCalled = new TreeSet<>(declared);
        notCalled.removeAll(CALLS.calls());
        assertThat(notCalled)
                .as("declared but not called: the misconfigured account has no trail and no organization")
                .containsExactly(
                        "CloudTrail:GetEventSelectors",
                        "CloudTrail:GetTrailStatus",
                        "Organizations:ListAccountsForParent",
                        "Organizations:ListOrganizationalUnitsForParent",
                        "Organizations:ListRoots");
    }
}
