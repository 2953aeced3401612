package dev.auditpack.collector.locker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3UriTest {

    @Test
    void readsBucketAndPrefixAsAFolder() {
        S3Uri uri = S3Uri.parse("s3://evidence-archive/2026/q4/", "--to");
        assertThat(uri.bucket()).isEqualTo("evidence-archive");
        assertThat(uri.prefix()).isEqualTo("2026/q4");
        assertThat(uri.key("raw/a.json")).isEqualTo("2026/q4/raw/a.json");
        assertThat(uri.pathOf("2026/q4/raw/a.json")).isEqualTo("raw/a.json");
        assertThat(uri).hasToString("s3://evidence-archive/2026/q4");
        S3Uri top = S3Uri.parse("s3://evidence-archive", "--to");
        assertThat(top.key("index.json")).isEqualTo("index.json");
        assertThat(top.listPrefix()).isEmpty();
    }

    @Test
    void refusesWhatIsNoBucketOrAnUnsafePrefix() {
        for (String bad : List.of(
                "s3://",
                "s3:///p",
                "s3://Upper/p",
                "s3://a/p",
                "s3://b..c/p",
                "s3://bucket/a//b",
                "s3://bucket/../x",
                "s3://bucket/a b",
                "https://bucket/p",
                "bucket/p")) {
            assertThatThrownBy(() -> S3Uri.parse(bad, "--to"))
                    .as(bad)
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("--to: ");
        }
    }

    @Test
    void aManifestReadsBackAsWrittenAndRefusesPathsOutsideItsFolder() throws Exception {
        PublishManifest m = new PublishManifest(
                1,
                "locker",
                Instant.parse("2026-12-02T10:00:00Z"),
                "0.1.0",
                true,
                Optional.of(new PublishManifest.Retention("COMPLIANCE", Instant.parse("2027-12-02T10:00:00Z"))),
                List.of(
                        new PublishManifest.Entry("raw/a.json", "a".repeat(64), 3, Optional.of("v1")),
                        new PublishManifest.Entry("index.json", "b".repeat(64), 5, Optional.empty())));
        assertThat(PublishManifest.parse(m.toJson())).isEqualTo(m);
        String unsafe =
                new String(m.toJson(), java.nio.charset.StandardCharsets.UTF_8).replace("raw/a.json", "../a.json");
        assertThatThrownBy(() -> PublishManifest.parse(unsafe.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .hasMessageContaining("unsafe path: ../a.json");
    }
}
