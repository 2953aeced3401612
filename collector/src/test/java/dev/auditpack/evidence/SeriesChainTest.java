package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot series: the chain of index hashes, and what breaks it. */
class SeriesChainTest {

    private static final Instant START = Instant.parse("2026-10-01T06:00:00Z");
    private static final AuditPeriod Q4 = AuditPeriod.parse("2026-Q4");

    @TempDir
    Path dir;

    /** Three weekly snapshots, each with one evidence file. */
    private Series threeWeeks() {
        Series series = Series.openOrCreate(dir, Optional.of(Cadence.WEEKLY), Optional.of(Q4), clock(START));
        for (int week = 0; week < 3; week++) {
            snapshot(series, START.plusSeconds(week * 7L * 86_400));
        }
        return series;
    }

    private static Clock clock(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }

    static void snapshot(Series series, Instant at) {
        Series.Prepared next = series.prepare(clock(at));
        LockerWriter w = LockerWriter.create(next.dir(), false);
        w.link(next.link());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set(
                "GetAccountSummary",
                OperationResult.ok(JsonNodeFactory.instance.objectNode().put("at", at.toString()))
                        .toJson());
        w.write(new EvidenceDocument(
                1,
                "iam.account_summary",
                "111122223333",
                "global",
                at,
                List.of("iam:GetAccountSummary"),
                data,
                List.of()));
        w.finish(
                "run-" + at.getEpochSecond(),
                "test",
                series.period(),
                new Scope(List.of("111122223333"), List.of("eu-west-1")),
                Optional.empty(),
                at,
                at.plusSeconds(60),
                Map.of());
        series.advance(next.link().name());
    }

    private Series reopened() {
        return Series.open(dir);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("snapshots"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSeriesChainsEachIndexToTheOneBefore() throws IOException {
        Series series = threeWeeks();
        SeriesChain.Walk walk = SeriesChain.walk(reopened());
        assertThat(walk.problems()).isEmpty();
        assertThat(walk.snapshots()).extracting(SeriesChain.Snapshot::name).containsExactlyElementsOf(names());
        EvidenceIndex first = walk.snapshots().get(0).open().index();
        assertThat(first.snapshot().orElseThrow().previous()).isNull();
        assertThat(Files.readString(dir.resolve("snapshots/" + names().get(0) + "/index.json")))
                .contains("\"previous\" : null");
        EvidenceIndex second = walk.snapshots().get(1).open().index();
        assertThat(second.snapshot().orElseThrow().previous().indexSha256())
                .isEqualTo(Digests.sha256(dir.resolve("snapshots/" + names().get(0) + "/index.json")));
        assertThat(series.manifest().cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(Files.readString(dir.resolve("series.json"))).contains("\"cadence\" : \"weekly\"");
    }

    @Test
    void aRemovedSnapshotIsNamed() throws IOException {
        threeWeeks();
        String middle = names().get(1);
        deleteTree(dir.resolve("snapshots/" + middle));
        assertThat(SeriesChain.walk(reopened()).problems())
                .singleElement()
                .asString()
                .startsWith("snapshots/" + names().get(1) + ": names " + middle)
                .contains("a snapshot was removed");
    }

    @Test
    void removingTheFirstOrTheLastIsNamedToo() throws IOException {
        threeWeeks();
        List<String> all = names();
        deleteTree(dir.resolve("snapshots/" + all.get(0)));
        assertThat(SeriesChain.walk(reopened()).problems())
                .singleElement()
                .asString()
                .contains("snapshots/" + all.get(1), "it is the first", "removed");
        deleteTree(dir.resolve("snapshots/" + all.get(2)));
        assertThat(SeriesChain.walk(reopened()).problems())
                .anySatisfy(p -> assertThat(p).startsWith("series.json: names " + all.get(2)));
    }

    @Test
    void swappedSnapshotsAreNamed() throws IOException {
        threeWeeks();
        List<String> all = names();
        Path a = dir.resolve("snapshots/" + all.get(0));
        Path b = dir.resolve("snapshots/" + all.get(1));
        Path tmp = dir.resolve("snapshots/.swap");
        Files.move(a, tmp);
        Files.move(b, a);
        Files.move(tmp, b);
        assertThat(SeriesChain.walk(reopened()).problems())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).matches("(snapshots/\\d{8}T\\d{6}Z|series\\.json): .*"))
                .anySatisfy(p -> assertThat(p).contains("renamed"));
    }

    @Test
    void anAlteredIndexOrEvidenceFileIsNamed() throws IOException {
        threeWeeks();
        List<String> all = names();
        Path index = dir.resolve("snapshots/" + all.get(0) + "/index.json");
        Files.writeString(index, Files.readString(index).replace("\"run-", "\"RUN-"));
        assertThat(SeriesChain.walk(reopened()).problems())
                .singleElement()
                .asString()
                .startsWith("snapshots/" + all.get(1) + ": ")
                .contains(all.get(0) + " was altered");

        threeWeeksAgain();
        Path raw = dir.resolve("snapshots/" + names().get(1) + "/raw/111122223333/global/iam.account_summary.json");
        Files.writeString(raw, Files.readString(raw).replace("2026", "2025"));
        assertThat(SeriesChain.walk(reopened()).problems())
                .singleElement()
                .asString()
                .startsWith(
                        "snapshots/" + names().get(1) + ": altered: raw/111122223333/global/iam.account_summary.json");
    }

    private void threeWeeksAgain() throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        threeWeeks();
    }

    @Test
    void anInsertedSnapshotIsNamed() throws IOException {
        threeWeeks();
        List<String> all = names();
        // A copy of the first snapshot placed between the first and the second, under a name between them.
        Path inserted = dir.resolve("snapshots/20261003T060000Z");
        copyTree(dir.resolve("snapshots/" + all.get(0)), inserted);
        List<String> problems = SeriesChain.walk(reopened()).problems();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("snapshots/20261003T060000Z: "));
        assertThat(problems)
                .anySatisfy(p -> assertThat(p)
                        .startsWith("snapshots/" + all.get(1) + ": ")
                        .contains("inserted"));
    }

    @Test
    void aNewSnapshotIsRefusedWhileTheHeadDoesNotMatch() throws IOException {
        threeWeeks();
        deleteTree(dir.resolve("snapshots/" + names().get(2)));
        assertThatThrownBy(() -> reopened().prepare(clock(START.plusSeconds(30L * 86_400))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("series.json")
                .hasMessageContaining("auditpack verify");
    }

    @Test
    void anExistingSeriesKeepsItsCadenceAndPeriod() {
        threeWeeks();
        assertThatThrownBy(() -> Series.openOrCreate(dir, Optional.of(Cadence.DAILY), Optional.empty(), clock(START)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--cadence");
        assertThatThrownBy(() -> Series.openOrCreate(
                        dir, Optional.empty(), Optional.of(AuditPeriod.parse("2027-Q1")), clock(START)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--period");
        assertThatThrownBy(() ->
                        Series.openOrCreate(dir.resolve("fresh"), Optional.empty(), Optional.empty(), clock(START)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--cadence");
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
