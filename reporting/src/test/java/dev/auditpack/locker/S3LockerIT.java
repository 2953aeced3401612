package dev.auditpack.locker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.collector.locker.StoredSet;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Locker;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.DemoPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The library calls other commands build on ({@link S3Locker#publish}, {@link S3Locker#download}), against moto: the
 * order objects are written in, and a download that gives back the very locker that was published, or nothing.
 */
@ExtendWith(MotoServer.class)
class S3LockerIT {

    private static final List<String> WRITTEN = Collections.synchronizedList(new ArrayList<>());
    private static S3Client s3;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void client() {
        s3 = S3Client.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(Emulated.credentials())
                .endpointOverride(MotoServer.get().endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof PutObjectRequest put) {
                            WRITTEN.add(put.key());
                        }
                    }
                }))
                .build();
        s3.createBucket(r -> r.bucket("lockers").objectLockEnabledForBucket(true));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    private static S3Locker.Options governance() {
        return new S3Locker.Options(
                Optional.of(new S3Locker.Retention(S3Locker.Mode.GOVERNANCE, 1)), false, "test", Clock.systemUTC());
    }

    @Test
    void aPackIsWrittenFilesFirstThenItsIndexesThenTheManifest() {
        WRITTEN.clear();
        Path pack = DemoPacks.unsigned().dir();
        S3Locker.Published done =
                new S3Locker(s3).publish(pack, S3Uri.parse("s3://lockers/order", "test"), governance());
        assertThat(done.manifest().kind()).isEqualTo("pack");
        assertThat(WRITTEN).hasSize(done.manifest().objects().size() + 1);
        assertThat(WRITTEN.get(WRITTEN.size() - 1)).isEqualTo("order/" + PublishManifest.NAME);
        assertThat(WRITTEN.get(WRITTEN.size() - 2)).isEqualTo("order/evidence/index.json");
        assertThat(done.manifest().objects())
                .allSatisfy(e -> assertThat(e.versionId()).isPresent());
    }

    @Test
    void aDownloadIsTheLockerThatWasPublishedCheckedObjectByObject() throws Exception {
        Path locker = DemoPacks.unsigned().resolve("evidence");
        S3Uri at = S3Uri.parse("s3://lockers/roundtrip/", "test");
        try (S3Locker s3Locker = new S3Locker(s3)) {
            s3Locker.publish(locker, at, governance());
            Path into = tmp.resolve("copy");
            StoredSet set = s3Locker.download(at, into);
            assertThat(set.matches()).isTrue();
            assertThat(set.manifest().orElseThrow().kind()).isEqualTo("locker");
            assertThat(set.objects()).allSatisfy(o -> assertThat(o.mode()).contains("GOVERNANCE"));
            assertThat(Locker.open(into).verify()).isEmpty();
            assertThat(into.resolve(PublishManifest.NAME)).doesNotExist();
            try (Stream<Path> walk = Files.walk(locker)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    assertThat(Digests.sha256(
                                    into.resolve(locker.relativize(file).toString())))
                            .as(file.toString())
                            .isEqualTo(Digests.sha256(file));
                }
            }

            assertThatThrownBy(() -> s3Locker.download(at, into))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("is not empty");

            // A newer version of index.json over the locked one: the download refuses and leaves nothing.
            s3.putObject(r -> r.bucket("lockers").key("roundtrip/index.json"), RequestBody.fromString("{}"));
            Path second = tmp.resolve("second");
            assertThatThrownBy(() -> s3Locker.download(at, second))
                    .isInstanceOfSatisfying(
                            S3Locker.CheckFailedException.class,
                            e -> assertThat(e.set().problems())
                                    .singleElement()
                                    .satisfies(d -> assertThat(d.describe())
                                            .startsWith("CHANGED index.json")
                                            .contains("is no longer the current one")));
            assertThat(second).doesNotExist();
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".download-"));
            }
        }
    }
}
