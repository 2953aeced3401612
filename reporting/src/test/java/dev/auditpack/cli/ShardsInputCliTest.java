package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.PlanLink;
import dev.auditpack.evidence.Scope;
import dev.auditpack.evidence.ShardFailure;
import dev.auditpack.evidence.ShardPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input to plan, collect --plan and merge: one line naming the file, the flag or the locker, exit 2, and
 * nothing written (no merged locker, no staging folder). Shard lockers are written here with the locker writer, so
 * no emulator is needed; a merge of them is checked too, with a failed shard turned into collection errors.
 */
class ShardsInputCliTest {

    static final List<String> ACCOUNTS = List.of("111111111111", "222222222222", "333333333333", "444444444444");
    static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");
    static final Map<String, CollectorEntry> TERMS = Map.of(
            "iam.account_summary", new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofDays(1)),
            "cloudtrail.trails", new CollectorEntry(CollectorScope.REGIONAL, Duration.ofDays(1)));

    @TempDir
    Path dir;

    ShardPlan plan;
    Path planFile;
    Path out;

    @BeforeEach
    void twoShards() {
        plan = ShardPlan.of(
                AuditPeriod.parse("2026-Q4"), List.of("eu-west-1"), false, "AuditpackReadOnly", ACCOUNTS, 2);
        planFile = dir.resolve("plan.json");
        plan.write(planFile);
        shardLocker(1, dir.resolve("s1"));
        shardLocker(2, dir.resolve("s2"));
        out = dir.resolve("merged");
    }

    void shardLocker(int k, Path where) {
        LockerWriter writer = LockerWriter.create(where, false);
        for (String account : plan.accountsOf(k)) {
            writer.write(doc("iam.account_summary", account, "global"));
            writer.write(doc("cloudtrail.trails", account, "eu-west-1"));
        }
        writer.shard(PlanLink.shard(plan.id(), k, plan.count()));
        writer.finish(
                "run-" + k,
                "1.0.0",
                plan.period(),
                new Scope(plan.accountsOf(k), plan.regions()),
                Optional.empty(),
                AT,
                AT.plusSeconds(60 * k),
                TERMS);
    }

    static EvidenceDocument doc(String collector, String account, String region) {
        return new EvidenceDocument(
                1,
                collector,
                account,
                region,
                AT,
                List.of(),
                EvidenceJson.mapper().createObjectNode().put("account", account),
                List.of());
    }

    Path copy(String from, String to) throws IOException {
        Path source = dir.resolve(from);
        Path target = dir.resolve(to);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Files.copy(p, target.resolve(source.relativize(p).toString()));
            }
        }
        return target;
    }

    static void editIndex(Path locker, Consumer<ObjectNode> edit) throws IOException {
        Path index = locker.resolve("index.json");
        ObjectNode tree = (ObjectNode) EvidenceJson.mapper().readTree(index.toFile());
        edit.accept(tree);
        Files.write(index, EvidenceJson.mapper().writeValueAsBytes(tree));
    }

    Cli merge(Path... lockers) {
        String[] args = new String[lockers.length + 5];
        args[0] = "merge";
        for (int i = 0; i < lockers.length; i++) {
            args[i + 1] = lockers[i].toString();
        }
        args[lockers.length + 1] = "--plan";
        args[lockers.length + 2] = planFile.toString();
        args[lockers.length + 3] = "--out";
        args[lockers.length + 4] = out.toString();
        return Cli.run(args);
    }

    void refused(Cli result, String... said) throws IOException {
        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains(said);
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".merge-"));
        }
    }

    @Test
    void mergesTwoShardsIntoOneVerifiedLocker() {
        Cli result = merge(dir.resolve("s2"), dir.resolve("s1"));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Cli.run("verify", out.toString()).exit()).isZero();
        EvidenceIndex index = Locker.open(out).index();
        assertThat(index.scope().accounts()).containsExactlyElementsOf(ACCOUNTS);
        assertThat(index.evidence()).hasSize(8);
        assertThat(index.collectors()).isEqualTo(TERMS);
        assertThat(index.startedAt()).isEqualTo(AT);
        assertThat(index.finishedAt()).isEqualTo(AT.plusSeconds(120));
        PlanLink link = index.plan().orElseThrow();
        assertThat(link.id()).isEqualTo(plan.id());
        assertThat(link.merged()).extracting(PlanLink.MergedShard::shard).containsExactly(1, 2);
        assertThat(link.merged().get(0).runId()).contains("run-1");
    }

    @Test
    void aFailedShardBecomesACollectionErrorForEachCollectorOfEachOfItsAccounts() throws IOException {
        Path failed = Files.createDirectories(dir.resolve("f2"));
        Files.writeString(
                failed.resolve(ShardFailure.FILE),
                "{\"planId\":\"" + plan.id() + "\",\"shard\":\"2/2\",\"error\":\"States.TaskFailed\","
                        + "\"cause\":\"Task stopped: OutOfMemoryError\"}");
        Cli result = merge(dir.resolve("s1"), failed);
        assertThat(result.exit()).as(result.err()).isZero();
        EvidenceIndex index = Locker.open(out).index();
        assertThat(index.scope().accounts()).containsExactlyElementsOf(ACCOUNTS);
        assertThat(index.evidence()).hasSize(4);
        assertThat(index.errors())
                .extracting(e -> e.account() + " " + e.region() + " " + e.collector() + " " + e.errorCode())
                .containsExactlyInAnyOrder(
                        "222222222222 global iam.account_summary ShardFailed",
                        "222222222222 eu-west-1 cloudtrail.trails ShardFailed",
                        "444444444444 global iam.account_summary ShardFailed",
                        "444444444444 eu-west-1 cloudtrail.trails ShardFailed");
        assertThat(index.errors().get(0).message()).contains("shard 2/2 failed", "States.TaskFailed", "OutOfMemory");
        assertThat(index.plan().orElseThrow().merged().get(1).failed()).isPresent();
    }

    @Test
    void shardsInNamesTheFoldersOneToN() throws IOException {
        Path all = Files.createDirectories(dir.resolve("all"));
        Files.move(dir.resolve("s1"), all.resolve("1"));
        Cli missing =
                Cli.run("merge", "--shards-in", all.toString(), "--plan", planFile.toString(), "--out", out.toString());
        refused(missing, all.resolve("2").toString(), "is not a directory");
        Files.move(dir.resolve("s2"), all.resolve("2"));
        refused(Cli.run("merge", "--plan", planFile.toString(), "--out", out.toString()), "--shards-in");
        refused(
                Cli.run(
                        "merge",
                        all.resolve("1").toString(),
                        "--shards-in",
                        all.toString(),
                        "--plan",
                        planFile.toString(),
                        "--out",
                        out.toString()),
                "--shards-in");
        Cli merged =
                Cli.run("merge", "--shards-in", all.toString(), "--plan", planFile.toString(), "--out", out.toString());
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(Locker.open(out).index().evidence()).hasSize(8);
    }

    @Test
    void aLockerGivenTwiceIsRefused() throws IOException {
        refused(merge(dir.resolve("s1"), dir.resolve("s1"), dir.resolve("s2")), "s1", "is given twice");
    }

    @Test
    void aShardListedTwiceIsRefused() throws IOException {
        Path again = copy("s1", "s1-again");
        refused(merge(dir.resolve("s1"), again, dir.resolve("s2")), again.toString(), "holds shard 1/2, as");
    }

    @Test
    void aMissingShardIsRefused() throws IOException {
        refused(merge(dir.resolve("s1")), "shard 2/2", "is missing");
    }

    @Test
    void aLockerThatFailsVerificationIsRefused() throws IOException {
        Path bad = copy("s2", "s2-bad");
        Files.writeString(bad.resolve("raw/222222222222/global/iam.account_summary.json"), "{}");
        refused(merge(dir.resolve("s1"), bad), bad.toString(), "fails verification", "CHANGED");
    }

    @Test
    void aShardOfAnotherPeriodIsRefused() throws IOException {
        Path other = copy("s2", "s2-period");
        editIndex(
                other,
                t -> ((ObjectNode) t.get("period"))
                        .put("label", "2026-Q3")
                        .put("start", "2026-07-01")
                        .put("end", "2026-09-30"));
        refused(merge(dir.resolve("s1"), other), other.toString(), "covers the period 2026-Q3");
    }

    @Test
    void shardsOfDifferentToolVersionsAreRefused() throws IOException {
        Path other = copy("s2", "s2-version");
        editIndex(other, t -> t.put("toolVersion", "0.9.0"));
        refused(merge(dir.resolve("s1"), other), other.toString(), "auditpack 0.9.0", "1.0.0");
    }

    @Test
    void aShardOfAnotherPlanIsRefused() throws IOException {
        Path other = copy("s2", "s2-plan");
        editIndex(other, t -> ((ObjectNode) t.get("plan")).put("id", "0".repeat(64)));
        refused(merge(dir.resolve("s1"), other), other.toString(), "was collected for plan " + "0".repeat(64));
    }

    @Test
    void twoShardsWithTheSameAccountAndRegionAreRefused() throws IOException {
        Path other = copy("s2", "s2-overlap");
        editIndex(other, t -> ((ArrayNode) t.get("scope").get("accounts")).insert(0, "111111111111"));
        refused(
                merge(dir.resolve("s1"), other),
                other.toString(),
                "holds account 111111111111 in eu-west-1, as " + dir.resolve("s1") + " does");
    }

    @Test
    void aLockerCollectedWithoutAPlanIsRefused() throws IOException {
        Path plain = copy("s2", "s2-plain");
        editIndex(plain, t -> t.remove("plan"));
        refused(merge(dir.resolve("s1"), plain), plain.toString(), "is not a shard of a plan");
    }

    @Test
    void anEditedPlanIsRefused() throws IOException {
        Files.writeString(planFile, Files.readString(planFile).replace("AuditpackReadOnly", "Other"));
        refused(merge(dir.resolve("s1"), dir.resolve("s2")), planFile.toString(), "does not match its content");
    }

    @Test
    void aFolderWithBothALockerAndAFailureMarkerIsRefused() throws IOException {
        Path both = copy("s2", "s2-both");
        Files.writeString(
                both.resolve(ShardFailure.FILE),
                "{\"planId\":\"" + plan.id() + "\",\"shard\":\"2/2\",\"error\":\"x\"}");
        refused(merge(dir.resolve("s1"), both), both.toString(), "holds both a finished locker");
    }

    @Test
    void aFailureMarkerOfAnotherPlanIsRefused() throws IOException {
        Path failed = Files.createDirectories(dir.resolve("f2"));
        Files.writeString(failed.resolve(ShardFailure.FILE), "{\"planId\":\"abc\",\"shard\":\"2/2\",\"error\":\"x\"}");
        refused(merge(dir.resolve("s1"), failed), ShardFailure.FILE, "is for plan abc");
    }

    @Test
    void anExistingOutputIsRefused() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli result = merge(dir.resolve("s1"), dir.resolve("s2"));
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains(out.toString(), "already exists");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void collectRefusesAShardOutsideThePlan() {
        Path locker = dir.resolve("c");
        for (String[] args : List.of(
                new String[] {"--plan", planFile.toString(), "--shard", "5/4"},
                new String[] {"--plan", planFile.toString(), "--shard", "3/2"},
                new String[] {"--plan", planFile.toString(), "--shard", "1/3"},
                new String[] {"--plan", planFile.toString()},
                new String[] {"--shard", "1/2"},
                new String[] {"--plan", planFile.toString(), "--shard", "1/2", "--accounts", "111111111111"},
                new String[] {"--plan", planFile.toString(), "--shard", "1/2", "--period", "2026-Q3"},
                new String[] {"--plan", dir.resolve("nothing.json").toString(), "--shard", "1/2"})) {
            String[] all = Stream.concat(Stream.of("collect", "--out", locker.toString()), Stream.of(args))
                    .toArray(String[]::new);
            Cli result = Cli.run(all);
            assertThat(result.exit())
                    .as(String.join(" ", args) + ": " + result.err())
                    .isEqualTo(2);
            assertThat(result.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(result.err()).containsAnyOf("--shard", "--plan", "nothing.json");
            assertThat(locker).doesNotExist();
        }
    }

    @Test
    void planRefusesMoreShardsThanAccountsAndMissingScope() {
        Path file = dir.resolve("p.json");
        for (String[] args : List.of(
                new String[] {"--accounts", String.join(",", ACCOUNTS), "--regions", "eu-west-1", "--shards", "5"},
                new String[] {"--accounts", String.join(",", ACCOUNTS), "--regions", "eu-west-1", "--shards", "0"},
                new String[] {"--accounts", String.join(",", ACCOUNTS), "--shards", "2"},
                new String[] {"--regions", "eu-west-1", "--shards", "2"},
                new String[] {"--accounts", "12345", "--regions", "eu-west-1", "--shards", "1"})) {
            String[] all = Stream.concat(Stream.of("plan", "--out", file.toString()), Stream.of(args))
                    .toArray(String[]::new);
            Cli result = Cli.run(all);
            assertThat(result.exit())
                    .as(String.join(" ", args) + ": " + result.err())
                    .isEqualTo(2);
            assertThat(result.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(file).doesNotExist();
        }
        Cli again = Cli.run(
                "plan",
                "--out",
                planFile.toString(),
                "--accounts",
                String.join(",", ACCOUNTS),
                "--regions",
                "eu-west-1",
                "--shards",
                "2");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(planFile.toString(), "already exists");
    }
}
