package dev.auditpack.demo;

import dev.auditpack.collector.Collector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.CollectionRun;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.Emulated;
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

/**
 * Regenerates the demo evidence bundled in the jar by running the real collectors against the emulator
 * seeded with {@link DemoScenario}. Run on purpose only:
 * {@code ./mvnw -pl reporting -am test -Dtest=DemoEvidenceGenerator -Dauditpack.demo.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(MotoServer.class)
@EnabledIfSystemProperty(named = "auditpack.demo.regenerate", matches = "true")
class DemoEvidenceGenerator {

    @Test
    void regenerate() {
        MotoServer moto = MotoServer.get();
        DemoScenario.seed(moto);
        Path target = Path.of(System.getProperty("auditpack.demo.target", "src/main/resources/demo/evidence"));
        try (ArtifactStub artifact = new ArtifactStub()) {
            DemoScenario.reports(artifact);
            EvidenceIndex index = new CollectionRun(Emulated.settings(moto, artifact, "eu-west-1", "us-east-1"),
                    Emulated.credentials(), Collector.all(), CollectionListener.NONE, Clock.systemUTC(), "0.1.0")
                    .run(LockerWriter.create(target, true), AuditPeriod.parse("2026-Q4"));
            assertThat(index.errors()).isEmpty();
        }
        assertThat(Locker.open(target).verify()).isEmpty();
    }
}
