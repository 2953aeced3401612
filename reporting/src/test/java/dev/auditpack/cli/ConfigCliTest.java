package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.collector.AwsCollection;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.pack.DemoPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --config auditpack.yaml} on the commands: the file's settings used, flags winning, mistakes refused up front. */
class ConfigCliTest {

    @TempDir
    Path dir;

    private static JsonNode results(Path pack) throws IOException {
        return new ObjectMapper().readTree(pack.resolve("results.json").toFile());
    }

    @Test
    void reportTakesTheFileAndFlagsWinOverIt() throws IOException {
        DemoLocker.extractTo(dir.resolve("evidence"));
        DemoPacks.smallFrameworks(dir.resolve("frameworks"));
        Path config = Files.writeString(dir.resolve("auditpack.yaml"), """
                report:
                  frameworks: frameworks
                  soc2Type: 1
                  findingsPerCheck: 3
                branding:
                  organisation: From the file
                  title: Evidence from the file
                output:
                  dir: file-pack
                  evidence: evidence
                """);
        // Run from elsewhere: the file's paths are its folder's.
        Cli fromFile = Cli.run("report", "--config", config.toString());
        assertThat(fromFile.exit()).as(fromFile.err()).isZero();
        JsonNode r = results(dir.resolve("file-pack"));
        assertThat(r.at("/run/organisation").asText()).isEqualTo("From the file");
        assertThat(r.at("/run/findingsPerCheck").asInt()).isEqualTo(3);
        assertThat(r.at("/scope/soc2Type").asInt()).isEqualTo(1);
        assertThat(r.at("/frameworks").size()).isEqualTo(2);

        Path flagPack = dir.resolve("flag-pack");
        Cli flags = Cli.run(
                "report",
                "--config",
                config.toString(),
                "--out",
                flagPack.toString(),
                "--organisation",
                "From the flag",
                "--soc2-type",
                "2",
                "--findings-per-check",
                "5");
        assertThat(flags.exit()).as(flags.err()).isZero();
        JsonNode f = results(flagPack);
        assertThat(f.at("/run/organisation").asText()).isEqualTo("From the flag");
        assertThat(f.at("/run/findingsPerCheck").asInt()).isEqualTo(5);
        assertThat(f.at("/scope/soc2Type").asInt()).isEqualTo(2);
        assertThat(flags.err()).isEmpty();
    }

    @Test
    void collectTakesTheScopeAndCollectionSettingsAndFlagsWin() throws IOException {
        Path config = Files.writeString(dir.resolve("auditpack.yaml"), """
                scope:
                  accounts: ["111111111111", "222222222222"]
                  regions: [eu-west-1, us-east-1]
                  roleName: FromTheFile
                period: 2026-10-01..2026-12-31
                collection:
                  concurrency: 4
                  maxAttempts: 3
                  artifactReports: [SOC]
                output:
                  evidence: lockers/q4
                """);
        AwsCollection.Request file = collectRequest("--config", config.toString());
        assertThat(file.accounts()).containsExactly("111111111111", "222222222222");
        assertThat(file.regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(file.roleName()).isEqualTo("FromTheFile");
        assertThat(file.period().label()).isEqualTo("2026-10-01..2026-12-31");
        assertThat(file.concurrency()).isEqualTo(4);
        assertThat(file.maxAttempts()).isEqualTo(3);
        assertThat(file.artifactReportSeries()).containsExactly("SOC");
        assertThat(file.out()).isEqualTo(dir.resolve("lockers/q4"));

        AwsCollection.Request flags = collectRequest(
                "--config",
                config.toString(),
                "--organization",
                "--regions",
                "eu-central-1",
                "--concurrency",
                "9",
                "--period",
                "2026-Q3",
                "--out",
                dir.resolve("here").toString());
        assertThat(flags.accounts())
                .as("--organization replaces the file's accounts")
                .isEmpty();
        assertThat(flags.organization()).isTrue();
        assertThat(flags.regions()).containsExactly("eu-central-1");
        assertThat(flags.concurrency()).isEqualTo(9);
        assertThat(flags.maxAttempts())
                .as("what no flag says still comes from the file")
                .isEqualTo(3);
        assertThat(flags.period().label()).isEqualTo("2026-Q3");
        assertThat(flags.out()).isEqualTo(dir.resolve("here"));
    }

    /** The request {@code collect} would make with these arguments, from picocli's own parse of them. */
    private AwsCollection.Request collectRequest(String... args) {
        CollectCommand command = new CollectCommand();
        CommandLine cl = new CommandLine(command);
        cl.parseArgs(args);
        ConfigFile file = command.config.load(command.spec);
        ConfigOption.collect(command.spec, file, command.collect);
        Path out = ConfigOption.given(command.spec, "--out")
                ? Path.of(command.outArg)
                : ConfigOption.evidence(file, false);
        return command.collect.request(out, false, false, Clock.systemUTC());
    }

    @Test
    void aBadFileStopsEveryCommandWithOneLineAndNothingWritten() throws IOException {
        Path out = dir.resolve("pack");
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        Path config =
                Files.writeString(dir.resolve("auditpack.yaml"), "output:\n  dir: pack\nreport:\n  soc2Type: 3\n");
        for (String[] args : new String[][] {
            {"demo"}, {"report", "--evidence", locker.toString()}, {"run"}, {"collect", "--out", out.toString()}
        }) {
            Cli cli = Cli.run(Stream.concat(Stream.of(args), Stream.of("--config", config.toString()))
                    .toArray(String[]::new));
            assertThat(cli.exit()).as(args[0] + ": " + cli.err()).isEqualTo(2);
            assertThat(cli.errLines())
                    .as(args[0])
                    .containsExactly("auditpack: " + config + ": report.soc2Type: must be 1 or 2, not 3");
            assertThat(out).as(args[0]).doesNotExist();
        }
        Cli missing = Cli.run(
                "report",
                "--config",
                Files.writeString(dir.resolve("empty.yaml"), "").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.errLines())
                .containsExactly("auditpack: --out: is missing: give --out or output.dir in the --config file");
    }

    @Test
    void theOldBrandingFileStillWorksWithOneLineSayingWhereItsKeysGo() throws IOException {
        Path old = Files.writeString(dir.resolve("branding.yaml"), "organisation: Old Form Ltd\n");
        Path out = dir.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--out",
                out.toString(),
                "--config",
                old.toString(),
                "--no-examples",
                "--frameworks",
                DemoPacks.smallFrameworks(dir.resolve("frameworks")).toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.errLines())
                .containsExactly("auditpack: " + old + ": a branding file of the old form; it still works, but its "
                        + "keys (organisation) now go under 'branding:' (see docs/configuration.md)");
        assertThat(results(out).at("/run/organisation").asText()).isEqualTo("Old Form Ltd");
        assertThat(List.of(out.resolve("evidence-pack.zip"))).allMatch(Files::exists);
    }
}
