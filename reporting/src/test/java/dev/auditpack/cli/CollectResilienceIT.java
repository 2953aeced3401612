package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.Check;
import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.Collector;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections that AWS pushes back on: throttling, server errors and dropped connections from the emulator
 * gateway, and a collection killed part-way and resumed.
 */
@ExtendWith(MotoServer.class)
class CollectResilienceIT {

    private static final List<String> REGIONS = List.of("eu-west-1", "us-east-1");
    private static EmulatorGateway gateway;
    private static ArtifactStub artifact;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        artifact = new ArtifactStub();
        artifact.add(new ArtifactStub.Report(
                "report-aaaaaaaaaaaaaaa2",
                "AWS ISO/IEC 27001:2022 Certificate",
                "ISO",
                "Certifications and Attestations",
                2,
                Seed.at("2025-11-07"),
                Seed.at("2028-11-06"),
                "PUBLISHED"));
        gateway = EmulatorGateway.overMoto();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        artifact.close();
    }

    @BeforeEach
    void seed() {
        MotoServer.get().reset();
        gateway.reset();
        gateway.attach(artifact);
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        new Seed(MotoServer.get()).misconfigured();
    }

    private String[] collect(Path locker, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "collect",
                "--out",
                locker.toString(),
                "--regions",
                String.join(",", REGIONS),
                "--period",
                "2026-Q4",
                "--endpoint-url",
                gateway.endpoint().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void throttlingServerErrorsAndDropsEndAsErrorsAndGapsNeverAsAnswers() {
        gateway.faults(FaultPlan.random(0.3, 7, Fault.THROTTLING, Fault.SERVER_ERROR, Fault.DROP));
        Path locker = dir.resolve("evidence");
        Cli collected = Cli.run(collect(locker, "--max-attempts", "2", "--concurrency", "8"));
        gateway.faults(FaultPlan.none());
        assertThat(collected.exit()).as(collected.err()).isZero();
        assertThat(gateway.faultsInjected().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThan(20);

        Locker opened = Locker.open(locker);
        assertThat(opened.verify())
                .as("every file it could get is there and verifies")
                .isEmpty();
        EvidenceIndex index = opened.index();
        assertThat(index.errors()).isNotEmpty();
        assertThat(index.errors())
                .extracting(CollectionError::category)
                .map(Enum::name)
                .containsAnyOf("THROTTLED", "SERVICE_ERROR", "TIMEOUT");

        // Every collector ran for every target: each has its file, or the errors that kept it from one.
        Set<String> files = index.evidence().stream()
                .map(e -> e.collector() + "|" + e.region())
                .collect(Collectors.toSet());
        Set<String> failed = index.errors().stream()
                .map(e -> e.collector() + "|" + e.region())
                .collect(Collectors.toSet());
        for (Collector c : collectedByDefault()) {
            List<String> regions = c.scope() == CollectorScope.REGIONAL ? REGIONS : List.of("global");
            for (String region : regions) {
                String key = c.id() + "|" + region;
                assertThat(files.contains(key) || failed.contains(key))
                        .as(key + " has evidence or an error")
                        .isTrue();
            }
        }

        Path pack = dir.resolve("pack");
        Cli reported = Cli.run("report", "--evidence", locker.toString(), "--out", pack.toString());
        assertThat(reported.exit()).as(reported.err()).isZero();
        JsonNode results = PackReaders.results(pack.resolve("results.json"));
        // A collector is missing when none of its targets has a file; a check judged per region may still
        // fail a region whose evidence did arrive, so only checks with no evidence anywhere must be GAP.
        Set<String> missing = Collector.all().stream()
                .filter(c -> (c.scope() == CollectorScope.REGIONAL ? REGIONS : List.of("global"))
                        .stream().noneMatch(region -> files.contains(c.id() + "|" + region)))
                .map(Collector::id)
                .collect(Collectors.toSet());
        int judged = 0;
        for (Check check : Check.all()) {
            if (!check.evidence().isEmpty() && missing.containsAll(check.evidence())) {
                assertThat(PackReaders.checkStatus(results, check.id()))
                        .as(check.id() + " rests only on failed evidence")
                        .isEqualTo("GAP");
                judged++;
            }
        }
        // Per region: a check that reads only regional evidence, none of which was collected in a region, has
        // nothing but GAPs there.
        Map<String, CollectorScope> scopes =
                Collector.all().stream().collect(Collectors.toMap(Collector::id, Collector::scope));
        for (JsonNode result : results.get("checks")) {
            Check check = Check.all().stream()
                    .filter(c -> c.id().equals(result.get("id").asText()))
                    .findFirst()
                    .orElseThrow();
            if (check.evidence().isEmpty()
                    || !check.evidence().stream().allMatch(c -> scopes.get(c) == CollectorScope.REGIONAL)) {
                continue;
            }
            // A check that judges region by region must say something about a region it could not read; one that
            // judges the account (a multi-region trail seen from its home region) may rightly say nothing there.
            boolean byRegion = java.util.stream.StreamSupport.stream(
                            result.get("findings").spliterator(), false)
                    .anyMatch(f -> REGIONS.contains(f.get("region").asText()));
            for (String region : REGIONS) {
                if (check.evidence().stream().noneMatch(c -> files.contains(c + "|" + region))) {
                    var inRegion = assertThat(result.get("findings"))
                            .filteredOn(f -> f.get("region").asText().equals(region))
                            .as(check.id() + " in " + region + " rests only on failed evidence");
                    if (byRegion) {
                        inRegion.isNotEmpty();
                    }
                    inRegion.allSatisfy(
                            f -> assertThat(f.get("status").asText()).isEqualTo("GAP"));
                    judged++;
                }
            }
        }
        assertThat(results.get("errors")).hasSize(index.errors().size());
        assertThat(judged + index.errors().size()).isPositive();
    }

    @Test
    void aCallThatAlwaysFailsIsAnErrorAndItsCheckAGap() {
        // Random faults may or may not take out a whole collector; this one always does, in both regions.
        gateway.faults(FaultPlan.every(1, Fault.SERVER_ERROR).onlyFor("guardduty:ListDetectors"));
        Path locker = dir.resolve("evidence");
        Cli collected = Cli.run(collect(locker, "--max-attempts", "2"));
        gateway.faults(FaultPlan.none());
        assertThat(collected.exit()).as(collected.err()).isZero();
        assertThat(Locker.open(locker).index().errors())
                .filteredOn(e -> e.collector().equals("guardduty.detectors"))
                .extracting(CollectionError::region)
                .containsExactlyInAnyOrderElementsOf(REGIONS);

        Path pack = dir.resolve("pack");
        Cli reported = Cli.run("report", "--evidence", locker.toString(), "--out", pack.toString());
        assertThat(reported.exit()).as(reported.err()).isZero();
        JsonNode results = PackReaders.results(pack.resolve("results.json"));
        assertThat(PackReaders.checkStatus(results, "guardduty_enabled_all_regions"))
                .isEqualTo("GAP");
        assertThat(results.get("checks"))
                .filteredOn(c -> c.get("id").asText().equals("guardduty_enabled_all_regions"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("findings"))
                        .isNotEmpty()
                        .allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("GAP")));
    }

    @Test
    void aKilledCollectionLeavesNothingThatVerifiesAndResumeFinishesIt() throws Exception {
        Path locker = dir.resolve("evidence");
        gateway.delay(Duration.ofMillis(120));
        List<String> command = new java.util.ArrayList<>(List.of(
                javaBin(),
                // Started only to be killed: the client compiler alone, the shared class archive and the serial
                // collector bring it to its first calls sooner.
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dsun.net.httpserver.nodelay=true",
                Main.class.getName()));
        command.addAll(List.of(collect(locker, "--concurrency", "2", "--per-service", "1")));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile());
        pb.environment().put("AWS_ACCESS_KEY_ID", "testing");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
        Process child = pb.start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (rawFiles(locker).size() < 4 && Instant.now().isBefore(deadline) && child.isAlive()) {
            Thread.sleep(50);
        }
        child.destroyForcibly().waitFor();
        gateway.delay(Duration.ZERO);
        assertThat(locker.resolve("index.json")).as("killed before finishing").doesNotExist();
        List<Path> before = rawFiles(locker);
        assertThat(before).hasSizeGreaterThanOrEqualTo(4);
        Map<Path, String> hashes = new HashMap<>();
        for (Path p : before) {
            hashes.put(p, Digests.sha256(p));
        }

        Cli verify = Cli.run("verify", locker.toString());
        assertThat(verify.exit()).isEqualTo(2);
        assertThat(verify.err()).contains("index.json").contains("did not finish");
        assertThat(Cli.run(
                                "report",
                                "--evidence",
                                locker.toString(),
                                "--out",
                                dir.resolve("pack").toString())
                        .exit())
                .isEqualTo(2);
        assertThat(dir.resolve("pack")).doesNotExist();

        Cli resumed = Cli.run("collect", "--out", locker.toString(), "--resume", "--regions", "eu-west-1");
        assertThat(resumed.exit())
                .as("--resume keeps the plan; scope flags are refused")
                .isEqualTo(2);
        resumed = Cli.run(
                "collect",
                "--out",
                locker.toString(),
                "--resume",
                "--endpoint-url",
                gateway.endpoint().toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        Locker done = Locker.open(locker);
        assertThat(done.verify()).isEmpty();
        Set<String> collected = new HashSet<>();
        done.index().evidence().forEach(e -> collected.add(e.collector() + "|" + e.region()));
        done.index().errors().forEach(e -> collected.add(e.collector() + "|" + e.region()));
        for (Collector c : collectedByDefault()) {
            for (String region : c.scope() == CollectorScope.REGIONAL ? REGIONS : List.of("global")) {
                assertThat(collected).contains(c.id() + "|" + region);
            }
        }
        for (Path p : before) {
            assertThat(Digests.sha256(p))
                    .as("kept as collected before the kill: " + p)
                    .isEqualTo(hashes.get(p));
            String path = locker.relativize(p).toString();
            assertThat(done.index().evidence()).extracting(EvidenceEntry::path).contains(path);
        }
        assertThat(Cli.run("collect", "--out", locker.toString(), "--resume").err())
                .contains("complete");
    }

    /** Every collector a run without opt-ins includes. */
    private static List<Collector> collectedByDefault() {
        AwsSettings settings = AwsSettings.defaults(REGIONS);
        return Collector.all().stream().filter(c -> c.enabled(settings)).toList();
    }

    private static List<Path> rawFiles(Path locker) throws IOException {
        Path raw = locker.resolve("raw");
        if (!Files.isDirectory(raw)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(raw)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
