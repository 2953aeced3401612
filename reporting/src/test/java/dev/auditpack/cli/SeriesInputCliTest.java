package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.evidence.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the snapshot series options: one line naming the flag or file, exit 2, nothing written. */
class SeriesInputCliTest {

    @TempDir
    Path dir;

    private static void assertOneLine(Cli cli, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(fragments);
    }

    @Test
    void collectNeedsExactlyOneOfOutAndSeries() {
        assertOneLine(Cli.run("collect", "--regions", "eu-west-1"), "--out", "--series");
        assertOneLine(
                Cli.run(
                        "collect",
                        "--out",
                        dir.resolve("a").toString(),
                        "--series",
                        dir.resolve("b").toString()),
                "--out",
                "--series");
        assertOneLine(
                Cli.run("collect", "--out", dir.resolve("a").toString(), "--cadence", "weekly"),
                "--cadence",
                "--series");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aSeriesNeedsAKnownCadenceAndIsNeverResumedOrReplaced() {
        Path store = dir.resolve("store");
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--cadence", "hourly", "--regions", "eu-west-1"),
                "--cadence",
                "daily or weekly");
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--regions", "eu-west-1"),
                "--cadence",
                "is needed to start");
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--cadence", "weekly", "--resume"),
                "--resume",
                "--series");
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--cadence", "weekly", "--regions", "eu-west-1x"),
                "--regions");
        assertThat(store).doesNotExist();
    }

    @Test
    void aFirstSnapshotThatCannotBeCollectedLeavesNoSeries() {
        Path store = dir.resolve("store");
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        Cli cli = Cli.run(
                "collect",
                "--series",
                store.toString(),
                "--cadence",
                "daily",
                "--regions",
                "eu-west-1",
                "--max-attempts",
                "1",
                "--endpoint-url",
                "http://127.0.0.1:9");
        assertOneLine(cli, "AWS credentials");
        assertThat(store).doesNotExist();
    }

    @Test
    void anExistingSeriesKeepsItsPeriodAndCadence() throws IOException {
        Path store = dir.resolve("store");
        Series.openOrCreate(
                store, Optional.of(Cadence.WEEKLY), Optional.of(AuditPeriod.parse("2026-Q4")), Clock.systemUTC());
        String before = Files.readString(store.resolve(Series.FILE));
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--period", "2027-Q1", "--regions", "eu-west-1"),
                "--period",
                "2026-Q4");
        assertOneLine(
                Cli.run("collect", "--series", store.toString(), "--cadence", "daily", "--regions", "eu-west-1"),
                "--cadence",
                "weekly");
        assertThat(Files.readString(store.resolve(Series.FILE))).isEqualTo(before);
    }

    @Test
    void reportRefusesAnEmptySeriesAndAPackInsideIt() throws IOException {
        Path store = dir.resolve("store");
        Series.openOrCreate(store, Optional.of(Cadence.DAILY), Optional.empty(), Clock.systemUTC());
        assertOneLine(
                Cli.run(
                        "report",
                        "--evidence",
                        store.toString(),
                        "--out",
                        store.resolve("pack").toString()),
                "lies inside the period store");
        assertOneLine(
                Cli.run(
                        "report",
                        "--evidence",
                        store.toString(),
                        "--out",
                        dir.resolve("pack").toString()),
                "without snapshots");
        assertThat(dir.resolve("pack")).doesNotExist();
        assertThat(store.resolve("pack")).doesNotExist();
        Cli verified = Cli.run("verify", store.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("0 snapshot(s)");
    }

    @Test
    void aDamagedSeriesFileIsNamed() throws IOException {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve(Series.FILE), "{\"formatVersion\": 1, \"cadence\": \"fortnightly\"}");
        Cli cli = Cli.run("verify", store.toString());
        assertOneLine(cli, Series.FILE);
    }
}
