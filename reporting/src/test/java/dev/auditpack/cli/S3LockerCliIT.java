package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.Digests;
import dev.auditpack.pack.DemoPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code publish}, {@code verify s3://…} and {@code collect --out s3://…} against moto, which keeps Object Lock
 * (buckets created with it, retention written with each PutObject, locked versions refused to DeleteObject) and the
 * SHA-256 checksum sent with each object. moto stores the checksum it is sent without checking it against the bytes,
 * so S3's own check on arrival is not exercised here; what is checked is that every object carries the SHA-256 of
 * the local file, which real S3 would refuse to store for other bytes.
 */
@ExtendWith(MotoServer.class)
class S3LockerCliIT {

    private static final String REGION = "us-east-1";
    private static S3Client s3;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void emulator() {
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        s3 = Emulated.s3(MotoServer.get(), REGION);
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    static String endpoint() {
        return MotoServer.get().endpoint().toString();
    }

    static void lockedBucket(String name) {
        s3.createBucket(r -> r.bucket(name).objectLockEnabledForBucket(true));
    }

    static Cli cli(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--endpoint-url", endpoint()))
                .toArray(String[]::new);
        return Cli.run(all);
    }

    static List<S3Object> objects(String bucket, String prefix) {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                .toList();
    }

    @Test
    void aPackPublishedUnderComplianceRetentionVerifiesAndALockedVersionCannotBeDeleted() throws Exception {
        lockedBucket("pack-locker");
        Path pack = DemoPacks.unsigned().dir();
        Instant before = Instant.now();
        Cli published = cli(
                "publish",
                pack.toString(),
                "--to",
                "s3://pack-locker/2026-q4",
                "--retention",
                "compliance",
                "--retain",
                "30");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("Published pack", "COMPLIANCE until");

        List<Path> local;
        try (Stream<Path> walk = Files.walk(pack)) {
            local = walk.filter(Files::isRegularFile)
                    .filter(p -> !pack.relativize(p).toString().startsWith("."))
                    .toList();
        }
        assertThat(objects("pack-locker", "2026-q4/")).hasSize(local.size() + 1);
        for (Path file : local) {
            String key = "2026-q4/" + pack.relativize(file).toString().replace('\\', '/');
            HeadObjectResponse head =
                    s3.headObject(r -> r.bucket("pack-locker").key(key).checksumMode(ChecksumMode.ENABLED));
            assertThat(head.checksumSHA256())
                    .as(key)
                    .isEqualTo(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(Digests.sha256(file))));
            assertThat(head.objectLockModeAsString()).isEqualTo("COMPLIANCE");
            assertThat(head.objectLockRetainUntilDate())
                    .isBetween(
                            before.plus(Duration.ofDays(30)).minusSeconds(2),
                            Instant.now().plus(Duration.ofDays(30)));
        }

        Cli verified = cli("verify", "s3://pack-locker/2026-q4", "--expect-retention");
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out())
                .contains(
                        "OK: " + (local.size() + 1) + " object(s)",
                        "match SHA256SUMS",
                        "every object is under retention")
                .contains("evidence/index.json  COMPLIANCE until");

        // The zip on its own: verify reads it back and checks it against SHA256SUMS.
        Cli zip = cli(
                "publish",
                pack.resolve("evidence-pack.zip").toString(),
                "--to",
                "s3://pack-locker/zip-only",
                "--retention",
                "governance",
                "--retain",
                "1");
        assertThat(zip.exit()).as(zip.err()).isZero();
        assertThat(zip.out()).contains("Published pack-zip", ": 2 object(s) written");
        Cli zipVerified = cli("verify", "s3://pack-locker/zip-only");
        assertThat(zipVerified.exit()).as(zipVerified.err()).isZero();
        assertThat(zipVerified.out()).contains("files of evidence-pack.zip match SHA256SUMS");

        // Object Lock at work: the published version of a file cannot be deleted.
        String key = "2026-q4/results.json";
        ObjectVersion version = s3.listObjectVersions(
                        r -> r.bucket("pack-locker").prefix(key))
                .versions()
                .get(0);
        assertThatThrownBy(() ->
                        s3.deleteObject(r -> r.bucket("pack-locker").key(key).versionId(version.versionId())))
                .isInstanceOf(S3Exception.class)
                .hasMessageContaining("Access Denied");

        // Publishing the same pack again writes nothing; a different set to the same prefix is refused.
        Cli again = cli(
                "publish",
                pack.toString(),
                "--to",
                "s3://pack-locker/2026-q4",
                "--retention",
                "compliance",
                "--retain",
                "30");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("already published", "0 object(s) written");
        Cli other = cli(
                "publish",
                pack.resolve("evidence").toString(),
                "--to",
                "s3://pack-locker/2026-q4",
                "--retention",
                "compliance",
                "--retain",
                "30");
        assertThat(other.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(other.errLines()).hasSize(1);
        assertThat(other.err()).contains("s3://pack-locker/2026-q4: already holds", "choose a new prefix");
        assertThat(objects("pack-locker", "2026-q4/")).hasSize(local.size() + 1);

        // A delete without a version id leaves a delete marker: the object is gone from the prefix, and verify says so.
        s3.deleteObject(r -> r.bucket("pack-locker").key(key));
        Cli broken = cli("verify", "s3://pack-locker/2026-q4");
        assertThat(broken.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(broken.err()).contains("MISSING results.json", "FAILED: 1 problem(s) in s3://pack-locker/2026-q4");
    }

    @Test
    void aLockerInABucketWithoutObjectLockIsRefusedUnlessAllowedAndTamperingIsNamed() throws Exception {
        s3.createBucket(r -> r.bucket("plain"));
        Path locker = DemoPacks.unsigned().resolve("evidence");

        Cli refused = cli("publish", locker.toString(), "--to", "s3://plain/lockers/one");
        assertThat(refused.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(refused.errLines()).hasSize(1);
        assertThat(refused.err()).contains("has no Object Lock enabled", "--allow-no-object-lock");
        Cli noRetention = cli(
                "publish",
                locker.toString(),
                "--to",
                "s3://plain/lockers/one",
                "--retention",
                "governance",
                "--retain",
                "1");
        assertThat(noRetention.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(noRetention.err()).contains("--retention cannot be written");
        assertThat(objects("plain", "")).isEmpty();

        Cli published = cli("publish", locker.toString(), "--to", "s3://plain/lockers/one", "--allow-no-object-lock");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(published.out()).contains("Published locker", "NOT enabled", "can replace or delete");

        Cli verified = cli("verify", "s3://plain/lockers/one");
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("evidence files match index.json", "no retention");
        Cli unretained = cli("verify", "s3://plain/lockers/one", "--expect-retention");
        assertThat(unretained.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(unretained.err()).contains("NOT RETAINED index.json (no Object Lock retention)");

        // The manifest removed: the set reads as unfinished, and publish finishes it by writing only the manifest.
        s3.deleteObject(r -> r.bucket("plain").key("lockers/one/" + PublishManifest.NAME));
        Cli unfinished = cli("verify", "s3://plain/lockers/one");
        assertThat(unfinished.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(unfinished.err()).contains("MISSING " + PublishManifest.NAME, "did not finish");
        Cli resumed = cli("publish", locker.toString(), "--to", "s3://plain/lockers/one", "--allow-no-object-lock");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains(": 1 object(s) written");

        // An evidence file replaced, with S3's checksum of the new bytes: the manifest and index.json still tell.
        List<Path> files;
        try (Stream<Path> raw = Files.walk(locker.resolve("raw"))) {
            files = raw.filter(Files::isRegularFile).sorted().limit(2).toList();
        }
        String forged = locker.relativize(files.get(0)).toString().replace('\\', '/');
        String recopied = locker.relativize(files.get(1)).toString().replace('\\', '/');
        s3.putObject(
                r -> r.bucket("plain").key("lockers/one/" + forged).checksumAlgorithm(ChecksumAlgorithm.SHA256),
                RequestBody.fromString("{\"forged\":true}", StandardCharsets.UTF_8));
        // The same bytes again, but with only a CRC32 for S3 to keep: no longer what was published.
        s3.putObject(
                r -> r.bucket("plain").key("lockers/one/" + recopied).checksumAlgorithm(ChecksumAlgorithm.CRC32),
                RequestBody.fromFile(files.get(1)));
        s3.putObject(r -> r.bucket("plain").key("lockers/one/raw/extra.json"), RequestBody.fromString("{}"));
        Cli tampered = cli("verify", "s3://plain/lockers/one");
        assertThat(tampered.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(tampered.err())
                .contains("CHANGED " + forged + " (expected sha256")
                .contains("CHANGED " + recopied + " (stored without a SHA-256 checksum)")
                .contains("UNEXPECTED raw/extra.json (not listed in " + PublishManifest.NAME + ")")
                .contains("FAILED: 3 problem(s)");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        lockedBucket("strict");
        Path locker = DemoPacks.unsigned().resolve("evidence");
        List<List<String>> cases = List.of(
                List.of("publish", locker.toString(), "--to", "s3:///prefix"),
                List.of("publish", locker.toString(), "--to", "s3://Bad_Bucket/p"),
                List.of("publish", locker.toString(), "--to", "/tmp/not-s3"),
                List.of("publish", locker.toString(), "--to", "s3://strict/a/../b"),
                List.of(
                        "publish",
                        locker.toString(),
                        "--to",
                        "s3://strict/p",
                        "--retention",
                        "compliance",
                        "--retain",
                        "soon"),
                List.of(
                        "publish",
                        locker.toString(),
                        "--to",
                        "s3://strict/p",
                        "--retention",
                        "compliance",
                        "--retain",
                        "0"),
                List.of(
                        "publish",
                        locker.toString(),
                        "--to",
                        "s3://strict/p",
                        "--retention",
                        "forever",
                        "--retain",
                        "3"),
                List.of("publish", locker.toString(), "--to", "s3://strict/p", "--retention", "compliance"),
                List.of("publish", locker.toString(), "--retention", "compliance", "--retain", "3"),
                List.of("publish", tmp.toString(), "--to", "s3://strict/p"),
                List.of(
                        "collect",
                        "--out",
                        tmp.resolve("local").toString(),
                        "--retention",
                        "compliance",
                        "--retain",
                        "3"),
                List.of("collect", "--out", "s3://", "--regions", REGION),
                List.of("verify", "s3://"),
                List.of("verify", locker.toString(), "--expect-retention"));
        for (List<String> args : cases) {
            Cli run = cli(args.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(ExitCodes.INPUT);
            assertThat(run.errLines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(objects("strict", "")).isEmpty();
        assertThat(tmp.resolve("local")).doesNotExist();
    }

    @Test
    void collectPublishesToS3AndTheLockerReadsBack() throws Exception {
        lockedBucket("collected");
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = scratchLockers(temp);
        Cli run = Cli.run(
                "collect",
                "--out",
                "s3://collected/runs/2026-12-02",
                "--regions",
                REGION,
                "--period",
                "2026-Q4",
                "--endpoint-url",
                endpoint(),
                "--max-attempts",
                "1",
                "--retention",
                "governance",
                "--retain",
                "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Evidence locker written to s3://collected/runs/2026-12-02", "Published locker");
        assertThat(scratchLockers(temp)).as("the temporary locker is removed").isEqualTo(before);
        assertThat(objects("collected", "runs/2026-12-02/"))
                .extracting(S3Object::key)
                .contains("runs/2026-12-02/index.json", "runs/2026-12-02/" + PublishManifest.NAME);

        Cli verified = cli("verify", "s3://collected/runs/2026-12-02", "--expect-retention");
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("GOVERNANCE until", "evidence files match index.json");

        Cli twice = Cli.run(
                "collect",
                "--out",
                "s3://collected/runs/2026-12-02",
                "--regions",
                REGION,
                "--endpoint-url",
                endpoint());
        assertThat(twice.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(twice.err()).contains("already holds objects");
    }

    private static List<Path> scratchLockers(Path temp) throws java.io.IOException {
        try (Stream<Path> in = Files.list(temp)) {
            return in.filter(p -> p.getFileName().toString().startsWith("auditpack-collect-"))
                    .sorted()
                    .toList();
        }
    }
}
