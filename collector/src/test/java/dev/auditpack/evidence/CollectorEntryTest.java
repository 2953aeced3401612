package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each collector's scope and freshness limit travel in {@code index.json}; lockers from before still read. */
class CollectorEntryTest {

    private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");
    private static final String ACCOUNT = "111122223333";

    @TempDir
    Path dir;

    private EvidenceIndex writeLocker(Map<String, CollectorEntry> collectors) {
        LockerWriter w = LockerWriter.create(dir, false);
        w.write(new EvidenceDocument(
                1,
                "s3.buckets",
                ACCOUNT,
                Target.GLOBAL,
                T,
                List.of("s3:ListBuckets"),
                JsonNodeFactory.instance.objectNode(),
                List.of()));
        return w.finish(
                "run-1",
                "test",
                AuditPeriod.parse("2026-Q4"),
                new Scope(List.of(ACCOUNT), List.of("eu-west-1")),
                Optional.empty(),
                T,
                T,
                collectors);
    }

    @Test
    void theIndexRecordsEachCollectorsScopeAndFreshnessLimit() throws IOException {
        writeLocker(Map.of(
                "s3.buckets",
                new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofHours(6)),
                "example.new_thing",
                new CollectorEntry(CollectorScope.REGIONAL, Duration.ofDays(30))));

        JsonNode json =
                EvidenceJson.mapper().readTree(dir.resolve(LockerWriter.INDEX).toFile());
        assertThat(json.path("collectors").path("s3.buckets").path("freshFor").asText())
                .isEqualTo("PT6H");
        assertThat(json.path("collectors").path("s3.buckets").path("scope").asText())
                .isEqualTo("ACCOUNT");
        assertThat(json.path("collectors")
                        .path("example.new_thing")
                        .path("freshFor")
                        .asText())
                .isEqualTo("PT720H");

        EvidenceIndex read = Locker.open(dir).index();
        assertThat(read.collector("s3.buckets"))
                .contains(new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofHours(6)));
        assertThat(read.collector("example.new_thing")).hasValueSatisfying(e -> {
            assertThat(e.regional()).isTrue();
            assertThat(e.freshFor()).isEqualTo(Duration.ofDays(30));
        });
    }

    @Test
    void anIndexWithoutTheFieldIsReadByTheTableOfItsTime() throws IOException {
        writeLocker(Map.of("s3.buckets", new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofHours(6))));
        Path index = dir.resolve(LockerWriter.INDEX);
        ObjectNode json = (ObjectNode) EvidenceJson.mapper().readTree(index.toFile());
        json.remove("collectors");
        Files.write(index, EvidenceJson.mapper().writeValueAsBytes(json));
        assertThat(Files.readString(index)).doesNotContain("collectors").doesNotContain("freshFor");

        EvidenceIndex read = Locker.open(dir).index();
        assertThat(read.collectors()).isEmpty();
        assertThat(read.collector("s3.buckets"))
                .contains(new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofDays(1)));
        assertThat(read.collector("artifact.reports"))
                .contains(new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofDays(7)));
        assertThat(read.collector("ec2.vpcs"))
                .hasValueSatisfying(e -> assertThat(e.regional()).isTrue());
        assertThat(read.collector("example.unknown")).isEmpty();
        assertThat(Locker.open(dir).verify()).isEmpty();
    }

    @Test
    void anIndexWithoutCollectorsLeavesTheFieldOut() throws IOException {
        writeLocker(Map.of());
        assertThat(Files.readString(dir.resolve(LockerWriter.INDEX))).doesNotContain("collectors");
    }
}
