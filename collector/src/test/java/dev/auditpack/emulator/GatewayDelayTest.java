package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.iam.IamClient;

/** The configured delay is added to every call and shows in the gateway's counters. */
@ExtendWith(MotoServer.class)
class GatewayDelayTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();

    @Test
    void everyCallTakesAtLeastTheDelayAndIsCounted() {
        GATEWAY.delay(Duration.ofMillis(100));
        try (IamClient iam = GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global")) {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                iam.listUsers();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            }
        }
        assertThat(GATEWAY.calls()).isEqualTo(3);
        assertThat(GATEWAY.handlingTime())
                .isGreaterThanOrEqualTo(Duration.ofMillis(300))
                .isLessThan(Duration.ofSeconds(3));
        assertThat(GATEWAY.metrics().byOperation()).containsExactly(java.util.Map.entry("iam:ListUsers", 3L));
    }
}
