package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstancePatchState;
import software.amazon.awssdk.services.ssm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.ssm.model.PatchOperationType;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** The SSM operations moto lacks answer seeded data through the real SDK client, page by page. */
@ExtendWith(MotoServer.class)
class GatewaySsmTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final Instant PING = Instant.parse("2026-11-20T08:15:30.250Z");

    private static SsmClient ssm(String region) {
        return GatewayClients.oneAttempt(SsmClient.builder(), GATEWAY, region);
    }

    private static SsmStub.ManagedInstance node(int i, String ping) {
        return new SsmStub.ManagedInstance(
                "i-%017d".formatted(i), ping, PING, "3.3.987.0", "Linux", "Amazon Linux", "2023", "EC2Instance");
    }

    @Test
    void describeInstanceInformationPagesThroughTheSeededNodesWithEpochSecondTimestamps() {
        List<SsmStub.ManagedInstance> nodes = new ArrayList<>();
        IntStream.rangeClosed(1, 7).forEach(i -> nodes.add(node(i, i == 7 ? "ConnectionLost" : "Online")));
        GATEWAY.ssm().instances(Emulated.ACCOUNT, "eu-west-1", nodes);

        try (SsmClient ssm = ssm("eu-west-1")) {
            List<InstanceInformation> all =
                    ssm.describeInstanceInformationPaginator(r -> r.maxResults(5)).instanceInformationList().stream()
                            .toList();
            assertThat(all).hasSize(7);
            InstanceInformation first = all.get(0);
            assertThat(first.instanceId()).isEqualTo("i-00000000000000001");
            assertThat(first.pingStatus()).isEqualTo(PingStatus.ONLINE);
            assertThat(first.lastPingDateTime()).isEqualTo(PING);
            assertThat(first.platformType()).isEqualTo(PlatformType.LINUX);
            assertThat(first.platformName()).isEqualTo("Amazon Linux");
            assertThat(first.agentVersion()).isEqualTo("3.3.987.0");
            assertThat(first.resourceTypeAsString()).isEqualTo("EC2Instance");
            assertThat(all.get(6).pingStatus()).isEqualTo(PingStatus.CONNECTION_LOST);

            assertThat(ssm.describeInstanceInformation(
                                    r -> r.filters(f -> f.key("PingStatus").values("ConnectionLost")))
                            .instanceInformationList())
                    .extracting(InstanceInformation::instanceId)
                    .containsExactly("i-00000000000000007");
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("ssm:DescribeInstanceInformation", 3L);

        try (SsmClient other = ssm("us-east-1")) {
            assertThat(other.describeInstanceInformation().instanceInformationList())
                    .as("another region")
                    .isEmpty();
        }
    }

    @Test
    void describeInstancePatchStatesAnswersForTheRequestedNodes() {
        List<SsmStub.PatchState> states = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            states.add(new SsmStub.PatchState(
                    "i-%017d".formatted(i),
                    "prod",
                    "pb-0123456789abcdef0",
                    i % 2 == 0 ? "Install" : "Scan",
                    PING.minusSeconds(600),
                    PING,
                    40 + i,
                    i % 3,
                    0,
                    1,
                    7,
                    i % 3,
                    i % 2));
        }
        GATEWAY.ssm().patchStates(Emulated.ACCOUNT, "us-east-1", states);
        List<String> ids =
                IntStream.rangeClosed(1, 13).mapToObj("i-%017d"::formatted).toList();

        try (SsmClient ssm = ssm("us-east-1")) {
            List<InstancePatchState> all = ssm
                    .describeInstancePatchStatesPaginator(
                            r -> r.instanceIds(ids).maxResults(10))
                    .instancePatchStates()
                    .stream()
                    .toList();
            assertThat(all).hasSize(12);
            InstancePatchState second = all.get(1);
            assertThat(second.instanceId()).isEqualTo("i-00000000000000002");
            assertThat(second.operation()).isEqualTo(PatchOperationType.INSTALL);
            assertThat(second.operationStartTime()).isEqualTo(PING.minusSeconds(600));
            assertThat(second.operationEndTime()).isEqualTo(PING);
            assertThat(second.installedCount()).isEqualTo(42);
            assertThat(second.missingCount()).isEqualTo(2);
            assertThat(second.failedCount()).isZero();
            assertThat(second.installedPendingRebootCount()).isEqualTo(1);
            assertThat(second.notApplicableCount()).isEqualTo(7);
            assertThat(second.criticalNonCompliantCount()).isEqualTo(2);
            assertThat(second.securityNonCompliantCount()).isZero();
            assertThat(second.patchGroup()).isEqualTo("prod");
            assertThat(second.baselineId()).isEqualTo("pb-0123456789abcdef0");

            assertThat(ssm.describeInstancePatchStates(r -> r.instanceIds("i-00000000000000003"))
                            .instancePatchStates())
                    .extracting(InstancePatchState::instanceId)
                    .containsExactly("i-00000000000000003");
        }
    }

    @Test
    void errorsAreTypedAsTheSdkKnowsThem() {
        try (SsmClient ssm = ssm("us-east-1")) {
            assertThatThrownBy(() -> ssm.describeInstanceInformation(r -> r.nextToken("bogus")))
                    .isInstanceOf(InvalidNextTokenException.class);
            assertThatThrownBy(() -> ssm.describeInstanceInformation(r -> r.maxResults(2)))
                    .isInstanceOfSatisfying(SsmException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }
}
