package dev.auditpack.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.Zips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code diff} and {@code report --previous} refuse: a previous pack of another organisation or framework set, one
 * newer than the current, a file that is neither a pack nor a locker, and one that does not verify. Each is one line
 * on standard error naming the file, exit code 2, and nothing written. The packs are the two demo quarters, built with
 * the frameworks cut to one control each so that they build quickly.
 */
class DiffInputTest {

    @TempDir
    static Path dir;

    static Path frameworks;
    static Path q3Locker;
    static Path q4Locker;
    static Path q3;
    static Path q4;

    @BeforeAll
    static void build() {
        frameworks = DemoPacks.smallFrameworks(dir.resolve("frameworks"));
        q3Locker = QuarterLockers.third(dir.resolve("q3-evidence"));
        q4Locker = QuarterLockers.fourth(dir.resolve("q4-evidence"));
        q3 = pack(q3Locker, "q3");
        q4 = pack(q4Locker, "q4");
    }

    private static Path pack(Path locker, String name, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                dir.resolve(name).toString(),
                "--frameworks",
                frameworks.toString()));
        args.addAll(List.of(more));
        Cli built = Cli.run(args.toArray(String[]::new));
        assertThat(built.exit()).as(built.err()).isZero();
        return dir.resolve(name).resolve("evidence-pack.zip");
    }

    @Test
    void theSmallPacksCompare() {
        Cli diff = Cli.run("diff", q3.toString(), q4.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("2026-Q3 → 2026-Q4").contains("### New findings");
    }

    @Test
    void aPreviousPackOfAnotherOrganisation() {
        Path other = pack(q3Locker, "other", "--organisation", "Contoso Ltd");
        refused(Cli.run(args(other, q4)), other, "is a pack of another organisation ('Contoso Ltd'");
        refusedReport(other, "is a pack of another organisation");
    }

    @Test
    void aPreviousPackOfAnotherFrameworkSet() throws IOException {
        // The locker evaluated with a third framework beside the two: the sets differ.
        Path three = Files.createDirectories(dir.resolve("three"));
        for (Path f : Files.list(frameworks).toList()) {
            Files.copy(f, three.resolve(f.getFileName()));
        }
        Files.writeString(three.resolve("acme-controls.yaml"), """
                framework: acme-controls
                title: ACME internal controls
                shortName: ACME
                controls:
                  - id: AC-1
                    title: Root user protected
                    theme: Access
                    responsibility: customer
                    customer: Protect the root user.
                    checks: [{check: iam_root_mfa_enabled, strength: direct, rationale: a second factor}]
                    manual: The access policy.
                """);
        List<String> args = new ArrayList<>(List.of(args(q3, q4Locker)));
        args.addAll(List.of("--frameworks", three.toString()));
        refused(Cli.run(args.toArray(String[]::new)), q3, "covers other frameworks (iso27001-2022, soc2-2017) than");
    }

    @Test
    void aRedactedPack() {
        Path redacted = pack(q3Locker, "redacted", "--redact").resolveSibling("evidence-pack-redacted.zip");
        refused(Cli.run(args(redacted, q4)), redacted, "is a redacted pack, whose account ids are pseudonyms");
    }

    @Test
    void aPreviousPackNewerThanTheCurrent() {
        refused(Cli.run(args(q4, q3)), q4, "is newer than " + q3);
        Path out = dir.resolve("newer-report");
        Cli report = Cli.run(
                "report",
                "--evidence",
                q3Locker.toString(),
                "--out",
                out.toString(),
                "--frameworks",
                frameworks.toString(),
                "--previous",
                q4.toString());
        oneLine(report, q4, "is newer than " + out);
        assertThat(out).doesNotExist();
    }

    @Test
    void neitherAPackNorALocker() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "Q3 pack is on the share\n");
        refused(
                Cli.run(args(text, q4)),
                text,
                "is neither a pack (a zip such as evidence-pack.zip) nor an evidence locker");
        Path folder = Files.createDirectories(dir.resolve("empty"));
        refused(
                Cli.run(args(q3, folder)),
                folder,
                "is neither a pack (it holds no evidence-pack.zip) nor an evidence locker");
        Path zip = Zips.rewrite(
                q3,
                dir.resolve("not-a-pack.zip"),
                (name, bytes) -> name.startsWith("evidence/") ? bytes : null,
                java.util.Map.of());
        refused(Cli.run(args(zip, q4)), zip, "is a zip but not an evidence pack");
        Path pdf = q3.resolveSibling("evidence-pack.pdf");
        refused(Cli.run(args(pdf, q4)), pdf, "is a PDF");
        refused(Cli.run(args(dir.resolve("missing.zip"), q4)), dir.resolve("missing.zip"), "does not exist");
        refusedReport(q3Locker, "is an evidence locker, not a pack");
        // run refuses it before it collects anything (no AWS endpoint is reached, no folder made).
        Path out = dir.resolve("refused-run");
        Cli run = Cli.run(
                "run",
                "--out",
                out.toString(),
                "--regions",
                "eu-west-1",
                "--endpoint-url",
                "http://127.0.0.1:9",
                "--previous",
                text.toString());
        oneLine(run, text, "is neither a pack");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPackOrLockerThatFailsVerification() throws IOException {
        Path tampered = Zips.rewrite(q3, dir.resolve("tampered.zip"), "results.json", Zips::flipOneByte);
        refused(Cli.run(args(tampered, q4)), tampered, "does not verify: CHANGED results.json");
        refusedReport(tampered, "does not verify");
        Path locker = dir.resolve("q4-changed");
        QuarterLockers.fourth(locker);
        Path file = locker.resolve(QuarterLockers.BUCKETS);
        Files.writeString(file, Files.readString(file).replace("northwind-web-assets", "northwind-web-assetz"));
        refused(Cli.run(args(q3, locker)), file, "fails verification (changed)");
    }

    private static final Path MD = Path.of("diff-out.md");

    private static String[] args(Path previous, Path current) {
        return new String[] {
            "diff",
            previous.toString(),
            current.toString(),
            "--markdown",
            dir.resolve(MD).toString(),
            "--json",
            dir.resolve("diff-out.json").toString(),
            "--xlsx",
            dir.resolve("diff-out.xlsx").toString()
        };
    }

    /** One line naming the file, exit 2, no output file written. */
    private static void refused(Cli cli, Path file, String problem) {
        oneLine(cli, file, problem);
        assertThat(cli.out()).isEmpty();
        for (String f : List.of("diff-out.md", "diff-out.json", "diff-out.xlsx")) {
            assertThat(dir.resolve(f)).doesNotExist();
        }
    }

    private static void oneLine(Cli cli, Path file, String problem) {
        assertThat(cli.exit()).as(cli.out() + cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.errLines().get(0))
                .startsWith("auditpack: " + file + ": ")
                .contains(problem);
    }

    /** {@code report --previous FILE}: refused the same way, and no pack folder is made. */
    private static void refusedReport(Path previous, String problem) {
        Path out = dir.resolve("refused-report");
        Cli report = Cli.run(
                "report",
                "--evidence",
                q4Locker.toString(),
                "--out",
                out.toString(),
                "--frameworks",
                frameworks.toString(),
                "--previous",
                previous.toString());
        oneLine(report, previous, problem);
        assertThat(out).doesNotExist();
    }
}
