package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.SeededOrganisation;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.ShardFailure;
import dev.auditpack.evidence.ShardPlan;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * A seeded organisation of 12 accounts on moto, collected once in one run and once as a plan of 4 shards, each shard
 * collected by its own JVM (as the Fargate tasks do), then merged: the merged locker verifies and its pack judges every
 * control, check and resource as the single run's does. A shard whose process is killed and that leaves a failure
 * marker turns into GAP for each of its accounts.
 */
@ExtendWith(MotoServer.class)
class ShardsCliIT {

    static final String REGIONS = "us-east-1,eu-west-1";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static List<String> accounts;
    static Path plan;
    /** results.json of the pack of the single run. */
    static JsonNode singleResults;

    @BeforeAll
    static void collectOnceAndInShards() throws Exception {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        accounts = SeededOrganisation.seed(MotoServer.get(), 12, List.of(REGIONS.split(",")));
        // Accounts differ: every third has a password policy, so the checks judge them differently.
        for (int i = 0; i < accounts.size(); i += 3) {
            String id = accounts.get(i);
            try (IamClient iam = IamClient.builder()
                    .region(software.amazon.awssdk.regions.Region.AWS_GLOBAL)
                    .credentialsProvider(
                            id.equals(Emulated.ACCOUNT)
                                    ? Emulated.credentials()
                                    : SeededOrganisation.assumed(MotoServer.get(), id))
                    .endpointOverride(MotoServer.get().endpoint())
                    .build()) {
                iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(14).requireNumbers(true));
            }
        }
        // The single run and its report go on in this JVM while the shards run in theirs.
        CompletableFuture<JsonNode> single = CompletableFuture.supplyAsync(() -> {
            Cli collected = Cli.run(scoped(
                    "collect", "--organization", "--out", dir.resolve("single").toString()));
            assertThat(collected.exit()).as(collected.err()).isZero();
            return report(dir.resolve("single"), "pack-single");
        });
        plan = dir.resolve("plan.json");
        Cli planned = Cli.run(scoped(
                "plan",
                "--organization",
                "--shards",
                "4",
                "--out",
                plan.toString(),
                "--items",
                dir.resolve("items.json").toString()));
        assertThat(planned.exit()).as(planned.err()).isZero();
        List<Process> shards = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            shards.add(collectShard(k, dir.resolve("shards/" + k)));
        }
        for (int k = 1; k <= 4; k++) {
            Process p = shards.get(k - 1);
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(log(k)).isZero();
        }
        singleResults = single.get(10, TimeUnit.MINUTES);
    }

    static String[] scoped(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--regions",
                REGIONS,
                "--period",
                "2026-Q4",
                "--endpoint-url",
                MotoServer.get().endpoint().toString()));
        return all.toArray(String[]::new);
    }

    /** {@code collect --plan --shard K/4} in a JVM of its own. */
    static Process collectShard(int k, Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                // A short-lived process: the client compiler alone, the shared class archive and the serial
                // collector start it sooner and leave the cores to the emulator and the other shards.
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "collect",
                "--plan",
                plan.toString(),
                "--shard",
                k + "/4",
                "--out",
                out.toString(),
                "--endpoint-url",
                MotoServer.get().endpoint().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("shard-" + k + ".log").toFile());
        builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
        return builder.start();
    }

    static String log(int k) throws IOException {
        return Files.readString(dir.resolve("shard-" + k + ".log"));
    }

    static Path shard(int k) {
        return dir.resolve("shards/" + k);
    }

    @Test
    void thePlanSplitsTheAccountsEvenlyAndTheSameWayEveryTime() throws IOException {
        ShardPlan read = ShardPlan.read(plan);
        assertThat(read.accounts()).hasSize(12).isSorted().contains(Emulated.ACCOUNT);
        assertThat(read.shards()).hasSize(4).allSatisfy(s -> assertThat(s).hasSize(3));
        assertThat(read.shards().stream().flatMap(List::stream).sorted().toList())
                .containsExactlyElementsOf(read.accounts());
        Path again = dir.resolve("plan-again.json");
        assertThat(Cli.run(scoped(
                                "plan",
                                "--accounts",
                                String.join(",", read.accounts()),
                                "--shards",
                                "4",
                                "--out",
                                again.toString()))
                        .exit())
                .isZero();
        assertThat(ShardPlan.read(again).id()).isEqualTo(read.id());
        assertThat(ShardPlan.read(again).shards()).isEqualTo(read.shards());
        JsonNode items = JSON.readTree(dir.resolve("items.json").toFile());
        assertThat(items).hasSize(4);
        assertThat(items.get(2).get("shard").asText()).isEqualTo("3/4");
        assertThat(items.get(2).get("planId").asText()).isEqualTo(read.id());
        assertThat(items.get(2).get("index").asInt()).isEqualTo(3);
        EvidenceIndex third = Locker.open(shard(3)).index();
        assertThat(third.plan().orElseThrow().shard()).contains(3);
        assertThat(third.plan().orElseThrow().id()).isEqualTo(read.id());
        assertThat(third.scope().accounts()).isEqualTo(read.accountsOf(3));
        assertThat(third.period().label()).isEqualTo("2026-Q4");
    }

    @Test
    void theMergedLockerGivesTheSamePackAsOneRun() throws IOException {
        Path merged = dir.resolve("merged");
        Cli merge = Cli.run(
                "merge",
                shard(1).toString(),
                shard(2).toString(),
                shard(3).toString(),
                shard(4).toString(),
                "--plan",
                plan.toString(),
                "--out",
                merged.toString());
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(Cli.run("verify", merged.toString()).exit()).isZero();
        EvidenceIndex one = Locker.open(dir.resolve("single")).index();
        EvidenceIndex all = Locker.open(merged).index();
        assertThat(all.scope()).isEqualTo(one.scope());
        assertThat(all.evidence().stream()
                        .map(e -> e.path() + " " + e.collector())
                        .toList())
                .containsExactlyElementsOf(one.evidence().stream()
                        .map(e -> e.path() + " " + e.collector())
                        .toList());
        assertThat(all.collectors()).isEqualTo(one.collectors());
        assertThat(all.plan().orElseThrow().merged()).hasSize(4);

        JsonNode single = singleResults;
        JsonNode sharded = report(merged, "pack-merged");
        assertThat(PackReaders.judged(sharded))
                .hasSizeGreaterThan(100)
                .containsExactlyElementsOf(PackReaders.judged(single));
        assertThat(PackReaders.judged(single))
                .anyMatch(l -> l.contains(" FAIL "))
                .anyMatch(l -> l.contains(" PASS "));
    }

    @Test
    void aKilledShardWithAFailureMarkerIsAGapForEachOfItsAccounts() throws Exception {
        Path killed = dir.resolve("killed");
        Process p = collectShard(3, killed);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (p.isAlive() && Instant.now().isBefore(deadline) && files(killed.resolve("raw")) < 3) {
            Thread.sleep(20);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.resolve("index.json")).doesNotExist();
        ShardPlan read = ShardPlan.read(plan);
        // What the state machine's Catch puts beside the shard's unfinished locker.
        Files.writeString(
                killed.resolve(ShardFailure.FILE),
                "{\"planId\": \"" + read.id() + "\", \"shard\": \"3/4\", \"error\": \"States.TaskFailed\","
                        + " \"cause\": \"Essential container in task exited\"}");
        Path merged = dir.resolve("merged-with-failure");
        Cli merge = Cli.run(
                "merge",
                shard(1).toString(),
                shard(2).toString(),
                killed.toString(),
                shard(4).toString(),
                "--plan",
                plan.toString(),
                "--out",
                merged.toString());
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("1 failed");
        EvidenceIndex index = Locker.open(merged).index();
        assertThat(index.scope().accounts()).containsExactlyElementsOf(read.accounts());
        assertThat(index.evidence()).noneMatch(e -> read.accountsOf(3).contains(e.account()));
        assertThat(index.errors().stream().filter(e -> e.errorCode().equals("ShardFailed")))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(read.accountsOf(3)).contains(e.account()));

        JsonNode results = report(merged, "pack-failed");
        List<String> lines = PackReaders.judged(results);
        for (String account : read.accountsOf(3)) {
            assertThat(lines.stream().filter(l -> l.contains(" " + account + " ")))
                    .as(account)
                    .isNotEmpty()
                    .allMatch(l -> l.contains(" GAP "));
        }
        assertThat(lines.stream()
                        .filter(l -> l.contains(" " + read.accountsOf(1).get(0) + " ")))
                .anyMatch(l -> !l.contains(" GAP "));
    }

    static long files(Path raw) throws IOException {
        if (!Files.isDirectory(raw)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(raw)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    static JsonNode report(Path locker, String name) {
        Path out = dir.resolve(name);
        Cli report = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        return PackReaders.results(out.resolve("results.json"));
    }
}
