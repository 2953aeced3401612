package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Injected faults reach the SDK as the exceptions real AWS failures cause, and retries ride them out. */
@ExtendWith(MotoServer.class)
class GatewayFaultTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();

    @BeforeEach
    void seed() {
        GATEWAY.ssm()
                .instances(
                        Emulated.ACCOUNT,
                        "us-east-1",
                        List.of(new SsmStub.ManagedInstance(
                                "i-0123456789abcdef0",
                                "Online",
                                Instant.parse("2026-11-27T10:00:00Z"),
                                "3.3.987.0",
                                "Linux",
                                "Ubuntu",
                                "24.04",
                                "EC2Instance")));
        GATEWAY.securityHub().hubEnabled(Emulated.ACCOUNT, "us-east-1", true);
    }

    /** One call per protocol: query, EC2, REST-XML, JSON 1.1 (forwarded and stubbed) and REST-JSON. */
    private static Map<String, Runnable> oneCallPerProtocol(List<AutoCloseable> clients) {
        IamClient iam = add(clients, GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global"));
        StsClient sts = add(clients, GatewayClients.oneAttempt(StsClient.builder(), GATEWAY, "us-east-1"));
        RdsClient rds = add(clients, GatewayClients.oneAttempt(RdsClient.builder(), GATEWAY, "us-east-1"));
        Ec2Client ec2 = add(clients, GatewayClients.oneAttempt(Ec2Client.builder(), GATEWAY, "us-east-1"));
        S3Client s3 =
                add(clients, GatewayClients.oneAttempt(S3Client.builder().forcePathStyle(true), GATEWAY, "us-east-1"));
        CloudTrailClient trail =
                add(clients, GatewayClients.oneAttempt(CloudTrailClient.builder(), GATEWAY, "us-east-1"));
        SsmClient ssm = add(clients, GatewayClients.oneAttempt(SsmClient.builder(), GATEWAY, "us-east-1"));
        SecurityHubClient hub =
                add(clients, GatewayClients.oneAttempt(SecurityHubClient.builder(), GATEWAY, "us-east-1"));
        AccessAnalyzerClient analyzer =
                add(clients, GatewayClients.oneAttempt(AccessAnalyzerClient.builder(), GATEWAY, "us-east-1"));
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("iam (query)", iam::listUsers);
        calls.put("sts (query)", sts::getCallerIdentity);
        calls.put("rds (query)", rds::describeDBInstances);
        calls.put("ec2", ec2::describeVpcs);
        calls.put("s3 (rest-xml)", s3::listBuckets);
        calls.put("cloudtrail (json 1.1)", trail::describeTrails);
        calls.put("ssm (json 1.1, stubbed)", () -> ssm.describeInstanceInformation(r -> {}));
        calls.put("securityhub (rest-json, stubbed)", () -> hub.getEnabledStandards(r -> {}));
        calls.put("access-analyzer (rest-json, stubbed)", () -> analyzer.listAnalyzers(r -> {}));
        return calls;
    }

    private static <T extends AutoCloseable> T add(List<AutoCloseable> clients, T client) {
        clients.add(client);
        return client;
    }

    private static void closeAll(List<AutoCloseable> clients) throws Exception {
        for (AutoCloseable c : clients) {
            c.close();
        }
    }

    @Test
    void throttlingIsClassifiedAsThrottlingInEveryProtocol() throws Exception {
        GATEWAY.faults(FaultPlan.every(1, Fault.THROTTLING));
        List<AutoCloseable> clients = new java.util.ArrayList<>();
        try {
            oneCallPerProtocol(clients)
                    .forEach((protocol, call) -> assertThatThrownBy(call::run)
                            .as(protocol)
                            .isInstanceOfSatisfying(
                                    AwsServiceException.class,
                                    e -> assertThat(e.isThrottlingException())
                                            .as(protocol + ": " + e.awsErrorDetails())
                                            .isTrue()));
        } finally {
            closeAll(clients);
        }
        assertThat(GATEWAY.faultsInjected()).containsEntry(Fault.THROTTLING, 9L);
    }

    @Test
    void serverErrorsCarryTheirStatusInEveryProtocol() throws Exception {
        List<AutoCloseable> clients = new java.util.ArrayList<>();
        try {
            Map<String, Runnable> calls = oneCallPerProtocol(clients);
            for (int status : new int[] {500, 503}) {
                GATEWAY.faults(FaultPlan.every(1, Fault.SERVER_ERROR).withServerErrorStatus(status));
                calls.forEach((protocol, call) -> assertThatThrownBy(call::run)
                        .as(protocol)
                        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                            assertThat(e.statusCode()).as(protocol).isEqualTo(status);
                            assertThat(e.isThrottlingException()).as(protocol).isFalse();
                        }));
            }
        } finally {
            closeAll(clients);
        }
        assertThat(GATEWAY.faultsInjected()).containsEntry(Fault.SERVER_ERROR, 18L);
    }

    @Test
    void aDroppedConnectionIsAClientSideIoError() throws Exception {
        GATEWAY.faults(FaultPlan.every(1, Fault.DROP));
        List<AutoCloseable> clients = new java.util.ArrayList<>();
        try {
            oneCallPerProtocol(clients)
                    .forEach((protocol, call) -> assertThatThrownBy(call::run)
                            .as(protocol)
                            .isInstanceOf(SdkClientException.class)
                            .hasRootCauseInstanceOf(IOException.class));
        } finally {
            closeAll(clients);
        }
        assertThat(GATEWAY.faultsInjected().get(Fault.DROP)).isGreaterThanOrEqualTo(9L);
    }

    @Test
    void faultsCanBeLimitedToOperationsAndComeEveryNth() {
        GATEWAY.faults(FaultPlan.every(2, Fault.THROTTLING, Fault.SERVER_ERROR).onlyFor("iam:ListUsers"));
        try (IamClient iam = GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global")) {
            for (int i = 0; i < 3; i++) {
                iam.getAccountSummary();
            }
            iam.listUsers();
            assertThatThrownBy(iam::listUsers)
                    .isInstanceOfSatisfying(
                            AwsServiceException.class,
                            e -> assertThat(e.isThrottlingException()).isTrue());
            iam.listUsers();
            assertThatThrownBy(iam::listUsers)
                    .isInstanceOfSatisfying(
                            AwsServiceException.class,
                            e -> assertThat(e.statusCode()).isEqualTo(500));
        }
        assertThat(GATEWAY.faultsInjected()).containsEntry(Fault.THROTTLING, 1L).containsEntry(Fault.SERVER_ERROR, 1L);
    }

    @Test
    void withDefaultRetriesFiftyCallsSucceedDespiteThirtyPercentFaults() {
        // The SDK's default (legacy) mode makes up to 4 attempts, so at 30% about 1 call in 120 still fails;
        // calls are sequential and the seed fixed, so the fault sequence, and this test, are reproducible.
        GATEWAY.faults(FaultPlan.random(0.3, 42, Fault.THROTTLING, Fault.SERVER_ERROR, Fault.DROP));
        try (IamClient iam = GatewayClients.retrying(
                        IamClient.builder(), GATEWAY.endpoint(), Emulated.credentials(), "aws-global");
                SsmClient ssm = GatewayClients.retrying(
                        SsmClient.builder(), GATEWAY.endpoint(), Emulated.credentials(), "us-east-1")) {
            for (int i = 0; i < 25; i++) {
                assertThat(iam.listUsers().users()).isEmpty();
                assertThat(ssm.describeInstanceInformation(r -> {}).instanceInformationList())
                        .hasSize(1);
            }
        }
        Map<Fault, Long> faults = GATEWAY.faultsInjected();
        long injected = faults.values().stream().mapToLong(Long::longValue).sum();
        assertThat(List.of(Fault.THROTTLING, Fault.SERVER_ERROR, Fault.DROP))
                .allSatisfy(kind -> assertThat(faults.get(kind)).as(kind.name()).isPositive());
        assertThat(injected).isBetween(8L, 30L);
        assertThat(GATEWAY.calls())
                .as("every call is either answered or failed")
                .isEqualTo(50 + injected);
    }
}
