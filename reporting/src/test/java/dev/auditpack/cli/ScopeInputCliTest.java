package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad framework mappings, attestation rules, SOC 2 categories, complementary user entity control files and bridge
 * letters: one line naming the file (or option), the entry and the problem; exit 2; nothing written.
 */
class ScopeInputCliTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private Cli report(String... extra) {
        Path locker = Files.exists(dir.resolve("evidence"))
                ? dir.resolve("evidence")
                : DemoLocker.extractTo(dir.resolve("evidence"));
        String[] args = new String[4 + extra.length];
        args[0] = "report";
        args[1] = "--evidence";
        args[2] = locker.toString();
        args[3] = "--out=" + out();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.run(args);
    }

    private void assertRefused(Cli cli, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(fragments);
        assertThat(out()).as("nothing written").doesNotExist();
    }

    /** A copy of the shipped SOC 2 file with one text replaced, in its own framework directory. */
    private Path soc2With(String from, String to) throws IOException {
        Path fw = Files.createDirectories(dir.resolve("fw-" + Math.abs((from + to).hashCode())));
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("frameworks/soc2-2017.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(text).contains(from);
        Files.writeString(
                fw.resolve("soc2-2017.yaml"),
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return fw;
    }

    @Test
    void aMappingWithAnUnknownStrengthOrCheckIsRefused() throws IOException {
        Path strength = soc2With(
                "strength: supporting, rationale: \"integrity-validated",
                "strength: strong, rationale: \"integrity-validated");
        assertRefused(
                report("--frameworks", strength.toString()),
                "soc2-2017.yaml",
                "line",
                "strength must be direct or supporting, not 'strong'");
        Path check = soc2With(
                "{check: cloudtrail_multi_region_logging_validated, strength: supporting",
                "{check: cloudtrail_everywhere, strength: supporting");
        assertRefused(
                report("--frameworks", check.toString()),
                "soc2-2017.yaml",
                "control CC2.1 names unknown check 'cloudtrail_everywhere'");
        Path bare = soc2With(
                "      - {check: cloudtrail_multi_region_logging_validated, strength: supporting, rationale: \"integrity-validated logs are one quality information source; the criterion covers every information source controls use\"}",
                "      - cloudtrail_multi_region_logging_validated");
        assertRefused(report("--frameworks", bare.toString()), "soc2-2017.yaml", "without strength and rationale");
    }

    @Test
    void anAttestationNamingNoSeriesOrAnotherFrameworksIsRefused() throws IOException {
        Path noSeries =
                soc2With("    - {series: SOC, name: SOC 2}\n  bridgeLetters", "    - {name: SOC 2}\n  bridgeLetters");
        assertRefused(report("--frameworks", noSeries.toString()), "soc2-2017.yaml", "names no series");
        Path iso = soc2With(
                "      - {series: SOC, name: SOC 2}\n    category: security\n    overTime: true",
                "      - {series: ISO, name: \"27001\"}\n    category: security\n    overTime: true");
        assertRefused(
                report("--frameworks", iso.toString()),
                "soc2-2017.yaml",
                "control CC4.1 names attestation ISO / 27001",
                "does not accept");
    }

    @Test
    void anUnknownSoc2CategoryOrTypeIsRefused() {
        assertRefused(
                report("--soc2-categories", "security,avail"),
                "--soc2-categories",
                "unknown SOC 2 category 'avail'",
                "availability");
        assertRefused(report("--soc2-type", "3"), "--soc2-type", "must be 1 or 2");
    }

    @Test
    void aComplementaryControlsFileNamingAnUnknownControlOrCheckIsRefused() throws IOException {
        Path file = dir.resolve("cuecs.yaml");
        Files.writeString(file, """
                source: our copy of AWS's SOC 2 report, section 5
                entries:
                  - id: AWS-CUEC-7
                    text: Customers configure their own IAM.
                    controls: [soc2-2017:CC6.1, soc2-2017:CC6.99]
                """);
        assertRefused(report("--cuecs", file.toString()), "cuecs.yaml", "entry AWS-CUEC-7", "unknown control 'CC6.99'");
        Files.writeString(file, """
                entries:
                  - id: AWS-CUEC-7
                    text: Customers configure their own IAM.
                    checks: [iam_everything_fine]
                    controls: [CC6.1]
                """);
        assertRefused(
                report("--cuecs", file.toString()),
                "cuecs.yaml",
                "entry AWS-CUEC-7 names unknown check 'iam_everything_fine'");
    }

    @Test
    void aBridgeLetterForAFrameworkWithoutBridgeLettersIsRefused() throws IOException {
        Path manual = Files.createDirectories(dir.resolve("manual"));
        Files.writeString(manual.resolve("letter.pdf"), "%PDF-1.7\n");
        Files.writeString(manual.resolve("letter.evidence.yaml"), """
                title: A letter
                file: letter.pdf
                bridges: {framework: iso27001-2022, from: 2026-10-01, to: 2026-12-31}
                owner: someone@example.com
                date: 2027-01-05
                """);
        assertRefused(
                report("--manual", manual.toString()), "letter.evidence.yaml", "iso27001-2022", "no bridge letters");
    }

    @Test
    void theReplacedListIsTheOneThePackShows() throws IOException {
        Path file = dir.resolve("cuecs.yaml");
        Files.writeString(file, """
                source: our copy of AWS's SOC 2 report, section 5
                asOf: "2026-11-30"
                entries:
                  - id: AWS-CUEC-7
                    text: Customers protect the credentials of their root user.
                    checks: [iam_root_mfa_enabled]
                    controls: [soc2-2017:CC6.1]
                """);
        Cli cli = report("--cuecs", file.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        var results = dev.auditpack.pack.PackReaders.results(out().resolve("results.json"));
        assertThat(results.get("scope").get("cuecs")).singleElement().satisfies(u -> {
            assertThat(u.get("id").asText()).isEqualTo("AWS-CUEC-7");
            assertThat(u.get("status").asText())
                    .as("the demo's root user has no MFA")
                    .isEqualTo("NOT_SATISFIED");
            assertThat(u.get("checks").get(0).asText()).startsWith("iam_root_mfa_enabled: FAIL");
        });
        assertThat(results.get("scope").get("cuecSource").asText()).contains("our copy of AWS's SOC 2 report");
        var sheet = dev.auditpack.pack.PackReaders.workbook(out().resolve("evidence-pack.xlsx"))
                .get("CUECs");
        assertThat(sheet).hasSize(2);
        assertThat(sheet.get(1)).contains("AWS-CUEC-7", "Not satisfied");
        assertThat(sheet.get(1))
                .as("the workbook says in words what results.json says by enum name")
                .anySatisfy(cell -> assertThat(cell).startsWith("iam_root_mfa_enabled: Fail ("));
    }
}
