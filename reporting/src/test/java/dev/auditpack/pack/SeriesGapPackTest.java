package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.bench.GenerateSeries;
import dev.auditpack.cli.Cli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekly series that skips three weeks: the pause is a GAP interval with its dates in the coverage, in every
 * control's deviations and in the timeline of every resource that spans it, and no control is effective over it.
 */
class SeriesGapPackTest {

    @TempDir
    Path dir;

    private JsonNode pack(String name, List<Integer> weeks) {
        Path series = dir.resolve(name);
        GenerateSeries.write(series, weeks, 3, 2, 6, 4, 4, false);
        return report(series, dir.resolve(name + "-pack"));
    }

    private static JsonNode report(Path series, Path out) {
        Cli report = Cli.run("report", "--evidence", series.toString(), "--out", out.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        return PackReaders.results(out.resolve(ReportJob.RESULTS)).path("timeline");
    }

    private static Set<String> effective(JsonNode timeline) {
        Set<String> out = new HashSet<>();
        timeline.path("controls").forEach(c -> {
            if (c.path("verdict").asText().equals("EFFECTIVE")) {
                out.add(c.path("framework").asText() + " " + c.path("control").asText());
            }
        });
        return out;
    }

    @Test
    void threeMissedWeeksAreAGapWithTheirDatesAndNoControlIsEffective() {
        JsonNode whole = pack("whole", IntStream.range(0, 13).boxed().toList());
        assertThat(whole.path("coverage")).isEmpty();

        List<Integer> weeks = new ArrayList<>(IntStream.range(0, 13).boxed().toList());
        weeks.removeAll(List.of(3, 4, 5));
        JsonNode gappy = pack("gappy", weeks);
        assertThat(gappy.path("snapshots")).hasSize(10);
        assertThat(report(dir.resolve("gappy"), dir.resolve("again")))
                .as("the accounts of a snapshot are judged side by side; the timeline does not depend on their order")
                .isEqualTo(gappy);
        assertThat(gappy.path("coverage")).singleElement().satisfies(g -> {
            assertThat(g.path("status").asText()).isEqualTo("GAP");
            assertThat(g.path("from").asText()).isEqualTo("2026-10-15T06:00:00Z");
            assertThat(g.path("to").asText()).isEqualTo("2026-11-12T06:00:00Z");
            assertThat(g.path("snapshots").asInt()).isZero();
        });
        assertThat(effective(gappy)).as("a pause is never a pass").isEmpty();
        int tested = 0;
        for (JsonNode c : gappy.path("controls")) {
            if (c.path("verdict").asText().equals("NOT_TESTED")) {
                continue;
            }
            tested++;
            assertThat(c.path("verdict").asText()).isIn("GAP", "NOT_EFFECTIVE");
            assertThat(c.path("deviations"))
                    .as("every control lists the pause among its deviations")
                    .anySatisfy(d -> {
                        assertThat(d.path("checkId").asText()).isEmpty();
                        assertThat(d.path("interval").path("from").asText()).isEqualTo("2026-10-15T06:00:00Z");
                        assertThat(d.path("interval").path("to").asText()).isEqualTo("2026-11-12T06:00:00Z");
                    });
        }
        assertThat(tested).isPositive();

        // A resource that passed at every snapshot of the whole series has the pause in its timeline.
        Set<String> passedThroughout = new HashSet<>();
        whole.path("rows").forEach(r -> {
            if (r.path("verdict").asText().equals("PASSED_THROUGHOUT")) {
                passedThroughout.add(
                        r.path("checkId").asText() + " " + r.path("resource").asText());
            }
        });
        assertThat(passedThroughout).isNotEmpty();
        JsonNode passed = null;
        for (JsonNode row : gappy.path("rows")) {
            if (passedThroughout.contains(
                    row.path("checkId").asText() + " " + row.path("resource").asText())) {
                passed = row;
                break;
            }
        }
        assertThat(passed)
                .as("a resource passing at every snapshot has the pause in its timeline")
                .isNotNull();
        List<String> briefs = new ArrayList<>();
        passed.path("intervals")
                .forEach(i -> briefs.add(i.path("status").asText() + " "
                        + i.path("from").asText() + " " + i.path("to").asText() + " "
                        + i.path("snapshots").asInt()));
        assertThat(briefs)
                .containsExactly(
                        "PASS 2026-10-01T06:00:00Z 2026-10-15T06:00:00Z 3",
                        "GAP 2026-10-15T06:00:00Z 2026-11-12T06:00:00Z 0",
                        "PASS 2026-11-12T06:00:00Z 2026-12-24T06:00:00Z 7");
    }
}
