package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.SeededOrganisation;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.ShardFailure;
import dev.auditpack.evidence.ShardPlan;
import dev.auditpack.pack.PackReaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;

/**
 * The four container commands of deploy/auditpack-sharded.yaml, in order, against moto with every path in S3: plan
 * to s3://…/plan.json and items.json, collect of shard 1 from the plan in S3, shard 2 replaced by the failure marker
 * the state machine's Catch puts, merge from and to S3, report from and to S3. The pack verifies in S3 and shows the
 * failed shard's accounts as GAP.
 */
@ExtendWith(MotoServer.class)
class ShardsS3CliIT {

    static final String BUCKET = "sharded-run";
    static final String RUN = "s3://" + BUCKET + "/run-1";

    @TempDir
    static Path tmp;

    static S3Client s3;
    static ShardPlan plan;

    @BeforeAll
    static void planAndCollectOneShard() throws Exception {
        MotoServer.get().reset();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        SeededOrganisation.seed(MotoServer.get(), 4, List.of("us-east-1"));
        s3 = Emulated.s3(MotoServer.get(), "us-east-1");
        s3.createBucket(r -> r.bucket(BUCKET).objectLockEnabledForBucket(true));

        Cli planned = cli(
                "plan",
                "--organization",
                "--shards",
                "2",
                "--regions",
                "us-east-1",
                "--period",
                "2026-Q4",
                "--out",
                RUN + "/plan.json",
                "--items",
                RUN + "/items.json");
        assertThat(planned.exit()).as(planned.err()).isZero();
        Path local = tmp.resolve("plan.json");
        Files.write(local, object("run-1/plan.json"));
        plan = ShardPlan.read(local);

        Cli collected = cli("collect", "--plan", RUN + "/plan.json", "--shard", "1/2", "--out", RUN + "/shards/1");
        assertThat(collected.exit()).as(collected.err()).isZero();
        assertThat(collected.out()).contains("Published locker collected to " + RUN + "/shards/1");

        // What the Catch's MarkShardFailed and RecordShardFailed states put: States.JsonToString of the marker.
        String marker = "{\"planId\":\"" + plan.id() + "\",\"shard\":\"2/2\",\"error\":\"States.TaskFailed\","
                + "\"cause\":\"Essential container in task exited\"}";
        s3.putObject(r -> r.bucket(BUCKET).key("run-1/shards/2/" + ShardFailure.FILE), RequestBody.fromString(marker));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    static Cli cli(String... args) {
        String[] all = Stream.concat(
                        Stream.of(args),
                        Stream.of("--endpoint-url", MotoServer.get().endpoint().toString()))
                .toArray(String[]::new);
        return Cli.run(all);
    }

    static byte[] object(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asByteArray();
    }

    static List<String> keys(String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix(prefix)).contents().stream()
                .map(o -> o.key())
                .toList();
    }

