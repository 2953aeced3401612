package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.artifact.ArtifactClient;
import software.amazon.awssdk.services.artifact.model.ReportSummary;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.sts.StsClient;

/** Calls moto implements pass through the gateway unchanged, one at a time and hundreds at once. */
@ExtendWith(MotoServer.class)
class GatewayForwardingTest {

    private static final MotoServer MOTO = MotoServer.get();

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();

    @Test
    void queryRestXmlEc2AndJsonCallsReturnMotosData() {
        try (IamClient direct = Emulated.iam(MOTO)) {
            direct.createUser(r -> r.userName("alice"));
        }
        try (IamClient iam = GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global");
                S3Client s3 = GatewayClients.oneAttempt(S3Client.builder().forcePathStyle(true), GATEWAY, "eu-west-1");
                Ec2Client ec2 = GatewayClients.oneAttempt(Ec2Client.builder(), GATEWAY, "eu-west-1");
                ConfigClient config = GatewayClients.oneAttempt(ConfigClient.builder(), GATEWAY, "eu-west-1")) {
            assertThat(iam.listUsers().users()).extracting(User::userName).containsExactly("alice");

            s3.createBucket(
                    r -> r.bucket("evidence").createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
            s3.putObject(r -> r.bucket("evidence").key("a/b c.txt"), RequestBody.fromString("hello"));
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("evidence");
            assertThat(s3.getObjectAsBytes(r -> r.bucket("evidence").key("a/b c.txt"))
                            .asUtf8String())
                    .isEqualTo("hello");
            assertThat(s3.headObject(r -> r.bucket("evidence").key("a/b c.txt")).contentLength())
                    .isEqualTo(5);

            assertThat(ec2.describeVpcs().vpcs()).as("moto's default VPC").hasSize(1);

            config.putConfigurationRecorder(r ->
                    r.configurationRecorder(c -> c.name("default").roleARN("arn:aws:iam::123456789012:role/config")));
            assertThat(config.describeConfigurationRecorders().configurationRecorders())
                    .singleElement()
                    .satisfies(c -> assertThat(c.name()).isEqualTo("default"));
        }
        assertThat(GATEWAY.metrics().byOperation())
                .containsEntry("iam:ListUsers", 1L)
                .containsEntry("s3:ListBuckets", 1L)
                .containsEntry("s3:PutObject", 1L)
                .containsEntry("s3:HeadObject", 1L)
                .containsEntry("ec2:DescribeVpcs", 1L)
                .containsEntry("config:DescribeConfigurationRecorders", 1L);
    }

    @Test
    void artifactGoesToTheAttachedStub() {
        try (ArtifactStub artifact = new ArtifactStub();
                ArtifactClient client = GatewayClients.oneAttempt(ArtifactClient.builder(), GATEWAY, "us-east-1")) {
            artifact.add(new ArtifactStub.Report(
                    "report-0000000000000001",
                    "AWS SOC 2 Type 2 Report",
                    "SOC",
                    "Certifications and Attestations",
                    3,
                    Seed.at("2025-10-01"),
                    Seed.at("2026-09-30"),
                    "PUBLISHED"));
            GATEWAY.attach(artifact);
            assertThat(client.listReportsPaginator(r -> r.maxResults(10)).reports())
                    .extracting(ReportSummary::name)
                    .containsExactly("AWS SOC 2 Type 2 Report");
            assertThat(artifact.requests()).singleElement().asString().startsWith("GET /v1/report/list");
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("artifact:ListReports", 1L);
    }

    @Test
    void hundredsOfConcurrentCallsAllSucceed() throws Exception {
        int callers = 300;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (StsClient sts =
                GatewayClients.retrying(StsClient.builder(), GATEWAY.endpoint(), Emulated.credentials(), "us-east-1")) {
            GATEWAY.delay(java.time.Duration.ofMillis(200));
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(() -> sts.getCallerIdentity().account());
            }
            List<String> accounts = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                accounts.add(f.get());
            }
            assertThat(accounts).hasSize(callers).containsOnly(Emulated.ACCOUNT);
            assertThat(GATEWAY.calls()).isEqualTo(callers);
        } finally {
            pool.shutdownNow();
        }
    }
}
