package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.GatewayClients;
import dev.auditpack.emulator.GatewayFixture;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Answers cut off on the wire, in every protocol: the HTTP client auditpack uses fails them, the SDK retries them
 * like a reset, and when every attempt is cut off the call is a collection error, never an empty answer.
 */
@ExtendWith(MotoServer.class)
class CutOffAnswersIT {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String REGION = "us-east-1";
    private static final String BUCKET = "cut-off-answers";
    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
            "Action":"s3:GetObject","Resource":"arn:aws:s3:::cut-off-answers/*"}]}""";
    private static final String MEMBER = "222222222222";
    private static final List<Fault> DAMAGE =
            List.of(Fault.CUT_AFTER_HEADERS, Fault.CUT_MID_BODY, Fault.CUT_CHUNKED, Fault.SHORT_LENGTH);

    @BeforeAll
    static void seed() {
        MotoServer moto = MotoServer.get();
        moto.reset();
        try (IamClient iam = Emulated.iam(moto);
                S3Client s3 = Emulated.s3(moto, REGION);
                CloudTrailClient trail = Emulated.cloudTrail(moto, REGION);
                DynamoDbClient dynamo = Emulated.client(DynamoDbClient.builder(), moto, REGION);
                GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), moto, REGION)) {
            iam.createUser(r -> r.userName("alice"));
            s3.createBucket(r -> r.bucket(BUCKET));
            s3.putBucketPolicy(r -> r.bucket(BUCKET).policy(POLICY));
            trail.createTrail(r -> r.name("main").s3BucketName(BUCKET));
            dynamo.createTable(r -> r.tableName("orders")
                    .billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType("S"))
                    .keySchema(k -> k.attributeName("id").keyType("HASH")));
            guardDuty.createDetector(r -> r.enable(true));
        }
    }

    @TempDir
    Path dir;

    @BeforeEach
    void clean() {
        GATEWAY.faults(FaultPlan.none());
    }

    private static AwsClients clients(SdkHttpClient http, int attempts) {
        return new AwsClients(
                Emulated.credentials(), http, Emulated.settings(GATEWAY, REGION).withRetries(attempts));
    }

    /** One call per protocol, by the gateway's {@code service:Operation} key, each giving what it found. */
    private static Map<String, Supplier<Object>> calls(AwsClients aws) {
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put(
                "sts:GetCallerIdentity",
                () -> aws.client(StsClient.class, REGION).getCallerIdentity().account());
        calls.put(
                "iam:ListUsers",
                () -> aws.client(IamClient.class, "aws-global")
                        .listUsers()
                        .users()
                        .size());
        calls.put(
                "ec2:DescribeSecurityGroups",
                () -> aws.client(Ec2Client.class, REGION)
                        .describeSecurityGroups()
                        .securityGroups()
                        .size());
        calls.put(
                "s3:ListBuckets",
                () -> aws.client(S3Client.class, REGION).listBuckets().buckets().size());
        calls.put(
                "s3:GetBucketPolicy",
                () -> aws.client(S3Client.class, REGION)
                        .getBucketPolicy(r -> r.bucket(BUCKET))
                        .policy());
        calls.put(
                "cloudtrail:DescribeTrails",
                () -> aws.client(CloudTrailClient.class, REGION)
                        .describeTrails()
                        .trailList()
                        .size());
        calls.put(
                "dynamodb:ListTables",
                () -> aws.client(DynamoDbClient.class, REGION)
                        .listTables()
                        .tableNames()
                        .size());
        calls.put(
                "guardduty:ListDetectors",
                () -> aws.client(GuardDutyClient.class, REGION)
                        .listDetectors(r -> {})
                        .detectorIds()
                        .size());
        return calls;
    }

    @Test
    void aCutOffAnswerIsRetriedAndTheRetryGetsTheWholeAnswer() {
        try (SdkHttpClient http = CompleteResponses.overUrlConnection();
                AwsClients aws = clients(http, 2)) {
            Map<String, Supplier<Object>> calls = calls(aws);
            Map<String, Object> whole = new LinkedHashMap<>();
            calls.forEach((key, call) -> whole.put(key, call.get()));
            assertThat(whole)
                    .as("seeded")
                    .containsEntry("iam:ListUsers", 1)
                    .containsEntry("s3:ListBuckets", 1)
                    .containsEntry("cloudtrail:DescribeTrails", 1)
                    .containsEntry("dynamodb:ListTables", 1)
                    .containsEntry("guardduty:ListDetectors", 1)
                    .containsEntry("sts:GetCallerIdentity", Emulated.ACCOUNT);
            for (Fault fault : DAMAGE) {
                for (var call : calls.entrySet()) {
                    // every second call of this operation is damaged: the first goes through, the second is cut
                    // off, and its retry (the third) goes through again
                    GATEWAY.faults(FaultPlan.every(2, fault).onlyFor(call.getKey()));
                    long before = GATEWAY.faultsInjected().get(fault);
                    assertThat(call.getValue().get()).isEqualTo(whole.get(call.getKey()));
                    assertThat(call.getValue().get())
                            .as(fault + " " + call.getKey())
                            .isEqualTo(whole.get(call.getKey()));
                    assertThat(GATEWAY.faultsInjected().get(fault))
                            .as(fault + " " + call.getKey())
                            .isEqualTo(before + 1);
                }
            }
        }
    }

    @Test
    void whenEveryAttemptIsCutOffTheCallIsACollectionErrorNamingTheOperation() {
        Operation listUsers = Operation.of("Iam", "ListUsers");
        Operation getPolicy = Operation.of("S3", "GetBucketPolicy");
        try (SdkHttpClient http = CompleteResponses.overUrlConnection();
                AwsClients aws = clients(http, 2)) {
            for (Fault fault : DAMAGE) {
                GATEWAY.faults(FaultPlan.every(1, fault).onlyFor("iam:ListUsers", "s3:GetBucketPolicy"));
                EvidenceRecorder recorder =
                        new EvidenceRecorder("test", new Target(Emulated.ACCOUNT, "global"), Clock.systemUTC());
                var users = recorder.call(
                        listUsers,
                        null,
                        () -> aws.client(IamClient.class, "aws-global").listUsers());
                var policy = recorder.call(
                        getPolicy,
                        BUCKET,
                        () -> aws.client(S3Client.class, REGION).getBucketPolicy(r -> r.bucket(BUCKET)),
                        "NoSuchBucketPolicy");
                assertThat(users.value()).as(fault.name()).isEmpty();
                assertThat(policy.value()).as(fault.name()).isEmpty();
                EvidenceDocument doc = recorder.finish();
                assertThat(doc.errors())
                        .as(fault.name())
                        .extracting(CollectionError::operation)
                        .containsExactly("iam:ListUsers", "s3:GetBucketPolicy");
                String expected = fault == Fault.SHORT_LENGTH ? AwsErrors.MALFORMED : AwsErrors.INCOMPLETE;
                assertThat(doc.errors()).as(fault.name()).allSatisfy(e -> {
                    assertThat(e.errorCode()).isEqualTo(expected);
                    assertThat(e.category())
                            .isEqualTo(fault == Fault.SHORT_LENGTH ? ErrorCategory.OTHER : ErrorCategory.TIMEOUT);
                });
            }
        }
        assertThat(GATEWAY.faultsInjected())
                .as("two attempts of two calls per fault")
                .containsEntry(Fault.CUT_AFTER_HEADERS, 4L)
                .containsEntry(Fault.SHORT_LENGTH, 4L);
    }

    @Test
    void theBareUrlConnectionClientTakesAnAnswerCutAfterItsHeadersForAnEmptyOne() {
        // Why auditpack checks answers: HttpURLConnection ends a short fixed-length body without an error, and
        // the SDK reads the empty body as an answer listing nothing.
        GATEWAY.faults(
                FaultPlan.every(1, Fault.CUT_AFTER_HEADERS).onlyFor("iam:ListUsers", "cloudtrail:DescribeTrails"));
        try (IamClient iam = GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global");
                CloudTrailClient trail = GatewayClients.oneAttempt(CloudTrailClient.builder(), GATEWAY, REGION)) {
            assertThat(iam.listUsers().users()).isEmpty();
            assertThat(trail.describeTrails().trailList()).isEmpty();
        }
        assertThat(GATEWAY.faultsInjected()).containsEntry(Fault.CUT_AFTER_HEADERS, 2L);
    }

    @Test
    void anAccountWhoseProbeIsCutOffIsStillCollected() {
        // The run's own GetCallerIdentity goes through; every later one, the member account's probe included, is cut
        // off. The member's collectors still run: only a refusal makes an account unreachable.
        GATEWAY.faults(FaultPlan.every(1, Fault.CUT_MID_BODY)
                .onlyFor("sts:GetCallerIdentity")
                .sparing(1));
        List<Collector> collectors = Collector.all().stream()
                .filter(c -> c.id().equals("sts.caller_identity") || c.id().equals("iam.account_summary"))
                .toList();
        ScopeRequest scope = new ScopeRequest(
                List.of(Emulated.ACCOUNT, MEMBER),
                false,
                "AuditpackReadOnly",
                java.util.Optional.empty(),
                List.of(REGION),
                false,
                java.time.Duration.ofHours(1));
        EvidenceIndex index = new CollectionRun(
                        Emulated.settings(GATEWAY, REGION).withRetries(2),
                        Emulated.credentials(),
                        collectors,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), AuditPeriod.parse("2026-Q4"), scope);

        assertThat(index.evidence())
                .extracting(e -> e.account() + " " + e.collector())
                .contains(MEMBER + " iam.account_summary", Emulated.ACCOUNT + " iam.account_summary");
        assertThat(index.errors()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("sts:GetCallerIdentity");
            assertThat(e.errorCode()).isEqualTo(AwsErrors.INCOMPLETE);
            assertThat(e.message()).doesNotContain("not reachable");
        });
        assertThat(index.errors()).extracting(CollectionError::account).contains(MEMBER);
        assertThat(GATEWAY.faultsInjected().get(Fault.CUT_MID_BODY))
                .as("probe and collectors, two attempts each")
                .isGreaterThanOrEqualTo(6L);
    }
}