    @Test
    void theTemplatesCommandsRunInS3AndTheFailedShardIsAGap() throws Exception {
        // The plan and items objects carry their SHA-256; the items list is what the Distributed Map reads.
        var head = s3.headObject(r -> r.bucket(BUCKET).key("run-1/plan.json").checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumSHA256())
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(Digests.sha256(object("run-1/plan.json")))));
        JsonNode items = ShardsCliIT.JSON.readTree(object("run-1/items.json"));
        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("shard").asText()).isEqualTo("2/2");
        assertThat(items.get(1).get("planId").asText()).isEqualTo(plan.id());
        assertThat(plan.accounts()).hasSize(4);

        // A retried plan step writes the same bytes and keeps what is there.
        Cli again = cli(
                "plan",
                "--organization",
                "--shards",
                "2",
                "--regions",
                "us-east-1",
                "--period",
                "2026-Q4",
                "--out",
                RUN + "/plan.json",
                "--items",
                RUN + "/items.json");
        assertThat(again.exit()).as(again.err()).isZero();

        Cli merged =
                cli("merge", "--plan", RUN + "/plan.json", "--shards-in", RUN + "/shards", "--out", RUN + "/merged");
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("1 failed", "Published locker merged to " + RUN + "/merged");
        assertThat(merged.out()).doesNotContain("auditpack-merge-");
        assertThat(cli("verify", RUN + "/merged").exit()).isZero();

        Cli report = cli("report", "--evidence", RUN + "/merged", "--out", RUN + "/pack");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("Evidence pack written to " + RUN + "/pack", "Published pack built");
        Cli verified = cli("verify", RUN + "/pack");
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(keys("run-1/pack/")).contains("run-1/pack/" + PublishManifest.NAME, "run-1/pack/results.json");

        Path downloaded = tmp.resolve("merged");
        try (S3Locker locker = new S3Locker(s3)) {
            locker.download(S3Uri.parse(RUN + "/merged", "test"), downloaded);
        }
        EvidenceIndex index = Locker.open(downloaded).index();
        assertThat(index.scope().accounts()).containsExactlyElementsOf(plan.accounts());
        assertThat(index.evidence())
                .isNotEmpty()
                .noneMatch(e -> plan.accountsOf(2).contains(e.account()));

        Path results = tmp.resolve("results.json");
        Files.write(results, object("run-1/pack/results.json"));
        List<String> lines = PackReaders.judged(PackReaders.results(results));
        for (String account : plan.accountsOf(2)) {
            assertThat(lines.stream().filter(l -> l.contains(" " + account + " ")))
                    .as(account)
                    .isNotEmpty()
                    .allMatch(l -> l.contains(" GAP "));
        }
        assertThat(lines.stream()
                        .filter(l -> l.contains(" " + plan.accountsOf(1).get(0) + " ")))
                .anyMatch(l -> !l.contains(" GAP "));
    }

    @Test
    void badS3LocationsAreOneLineAndWriteNothing() throws Exception {
        Cli noBucket = cli(
                "plan",
                "--accounts",
                Emulated.ACCOUNT,
                "--shards",
                "1",
                "--regions",
                "us-east-1",
                "--out",
                "s3:///plan.json");
        assertThat(noBucket.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(noBucket.errLines()).singleElement().asString().contains("--out", "names no bucket");

        Cli noPlan = cli("collect", "--plan", RUN + "/nothing.json", "--shard", "1/2", "--out", RUN + "/x");
        assertThat(noPlan.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(noPlan.errLines()).singleElement().asString().contains(RUN + "/nothing.json", "does not exist");

        // A shard missing in S3.
        Cli missing =
                cli("merge", "--plan", RUN + "/plan.json", "--shards-in", RUN + "/none", "--out", RUN + "/merged-none");
        assertThat(missing.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(missing.errLines())
                .singleElement()
                .asString()
                .contains(RUN + "/none/1", "holds neither", ShardFailure.FILE);
        assertThat(keys("run-1/merged-none")).isEmpty();

        // A shard whose object was changed after it was published: its download fails its checksums.
        Path shard = tmp.resolve("shard-1");
        try (S3Locker locker = new S3Locker(s3)) {
            locker.download(S3Uri.parse(RUN + "/shards/1", "test"), shard);
        }
        Cli copy = cli("publish", shard.toString(), "--to", RUN + "/damaged/1");
        assertThat(copy.exit()).as(copy.err()).isZero();
        s3.putObject(
                r -> r.bucket(BUCKET).key("run-1/damaged/2/" + ShardFailure.FILE),
                RequestBody.fromBytes(object("run-1/shards/2/" + ShardFailure.FILE)));
        String raw = keys("run-1/damaged/1/raw/").get(0);
        s3.putObject(r -> r.bucket(BUCKET).key(raw), RequestBody.fromString("{}", StandardCharsets.UTF_8));
        Cli damaged = cli(
                "merge", "--plan", RUN + "/plan.json", "--shards-in", RUN + "/damaged", "--out", RUN + "/merged-bad");
        assertThat(damaged.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(damaged.errLines()).singleElement().asString().contains(RUN + "/damaged/1", "do not match");
        assertThat(keys("run-1/merged-bad")).isEmpty();

        Cli badReport = cli("report", "--evidence", RUN + "/damaged/1", "--out", RUN + "/pack-bad");
        assertThat(badReport.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(badReport.errLines()).singleElement().asString().contains(RUN + "/damaged/1");
        assertThat(keys("run-1/pack-bad")).isEmpty();
        assertThat(new ArrayList<>(keys("run-1/"))).noneMatch(k -> k.startsWith("run-1/x/"));
    }
}
