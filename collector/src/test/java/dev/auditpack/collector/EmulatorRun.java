package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.emulator.CallRecorder;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real collection run of chosen collectors against moto (or the emulator gateway in front of it), and what
 * it recorded, read back through the locker. Every SDK call the run makes must be a read-only operation the
 * collectors declare.
 */
final class EmulatorRun {

    /** The run itself asks whose credentials it has, before any collector runs. */
    private static final String RUNNER_IDENTIFIES = "Sts:GetCallerIdentity";

    private final Locker locker;
    private final List<String> calls;

    private EmulatorRun(Locker locker, List<String> calls) {
        this.locker = locker;
        this.calls = calls;
    }

    static EmulatorRun collect(MotoServer moto, Path dir, List<Collector> collectors, String... regions) {
        return collect(Emulated.settings(moto, null, regions), dir, collectors);
    }

    /** A run through the emulator gateway, which answers what moto lacks. */
    static EmulatorRun collect(EmulatorGateway gateway, Path dir, List<Collector> collectors, String... regions) {
        return collect(Emulated.settings(gateway, regions), dir, collectors);
    }

    /** A run with these settings (endpoint, regions, retries); the call recorder is added to them. */
    static EmulatorRun collect(AwsSettings settings, Path dir, List<Collector> collectors) {
        return collect(settings, dir, collectors, AuditPeriod.parse("2026-Q4"));
    }

    /** A run over this audit period, for collectors that read what happened in it. */
    static EmulatorRun collect(AwsSettings settings, Path dir, List<Collector> collectors, AuditPeriod period) {
        CallRecorder recorder = new CallRecorder();
        new CollectionRun(
                        settings.withInterceptors(List.of(recorder)),
                        Emulated.credentials(),
                        collectors,
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "test")
                .run(LockerWriter.create(dir, false), period);
        Set<String> declared = collectors.stream()
                .flatMap(c -> c.operations().stream())
                .filter(Operation::isReadOnly)
                .map(op -> op.api() + ":" + op.name())
                .collect(Collectors.toSet());
        List<String> calls = recorder.calls().stream()
                .filter(call -> !call.equals(RUNNER_IDENTIFIES))
                .toList();
        assertThat(calls)
                .as("calls made")
                .isNotEmpty()
                .allSatisfy(call -> assertThat(declared).contains(call));
        Locker locker = Locker.open(dir);
        assertThat(locker.verify()).isEmpty();
        return new EmulatorRun(locker, calls);
    }

    Locker locker() {
        return locker;
    }

    EvidenceIndex index() {
        return locker.index();
    }

    /** Every call the collectors made, as {@code Service:Operation}. */
    List<String> calls() {
        return calls;
    }

    /** The evidence file of one collector for one region ({@code global} for account-wide collectors). */
    EvidenceDocument doc(String collector, String region) {
        return locker.read(locker.index().evidence().stream()
                .filter(e -> e.collector().equals(collector) && e.region().equals(region))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no evidence of " + collector + " in " + region)));
    }
}
