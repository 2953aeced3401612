package dev.auditpack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.CollectionRun;
import dev.auditpack.collector.Collector;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Regenerates the demo evidence bundled in the jar by running every real collector through the emulator
 * gateway: moto seeded with {@link DemoScenario}, the gateway's stubs with {@link DemoGatewayData}, the
 * Artifact stub attached. Every operation is answered, so the locker has no collection error. Run on purpose
 * only: {@code ./mvnw -pl reporting -am test -Dtest=DemoEvidenceGenerator -Dauditpack.demo.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, with {@code -Dauditpack.demo.target=DIR} to write elsewhere.
 */
@ExtendWith(MotoServer.class)
@EnabledIfSystemProperty(named = "auditpack.demo.regenerate", matches = "true")
class DemoEvidenceGenerator {

    @Test
    void regenerate() {
        MotoServer moto = MotoServer.get();
        Path target = Path.of(System.getProperty("auditpack.demo.target", "src/main/resources/demo/evidence"));
        try (EmulatorGateway gateway = new EmulatorGateway(moto.endpoint());
                ArtifactStub artifact = new ArtifactStub()) {
            DemoGatewayData.seed(gateway, DemoScenario.seed(moto));
            DemoGatewayData.reports(artifact);
            gateway.attach(artifact);
            // Collected as a customer would: through the read-only role, not as the emulator's default user.
            StsClient sts = StsClient.builder()
                    .region(Region.US_EAST_1)
                    .credentialsProvider(Emulated.credentials())
                    .endpointOverride(gateway.endpoint())
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            AwsCredentialsProvider role = StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(sts)
                    .refreshRequest(
                            r -> r.roleArn("arn:aws:iam::" + Emulated.ACCOUNT + ":role/" + DemoScenario.AUDIT_ROLE)
                                    .roleSessionName("auditpack"))
                    .build();
            EvidenceIndex index = new CollectionRun(
                            Emulated.settings(gateway, DemoScenario.HOME, DemoScenario.OTHER),
                            role,
                            Collector.all(),
                            CollectionListener.NONE,
                            Clock.systemUTC(),
                            "0.1.0")
                    .run(LockerWriter.create(target, true), AuditPeriod.parse("2026-Q4"));
            assertThat(index.errors()).isEmpty();
        }
        assertThat(Locker.open(target).verify()).isEmpty();
    }
}
