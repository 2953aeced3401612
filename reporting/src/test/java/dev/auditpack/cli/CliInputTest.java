package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import dev.auditpack.evidence.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets one line naming the thing and the problem, exit 2, and leaves nothing behind. */
class CliInputTest {

    @TempDir
    Path dir;

    private Path locker() {
        return DemoLocker.extractTo(dir.resolve("evidence"));
    }

    private static void assertOneLine(Cli cli, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(fragments);
    }

    private long entries(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.count();
        }
    }

    @Test
    void unknownFlag() {
        assertOneLine(
                Cli.run("report", "--evidence", "x", "--out", "y", "--evidense"),
                "Unknown option: '--evidense'",
                "auditpack report --help");
        assertOneLine(Cli.run("report", "--out", "y"), "Missing required option: '--evidence=DIR");
        assertOneLine(Cli.run("collect", "--out", dir.toString(), "--period", "Q4"), "--period", "use 2026-Q4");
    }

    @Test
    void typedOptionsNameTheOptionAndTheValue() {
        Path out = dir.resolve("locker");
        assertOneLine(
                Cli.run("collect", "--out", out.toString(), "--period", "2026-Q5"),
                "Invalid value for option '--period'",
                "auditpack collect --help");
        assertOneLine(
                Cli.run("collect", "--out", out.toString(), "--endpoint-url", "localhost:5000"),
                "Invalid value for option '--endpoint-url'",
                "'localhost:5000' is not an absolute URL");
        assertOneLine(
                Cli.run("collect", "--out", out.toString(), "--endpoint", "artifact=http://exa mple"),
                "Invalid value for option '--endpoint'",
                "'http://exa mple' is not a URL");
        assertOneLine(
                Cli.run("run", "--out", out.toString(), "--endpoint", "artifact=/relative"),
                "Invalid value for option '--endpoint'",
                "'/relative' is not an absolute URL");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingIndex() throws IOException {
        Path locker = dir.resolve("empty");
        Files.createDirectories(locker);
        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("report", "--evidence", locker.toString(), "--out", out.toString()),
                locker.resolve("index.json").toString(),
                "missing");
        assertThat(out).doesNotExist();
    }

    @Test
    void corruptIndex() throws IOException {
        Path locker = locker();
        Files.writeString(locker.resolve("index.json"), "{ \"formatVersion\": 1, ");
        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("report", "--evidence", locker.toString(), "--out", out.toString()),
                locker.resolve("index.json").toString(),
                "is not valid JSON");
        assertOneLine(Cli.run("verify", locker.toString()), "index.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void evidenceThatIsNotJsonEvenWithAMatchingHash() throws IOException {
        Path locker = locker();
        Path file = locker.resolve("raw/123456789012/global/iam.password_policy.json");
        String oldHash = Digests.sha256(file);
        long oldSize = Files.size(file);
        Files.writeString(file, "this is not json");
        String index = Files.readString(locker.resolve("index.json"))
                .replace(oldHash, Digests.sha256(file))
                .replaceFirst(
                        "(\"path\" : \"raw/123456789012/global/iam.password_policy.json\",\\s*\"region\" : \"global\",\\s*\"sha256\" : \"[0-9a-f]+\",\\s*\"size\" : )"
                                + oldSize,
                        "$1" + Files.size(file));
        Files.writeString(locker.resolve("index.json"), index);
        assertThat(Cli.run("verify", locker.toString()).exit())
                .as("the doctored index matches")
                .isZero();

        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("report", "--evidence", locker.toString(), "--out", out.toString()),
                file.toString(),
                "is not valid evidence JSON");
        assertThat(out).doesNotExist();
    }

    @Test
    void brokenTemplateNamesTheTemplateAndLine() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.ftl"), "<html>\n<body>\n${model.run.nosuchfield}\n</body></html>");
        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--templates", templates.toString()),
                templates.resolve("report.ftl").toString(),
                "line 3");
        assertThat(out).doesNotExist();

        Files.writeString(templates.resolve("report.ftl"), "<html>\n<#if>\n</html>");
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--templates", templates.toString()),
                templates.resolve("report.ftl").toString(),
                "line 2");
        assertThat(out).doesNotExist();
    }

    @Test
    void templatesCannotReachJava() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("report.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--templates", templates.toString()),
                templates.resolve("report.ftl").toString());
        assertThat(out).doesNotExist();
    }

    @Test
    void unwritableOutputDirectory() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        assertOneLine(
                Cli.run("demo", "--out", file.resolve("pack").toString()),
                file.resolve("pack").toString());
        assertOneLine(Cli.run("demo", "--out", file.toString()), file.toString(), "not a directory");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void existingOutputsAreKeptUnlessForced() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("evidence-pack.pdf"), "mine");
        Files.writeString(out.resolve("notes.txt"), "keep me");
        assertOneLine(
                Cli.run("demo", "--out", out.toString()),
                out.resolve("evidence-pack.pdf").toString(),
                "--force");
        assertThat(Files.readString(out.resolve("evidence-pack.pdf"))).isEqualTo("mine");
        assertThat(entries(out)).isEqualTo(2);

        Cli forced = Cli.run("demo", "--out", out.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("evidence-pack.pdf"))).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
        assertThat(entries(out))
                .as("notes.txt and the pack: PDF, workbook, results, evidence, example manual evidence, "
                        + "zip, ticket")
                .isEqualTo(8);
    }

    @Test
    void badFrameworkFileIsNamed() throws IOException {
        Path fw = dir.resolve("frameworks");
        Files.createDirectories(fw);
        Files.writeString(fw.resolve("mine.yaml"), """
                framework: my-controls
                title: My controls
                shortName: Mine
                controls:
                  - id: M.1
                    title: Backups exist
                    theme: Ops
                    responsibility: customer
                    customer: Keep backups.
                    checks:
                      - {check: s3_bucket_versioning_enabled, strength: direct, rationale: versions can be restored}
                      - {check: no_such_check, strength: supporting, rationale: none}
                    manual: Backup policy.
                """);
        Path out = dir.resolve("out");
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--frameworks", fw.toString()),
                fw.resolve("mine.yaml").toString(),
                "unknown check 'no_such_check'");
        Files.writeString(fw.resolve("mine.yaml"), "framework: x\ncontrols:\n  - id: [oops\n");
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--frameworks", fw.toString()),
                fw.resolve("mine.yaml").toString(),
                "line");
        assertThat(out).doesNotExist();
    }

    @Test
    void aUserFrameworkNeedsNoCode() throws IOException {
        // Beside the shipped frameworks cut to a control each, so the pack is quick to build.
        Path fw = dev.auditpack.pack.DemoPacks.smallFrameworks(dir.resolve("frameworks"));
        Files.writeString(fw.resolve("mine.yaml"), """
                framework: my-controls
                title: My internal control set
                shortName: Internal
                controls:
                  - id: INT-1
                    title: Object versions kept
                    theme: Operations
                    responsibility: customer
                    customer: Keep versions of stored objects.
                    checks: [{check: s3_bucket_versioning_enabled, strength: direct, rationale: the check tests it}]
                    manual: Retention standard.
                """);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("demo", "--out", out.toString(), "--frameworks", fw.toString(), "--no-examples");
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Internal: 1 controls");
        assertThat(dev.auditpack.pack.PackReaders.workbook(out.resolve("evidence-pack.xlsx")))
                .containsKey("Internal");
    }

    @Test
    void resumeAndForceTogetherAreRefusedBeforeAnythingIsTouched() throws IOException {
        Path locker = dir.resolve("locker");
        Files.createDirectories(locker);
        Files.writeString(locker.resolve("keep.txt"), "mine");
        assertOneLine(
                Cli.run("collect", "--out", locker.toString(), "--resume", "--force"),
                "--resume",
                "cannot be combined with --force");
        assertThat(Files.readString(locker.resolve("keep.txt"))).isEqualTo("mine");
    }
}
