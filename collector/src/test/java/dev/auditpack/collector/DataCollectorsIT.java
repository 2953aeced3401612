package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.collector.aws.backup.BackupPlansCollector;
import dev.auditpack.collector.aws.backup.BackupProtectedResourcesCollector;
import dev.auditpack.collector.aws.ec2.Ec2EbsEncryptionCollector;
import dev.auditpack.collector.aws.kms.KmsKeysCollector;
import dev.auditpack.collector.aws.rds.RdsClustersCollector;
import dev.auditpack.collector.aws.rds.RdsInstancesCollector;
import dev.auditpack.collector.aws.s3.S3BucketsCollector;
import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockRetentionMode;

/**
 * The data-protection collectors against moto, seeded through the AWS APIs: KMS keys with rotation on and
 * off, an encrypted public database and an unencrypted private one, a cluster, encrypted and unencrypted
 * volumes, backup plans, and buckets with a policy, access logging and Object Lock. What moto 5.2.1 does
 * not implement (GetEbsDefaultKmsKeyId, backup selections, ListProtectedResources) is tested on its error
 * path: a recorded ERROR, never an empty answer.
 */
@ExtendWith(MotoServer.class)
class DataCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String HOME = "us-east-1";
    private static final String OTHER = "eu-west-1";
    private static final String PASSWORD = "Sup3r-Secret-Db-Passw0rd";

    private static final List<Collector> COLLECTORS = List.of(
            new S3BucketsCollector(),
            new KmsKeysCollector(),
            new RdsInstancesCollector(),
            new RdsClustersCollector(),
            new Ec2EbsEncryptionCollector(),
            new BackupPlansCollector(),
            new BackupProtectedResourcesCollector());

    private static String rotatingKey;
    private static String staticKey;
    private static String signingKey;
    private static String encryptedVolume;
    private static String plainVolume;
    private static String instance;
    private static final List<String> planArns = new ArrayList<>();

    private static final CallRecorder calls = new CallRecorder();

    @TempDir
    static Path dir;

    private static Locker locker;

    @BeforeAll
    static void seedAndCollect() {
        seedKeys();
        seedDatabases();
        seedVolumes();
        seedBackupPlans();
        seedBuckets();
        var settings = Emulated.settings(MOTO, null, HOME, OTHER).withInterceptors(List.of(calls));
        new CollectionRun(
                        settings,
                        Emulated.credentials(),
                        COLLECTORS,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"));
        locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
    }

    private static void seedKeys() {
        try (KmsClient kms = Emulated.client(KmsClient.builder(), MOTO, HOME)) {
            rotatingKey = kms.createKey(r -> r.description("orders data"))
                    .keyMetadata()
                    .keyId();
            kms.enableKeyRotation(r -> r.keyId(rotatingKey));
            staticKey = kms.createKey(r -> r.description("legacy exports"))
                    .keyMetadata()
                    .keyId();
            signingKey = kms.createKey(r -> r.description("release signing")
                            .keySpec(KeySpec.RSA_2048)
                            .keyUsage(KeyUsageType.SIGN_VERIFY))
                    .keyMetadata()
                    .keyId();
        }
    }

    private static void seedDatabases() {
        try (RdsClient rds = Emulated.client(RdsClient.builder(), MOTO, HOME)) {
            rds.createDBInstance(r -> r.dbInstanceIdentifier("orders-db")
                    .engine("postgres")
                    .dbInstanceClass("db.t3.micro")
                    .allocatedStorage(20)
                    .masterUsername("orders")
                    .masterUserPassword(PASSWORD)
                    .storageEncrypted(true)
                    .publiclyAccessible(true)
                    .backupRetentionPeriod(7)
                    .multiAZ(false));
            rds.createDBInstance(r -> r.dbInstanceIdentifier("analytics-db")
                    .engine("mysql")
                    .dbInstanceClass("db.t3.micro")
                    .allocatedStorage(20)
                    .masterUsername("analytics")
                    .masterUserPassword(PASSWORD)
                    .storageEncrypted(false)
                    .publiclyAccessible(false)
                    .backupRetentionPeriod(0)
                    .multiAZ(true));
            rds.createDBCluster(r -> r.dbClusterIdentifier("ledger")
                    .engine("aurora-postgresql")
                    .masterUsername("ledger")
                    .masterUserPassword(PASSWORD)
                    .storageEncrypted(true)
                    .backupRetentionPeriod(14)
                    .deletionProtection(true));
        }
    }

    private static void seedVolumes() {
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MOTO, HOME);
                Ec2Client other = Emulated.client(Ec2Client.builder(), MOTO, OTHER)) {
            ec2.enableEbsEncryptionByDefault(r -> {});
            String keyArn = "arn:aws:kms:" + HOME + ":" + Emulated.ACCOUNT + ":key/" + rotatingKey;
            encryptedVolume = ec2.createVolume(r -> r.availabilityZone(HOME + "a")
                            .size(10)
                            .encrypted(true)
                            .kmsKeyId(keyArn))
                    .volumeId();
            plainVolume = ec2.createVolume(
                            r -> r.availabilityZone(HOME + "b").size(5).encrypted(false))
                    .volumeId();
            String image = ec2.describeImages(r -> {}).images().get(0).imageId();
            instance = ec2.runInstances(r -> r.imageId(image)
                            .instanceType(InstanceType.T3_MICRO)
                            .minCount(1)
                            .maxCount(1)
                            .placement(p -> p.availabilityZone(HOME + "a")))
                    .instances()
                    .get(0)
                    .instanceId();
            ec2.attachVolume(
                    r -> r.volumeId(encryptedVolume).instanceId(instance).device("/dev/sdf"));
            other.createVolume(r -> r.availabilityZone(OTHER + "a").size(8));
        }
    }

    private static void seedBackupPlans() {
        try (BackupClient backup = Emulated.client(BackupClient.builder(), MOTO, HOME)) {
            for (String name : List.of("weekly", "daily-35d")) {
                planArns.add(backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName(name)
                                .rules(rule -> rule.ruleName(name + "-rule")
                                        .targetBackupVaultName("Default")
                                        .scheduleExpression("cron(0 5 * * ? *)")
                                        .lifecycle(l -> l.deleteAfterDays(35L)))))
                        .backupPlanArn());
            }
            planArns.sort(null);
            // moto 5.2.1 has no CreateBackupSelection (HTTP 500), so no plan can be given a selection here.
        }
    }

    private static void seedBuckets() {
        try (S3Client s3 = Emulated.s3(MOTO, HOME)) {
            s3.createBucket(r -> r.bucket("acme-logs"));
            s3.putBucketPolicy(r -> r.bucket("acme-logs").policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"S3ServerAccessLogs","Effect":"Allow",
                    "Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject",
                    "Resource":"arn:aws:s3:::acme-logs/*"}]}"""));
            s3.createBucket(r -> r.bucket("acme-data"));
            s3.putBucketLogging(r -> r.bucket("acme-data")
                    .bucketLoggingStatus(l ->
                            l.loggingEnabled(e -> e.targetBucket("acme-logs").targetPrefix("acme-data/"))));
            s3.createBucket(r -> r.bucket("acme-records").objectLockEnabledForBucket(true));
            s3.putObjectLockConfiguration(r -> r.bucket("acme-records")
                    .objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
                            .rule(rule -> rule.defaultRetention(d ->
                                    d.mode(ObjectLockRetentionMode.GOVERNANCE).days(30)))));
        }
    }

    @Test
    void onlyDeclaredReadOnlyOperationsAreCalled() {
        List<String> declared = COLLECTORS.stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .toList();
        assertThat(calls.calls())
                .as("besides the run's own GetCallerIdentity")
                .filteredOn(call -> !call.equals("Sts:GetCallerIdentity"))
                .isNotEmpty()
                .allSatisfy(call -> assertThat(declared).contains(call));
        assertThat(calls.calls())
                .contains(
                        "S3:GetBucketPolicy",
                        "S3:GetBucketLogging",
                        "S3:GetObjectLockConfiguration",
                        "Kms:DescribeKey",
                        "Kms:GetKeyRotationStatus",
                        "Rds:DescribeDBInstances",
                        "Rds:DescribeDBClusters",
                        "Ec2:GetEbsEncryptionByDefault",
                        "Ec2:GetEbsDefaultKmsKeyId",
                        "Ec2:DescribeVolumes",
                        "Backup:GetBackupPlan",
                        "Backup:ListBackupSelections",
                        "Backup:ListProtectedResources");
    }

    @Test
    void bucketsCarryTheirPolicyLoggingAndObjectLock() {
        JsonNode buckets = doc("s3.buckets", "global").data().get("Buckets");
        assertThat(values(buckets, "Name")).containsExactly("acme-data", "acme-logs", "acme-records");

        JsonNode data = buckets.get(0).path("calls");
        assertAbsent(data.get("GetBucketPolicy"), "NoSuchBucketPolicy");
        JsonNode logging = ok(data.get("GetBucketLogging")).path("LoggingEnabled");
        assertThat(logging.path("TargetBucket").asText()).isEqualTo("acme-logs");
        assertThat(logging.path("TargetPrefix").asText()).isEqualTo("acme-data/");
        assertAbsent(data.get("GetObjectLockConfiguration"), "ObjectLockConfigurationNotFoundError");

        JsonNode logs = buckets.get(1).path("calls");
        JsonNode policy = json(ok(logs.get("GetBucketPolicy")).path("Policy").asText());
        assertThat(policy.path("Statement")
                        .get(0)
                        .path("Principal")
                        .path("Service")
                        .asText())
                .isEqualTo("logging.s3.amazonaws.com");
        assertThat(ok(logs.get("GetBucketLogging")).has("LoggingEnabled"))
                .as("logging off is an answer without it")
                .isFalse();

        JsonNode lock = ok(buckets.get(2).path("calls").get("GetObjectLockConfiguration"))
                .path("ObjectLockConfiguration");
        assertThat(lock.path("ObjectLockEnabled").asText()).isEqualTo("Enabled");
        assertThat(lock.path("Rule").path("DefaultRetention").path("Mode").asText())
                .isEqualTo("GOVERNANCE");
        assertThat(lock.path("Rule").path("DefaultRetention").path("Days").asInt())
                .isEqualTo(30);
    }

    @Test
    void keysCarryTheirMetadataAndRotationOnlyForCustomerSymmetricKeys() {
        EvidenceDocument doc = doc("kms.keys", HOME);
        assertThat(doc.errors()).isEmpty();
        JsonNode keys = doc.data().get("Keys");
        assertThat(values(keys, "KeyId")).isSorted().containsExactlyInAnyOrder(rotatingKey, staticKey, signingKey);
        for (JsonNode key : keys) {
            JsonNode metadata = ok(key.path("calls").get("DescribeKey")).path("KeyMetadata");
            assertThat(metadata.path("KeyManager").asText()).isEqualTo("CUSTOMER");
            assertThat(metadata.path("KeyState").asText()).isEqualTo("Enabled");
            assertThat(metadata.path("Origin").asText()).isEqualTo("AWS_KMS");
            String id = key.path("KeyId").asText();
            if (id.equals(signingKey)) {
                assertThat(metadata.path("KeySpec").asText()).isEqualTo("RSA_2048");
                assertThat(key.path("calls").has("GetKeyRotationStatus"))
                        .as("asymmetric keys are not asked")
                        .isFalse();
            } else {
                assertThat(ok(key.path("calls").get("GetKeyRotationStatus"))
                                .path("KeyRotationEnabled")
                                .asBoolean())
                        .as(id)
                        .isEqualTo(id.equals(rotatingKey));
            }
        }
        assertThat(doc("kms.keys", OTHER).data().get("Keys"))
                .as("no keys there is an empty answer")
                .isEmpty();
    }

    @Test
    void databaseInstancesAndClustersAreRecordedAsReturned() throws Exception {
        JsonNode instances = doc("rds.instances", HOME).data().get("DBInstances");
        assertThat(values(instances, "DBInstanceIdentifier")).containsExactly("analytics-db", "orders-db");
        JsonNode analytics = instances.get(0);
        assertThat(analytics.path("StorageEncrypted").asBoolean()).isFalse();
        assertThat(analytics.path("PubliclyAccessible").asBoolean()).isFalse();
        assertThat(analytics.path("MultiAZ").asBoolean()).isTrue();
        assertThat(analytics.path("BackupRetentionPeriod").asInt()).isZero();
        JsonNode orders = instances.get(1);
        assertThat(orders.path("Engine").asText()).isEqualTo("postgres");
        assertThat(orders.path("StorageEncrypted").asBoolean()).isTrue();
        assertThat(orders.path("PubliclyAccessible").asBoolean()).isTrue();
        assertThat(orders.path("MultiAZ").asBoolean()).isFalse();
        assertThat(orders.path("BackupRetentionPeriod").asInt()).isEqualTo(7);

        JsonNode clusters = doc("rds.clusters", HOME).data().get("DBClusters");
        assertThat(values(clusters, "DBClusterIdentifier")).containsExactly("ledger");
        assertThat(clusters.get(0).path("Engine").asText()).isEqualTo("aurora-postgresql");
        assertThat(clusters.get(0).path("StorageEncrypted").asBoolean()).isTrue();
        assertThat(clusters.get(0).path("BackupRetentionPeriod").asInt()).isEqualTo(14);
        assertThat(clusters.get(0).path("DeletionProtection").asBoolean()).isTrue();

        assertThat(doc("rds.instances", OTHER).data().get("DBInstances")).isEmpty();
        assertThat(doc("rds.clusters", OTHER).data().get("DBClusters")).isEmpty();
        for (String collector : List.of("rds.instances", "rds.clusters")) {
            assertThat(Files.readString(dir.resolve(entry(collector, HOME).path())))
                    .doesNotContain(PASSWORD);
        }
    }

    @Test
    void volumesCarryTheirEncryptionAndTheRegionItsDefault() {
        EvidenceDocument home = doc("ec2.ebs_encryption", HOME);
        assertThat(ok(home.data().get("GetEbsEncryptionByDefault"))
                        .path("EbsEncryptionByDefault")
                        .asBoolean())
                .isTrue();
        JsonNode volumes = home.data().get("Volumes");
        assertThat(values(volumes, "VolumeId")).isSorted().contains(encryptedVolume, plainVolume);
        JsonNode encrypted = byValue(volumes, "VolumeId", encryptedVolume);
        assertThat(encrypted.path("Encrypted").asBoolean()).isTrue();
        assertThat(encrypted.path("KmsKeyId").asText()).endsWith(":key/" + rotatingKey);
        assertThat(encrypted.path("State").asText()).isEqualTo("in-use");
        assertThat(encrypted.path("Attachments").get(0).path("InstanceId").asText())
                .isEqualTo(instance);
        JsonNode plain = byValue(volumes, "VolumeId", plainVolume);
        assertThat(plain.path("Encrypted").asBoolean()).isFalse();
        assertThat(plain.has("KmsKeyId")).isFalse();
        assertThat(plain.path("State").asText()).isEqualTo("available");

        EvidenceDocument other = doc("ec2.ebs_encryption", OTHER);
        assertThat(ok(other.data().get("GetEbsEncryptionByDefault"))
                        .path("EbsEncryptionByDefault")
                        .asBoolean())
                .isFalse();
        assertThat(other.data().get("Volumes")).hasSize(1);

        // moto 5.2.1 does not implement GetEbsDefaultKmsKeyId: an ERROR in the file, the rest still recorded.
        for (EvidenceDocument doc : List.of(home, other)) {
            OperationResult key = OperationResult.from(doc.data().get("GetEbsDefaultKmsKeyId"));
            assertThat(key.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(key.httpStatus()).isEqualTo(500);
            assertThat(doc.errors())
                    .singleElement()
                    .extracting(CollectionError::operation)
                    .isEqualTo("ec2:GetEbsDefaultKmsKeyId");
        }
    }

    @Test
    void backupPlansCarryTheirRulesAndAFailedSelectionListIsAnError() {
        EvidenceDocument doc = doc("backup.plans", HOME);
        JsonNode plans = doc.data().get("BackupPlans");
        assertThat(values(plans, "BackupPlanArn")).containsExactlyElementsOf(planArns);
        for (JsonNode plan : plans) {
            String name = plan.path("BackupPlanName").asText();
            JsonNode detail = ok(plan.path("calls").get("GetBackupPlan")).path("BackupPlan");
            assertThat(detail.path("BackupPlanName").asText()).isEqualTo(name);
            JsonNode rule = detail.path("Rules").get(0);
            assertThat(rule.path("RuleName").asText()).isEqualTo(name + "-rule");
            assertThat(rule.path("ScheduleExpression").asText()).isEqualTo("cron(0 5 * * ? *)");
            assertThat(rule.path("Lifecycle").path("DeleteAfterDays").asInt()).isEqualTo(35);
            // moto 5.2.1 does not implement ListBackupSelections: an ERROR, never an empty selection list.
            OperationResult selections = OperationResult.from(plan.path("calls").get("ListBackupSelections"));
            assertThat(selections.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(selections.httpStatus()).isEqualTo(500);
        }
        assertThat(doc.errors()).hasSize(2).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("backup:ListBackupSelections");
            assertThat(planArns).contains(e.resource());
        });
        assertThat(doc("backup.plans", OTHER).data().get("BackupPlans")).isEmpty();
    }

    /** moto 5.2.1 has no ListProtectedResources (HTTP 404): no file, an error, never an empty list. */
    @Test
    void protectedResourcesThatCannotBeReadAreAnErrorNotAnEmptyList() {
        assertThat(locker.index().evidence())
                .extracting(EvidenceEntry::collector)
                .doesNotContain("backup.protected_resources");
        List<CollectionError> errors = locker.index().errors().stream()
                .filter(e -> e.collector().equals("backup.protected_resources"))
                .toList();
        assertThat(errors).extracting(CollectionError::region).containsExactly(OTHER, HOME);
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("backup:ListProtectedResources");
            assertThat(e.iamAction()).isEqualTo("backup:ListProtectedResources");
            assertThat(e.httpStatus()).isEqualTo(404);
        });
    }

    @Test
    void theOnlyErrorsAreTheOperationsMotoLacks() {
        assertThat(locker.index().errors())
                .extracting(CollectionError::operation)
                .containsOnly(
                        "ec2:GetEbsDefaultKmsKeyId", "backup:ListBackupSelections", "backup:ListProtectedResources");
    }

    private static JsonNode ok(JsonNode recorded) {
        OperationResult result = OperationResult.from(recorded);
        assertThat(result.outcome()).as(String.valueOf(recorded)).isEqualTo(Outcome.OK);
        return result.response();
    }

    private static void assertAbsent(JsonNode recorded, String code) {
        OperationResult result = OperationResult.from(recorded);
        assertThat(result.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(result.errorCode()).isEqualTo(code);
        assertThat(result.httpStatus()).isEqualTo(404);
    }

    private static List<String> values(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(n -> n.path(field).asText())
                .toList();
    }

    private static JsonNode byValue(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(n -> n.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item with " + field + "=" + value));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static EvidenceEntry entry(String collector, String region) {
        return locker.index().evidence().stream()
                .filter(e -> e.collector().equals(collector) && e.region().equals(region))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence of " + collector + " in " + region));
    }

    private static EvidenceDocument doc(String collector, String region) {
        return locker.read(entry(collector, region));
    }
}
