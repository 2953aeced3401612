package dev.auditpack.bench;

import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.CollectionRun;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.ScopeRequest;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.emulator.SeededOrganisation;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Collects a seeded organisation (default 20 accounts × 4 regions) from moto through the emulator gateway,
 * which adds a fixed delay to every call to stand in for network latency and throttling. Runs the same
 * collection concurrently and with one call at a time, and reports calls, wall times, the ideal (total call
 * time ÷ concurrency) and the heap used. Run with {@code bench/collection.sh}.
 *
 * <p>Arguments: {@code accounts regions delayMillis concurrency}.
 */
public final class CollectionBenchmark {

    private static final List<String> ALL_REGIONS =
            List.of("eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2", "eu-north-1");

    private CollectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int regionCount = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long delay = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        List<String> regions = ALL_REGIONS.subList(0, regionCount);

        MotoServer moto = MotoServer.get();
        moto.reset();
        List<String> ids = SeededOrganisation.seed(moto, accounts, regions);
        try (ArtifactStub artifact = new ArtifactStub();
                EmulatorGateway gateway = EmulatorGateway.overMoto()) {
            artifact.add(new ArtifactStub.Report(
                    "report-aaaaaaaaaaaaaaa2",
                    "AWS ISO/IEC 27001:2022 Certificate",
                    "ISO",
                    "Certifications and Attestations",
                    2,
                    Seed.at("2025-11-07"),
                    Seed.at("2028-11-06"),
                    "PUBLISHED"));
            gateway.attach(artifact);
            gateway.delay(Duration.ofMillis(delay));
            System.out.printf(
                    "seeded %d accounts x %d regions; delay %d ms per call; %d collectors%n",
                    ids.size(), regions.size(), delay, Collector.all().size());

            // moto builds each account's and region's backends on first use, slowly and under one lock; a
            // warm-up collection keeps that emulator start-up cost out of both measured runs.
            gateway.delay(Duration.ZERO);
            System.out.println("warm-up:    " + collect(gateway, regions, concurrency, 2));
            gateway.delay(Duration.ofMillis(delay));
            Result parallel = collect(gateway, regions, concurrency, 2);
            System.out.println("concurrent: " + parallel);
            if (!Boolean.parseBoolean(System.getProperty("bench.sequential", "true"))) {
                System.out.printf(
                        "concurrent only: wall / ideal %.2f%n",
                        parallel.wallMillis / (parallel.callMillis / (double) concurrency));
                return;
            }
            Result sequential = collect(gateway, regions, 1, 1);
            System.out.println("sequential: " + sequential);

            double ideal = parallel.callMillis / (double) concurrency;
            System.out.println();
            System.out.println("| measure | value |");
            System.out.println("|---|---|");
            System.out.printf("| accounts x regions | %d x %d |%n", ids.size(), regions.size());
            System.out.printf("| delay added per call | %d ms |%n", delay);
            System.out.printf("| evidence files / collection errors | %d / %d |%n", parallel.files, parallel.errors);
            System.out.printf("| calls made | %d |%n", parallel.calls);
            System.out.printf("| wall time, concurrency %d | %.1f s |%n", concurrency, parallel.wallMillis / 1000.0);
            System.out.printf("| wall time, concurrency 1 | %.1f s |%n", sequential.wallMillis / 1000.0);
            System.out.printf(
                    "| speed-up over sequential | %.1fx |%n", sequential.wallMillis / (double) parallel.wallMillis);
            System.out.printf("| total call time (concurrent run) | %.1f s |%n", parallel.callMillis / 1000.0);
            System.out.printf("| ideal = total call time / %d | %.1f s |%n", concurrency, ideal / 1000.0);
            System.out.printf("| wall / ideal | %.2f |%n", parallel.wallMillis / ideal);
            System.out.printf(
                    "| peak heap used (max heap %d MiB) | %d MiB |%n",
                    Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20);
            System.out.printf("| peak RSS of the JVM (incl. the in-process gateway) | %s |%n", peakRss());
        }
        System.exit(0);
    }

    private record Result(long wallMillis, long calls, long callMillis, int files, int errors) {
        @Override
        public String toString() {
            return String.format(
                    "wall %.1f s, %d calls, %.1f s call time, %d files, %d errors",
                    wallMillis / 1000.0, calls, callMillis / 1000.0, files, errors);
        }
    }

    private static Result collect(EmulatorGateway gateway, List<String> regions, int concurrency, int perService)
            throws IOException {
        Path dir = Files.createTempDirectory("bench-locker-");
        AwsSettings settings = AwsSettings.defaults(regions)
                .withEndpoint(gateway.endpoint())
                .withConcurrency(concurrency)
                .withPerService(perService)
                .withRetries(3);
        gateway.metrics().reset();
        long start = System.nanoTime();
        EvidenceIndex index = new CollectionRun(
                        settings,
                        Emulated.credentials(),
                        Collector.all(),
                        CollectionListener.NONE,
                        Clock.systemUTC(),
                        "bench")
                .run(
                        LockerWriter.create(dir, false),
                        AuditPeriod.parse("2026-Q4"),
                        new ScopeRequest(
                                List.of(),
                                true,
                                "AuditpackReadOnly",
                                Optional.empty(),
                                regions,
                                false,
                                Duration.ofHours(1)));
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new Result(
                wall,
                gateway.calls(),
                gateway.handlingTime().toMillis(),
                index.evidence().size(),
                index.errors().size());
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(6).trim())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
