package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.iam.IamClient;

/** The configured delay is added to every call and shows in the gateway's counters. */
@ExtendWith(MotoServer.class)
class GatewayDelayTest {

    private static final EmulatorGateway GATEWAY = new EmulatorGateway(MotoServer.get().endpoint());

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    @Test
    void everyCallTakesAtLeastTheDelayAndIsCounted() {
        GATEWAY.reset();
        GATEWAY.delay(Duration.ofMillis(100));
        try (IamClient iam = GatewayClients.oneAttempt(IamClient.builder(), GATEWAY, "aws-global")) {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                iam.listUsers();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            }
        }
        assertThat(GATEWAY.calls()).isEqualTo(3);
        assertThat(GATEWAY.handlingTime()).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(3));
        assertThat(GATEWAY.metrics().byOperation()).containsExactly(java.util.Map.entry("iam:ListUsers", 3L));
    }
}
