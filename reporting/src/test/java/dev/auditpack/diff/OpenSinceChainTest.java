package dev.auditpack.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.PackReaders;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three quarters: the Q3 pack is built with {@code --previous} the Q2 pack, so its results.json carries since when
 * each finding has been failing; comparing Q3 with Q4 then counts a finding failing in all three from the Q2 pack's
 * observation, not from Q3's. The packs use the frameworks cut to one control each.
 */
class OpenSinceChainTest {

    @TempDir
    Path dir;

    @Test
    void daysOpenCountFromTheEarliestPackOfTheChain() {
        Path frameworks = DemoPacks.smallFrameworks(dir.resolve("frameworks"));
        Path q2 = report(QuarterLockers.second(dir.resolve("q2-evidence")), "q2", frameworks);
        Path q3 =
                report(QuarterLockers.third(dir.resolve("q3-evidence")), "q3", frameworks, "--previous", q2.toString());
        Path q4 = report(QuarterLockers.fourth(dir.resolve("q4-evidence")), "q4", frameworks);
        Path json = dir.resolve("diff.json");
        Cli diff = Cli.run("diff", q3.toString(), q4.toString(), "--json", json.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();

        Instant q2Observed = Instant.parse(PackReaders.results(q2.resolve("results.json"))
                .at("/run/collectedTo")
                .asText());
        Instant q4Observed = Instant.parse(PackReaders.results(q4.resolve("results.json"))
                .at("/run/collectedTo")
                .asText());
        JsonNode recurring = PackReaders.results(json).at("/findings/recurring");
        // The web-assets bucket has no versioning in all three quarters.
        JsonNode webAssets = null;
        for (JsonNode f : recurring) {
            if (f.get("resource").asText().equals("arn:aws:s3:::northwind-web-assets")) {
                webAssets = f;
            }
        }
        assertThat(webAssets).as("recurring: %s", recurring).isNotNull();
        assertThat(webAssets.get("openSince").asText()).isEqualTo(q2Observed.toString());
        assertThat(webAssets.get("daysOpen").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(q2Observed, q4Observed))
                .isGreaterThan(150);
    }

    private Path report(Path locker, String name, Path frameworks, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                dir.resolve(name).toString(),
                "--frameworks",
                frameworks.toString()));
        args.addAll(java.util.List.of(more));
        Cli built = Cli.run(args.toArray(String[]::new));
        assertThat(built.exit()).as(built.err()).isZero();
        return dir.resolve(name);
    }
}
