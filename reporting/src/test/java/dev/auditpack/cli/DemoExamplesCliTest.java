package dev.auditpack.cli;

import static dev.auditpack.pack.PackReaders.controlStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.PackReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo adds its example documents and exceptions when the user gives none, so its pack shows every
 * status they lead to; {@code --no-examples} and the user's own additions leave them out.
 */
class DemoExamplesCliTest {

    private static final String ISO = "iso27001-2022";
    private static final String SOC2 = "soc2-2017";

    @TempDir
    Path dir;

    @Test
    void theExamplesCompleteControlsExpireAcceptAndExclude() {
        DemoPacks.Built built = DemoPacks.unsigned();
        Path out = built.dir();
        Cli demo = built.cli();
        assertThat(demo.out()).contains("example manual evidence and exceptions", "--no-examples");
        JsonNode results = PackReaders.results(out.resolve("results.json"));

        // A standard with passing direct checks: satisfied. Where only a supporting check informs the control
        // (unused credentials for access rights), the standard answers it: manual evidence provided, never satisfied.
        // Access control rests on Access Analyzer too, and the demo's us-east-1 has no analyzer: with the partner
        // share accepted, what remains unknown keeps both a gap, never satisfied.
        for (String control : List.of("A.5.15", "A.8.3")) {
            assertThat(controlStatus(results, ISO, control)).as(control).isEqualTo("GAP");
        }
        assertThat(controlStatus(results, ISO, "A.5.18")).isEqualTo("MANUAL_PROVIDED");
        assertThat(controlStatus(results, SOC2, "CC6.2")).isEqualTo("MANUAL_PROVIDED");
        for (String control : List.of("A.5.1", "A.5.19")) {
            assertThat(controlStatus(results, ISO, control)).as(control).isEqualTo("MANUAL_PROVIDED");
        }
        assertThat(controlStatus(results, SOC2, "CC9.2")).isEqualTo("MANUAL_PROVIDED");
        // The screening procedure expired before the quarter ended: listed, marked expired, counted as missing.
        assertThat(controlStatus(results, ISO, "A.6.1")).isEqualTo("NEEDS_MANUAL_EVIDENCE");
        JsonNode screening = StreamSupport.stream(results.get("manualEvidence").spliterator(), false)
                .filter(m -> m.get("id").asText().equals("screening-procedure"))
                .findFirst()
                .orElseThrow();
        assertThat(screening.get("expired").asBoolean()).isTrue();
        // Documents never hide a failing check, and the exceptions stay visible.
        assertThat(controlStatus(results, ISO, "A.8.5")).isEqualTo("NOT_SATISFIED");
        assertThat(controlStatus(results, ISO, "A.7.9")).isEqualTo("NOT_APPLICABLE");
        assertThat(results.get("checks"))
                .filteredOn(c -> c.get("id").asText().equals("s3_bucket_versioning_enabled"))
                .singleElement()
                .satisfies(check -> assertThat(check.get("findings"))
                        .anySatisfy(f -> {
                            assertThat(f.get("resource").asText()).isEqualTo("arn:aws:s3:::northwind-web-assets");
                            assertThat(f.get("status").asText()).isEqualTo("ACCEPTED");
                        })
                        .anySatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("FAIL")));
        assertThat(results.get("checks"))
                .filteredOn(c -> c.get("id").asText().equals("accessanalyzer_no_active_external_findings"))
                .singleElement()
                .satisfies(check -> assertThat(check.get("findings")).anySatisfy(f -> {
                    assertThat(f.get("resource").asText()).isEqualTo("arn:aws:s3:::northwind-tmp-exports");
                    assertThat(f.get("status").asText()).isEqualTo("ACCEPTED");
                }));
        assertThat(out.resolve("manual/policies/information-security-policy.md"))
                .isRegularFile();
    }

    @Test
    void noExamplesBuildsThePackFromTheEvidenceAlone() {
        Path out = dir.resolve("bare");
        Cli demo = Cli.run("demo", "--out", out.toString(), "--no-examples");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).doesNotContain("example manual evidence");
        JsonNode results = PackReaders.results(out.resolve("results.json"));
        assertThat(results.get("manualEvidence")).isEmpty();
        assertThat(results.get("exceptions")).isEmpty();
        // Without the accepted partner share, Access Analyzer's finding on the export bucket fails access control.
        assertThat(controlStatus(results, ISO, "A.5.15")).isEqualTo("NOT_SATISFIED");
        assertThat(controlStatus(results, ISO, "A.7.9")).isEqualTo("NEEDS_MANUAL_EVIDENCE");
        assertThat(Files.exists(out.resolve("manual"))).isFalse();
    }

    @Test
    void theUsersOwnAdditionsReplaceTheExamples() throws java.io.IOException {
        Path exceptions = dir.resolve("exceptions.yaml");
        Files.writeString(exceptions, """
                exceptions:
                  - id: MINE-1
                    control: iso27001-2022:A.7.10
                    reason: No removable media is used anywhere in the company.
                    approver: Sam Ortiz (CISO)
                    approved: 2026-09-01
                    expires: 2027-08-31
                """);
        Path out = dir.resolve("mine");
        Cli demo = Cli.run("demo", "--out", out.toString(), "--exceptions", exceptions.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        JsonNode results = PackReaders.results(out.resolve("results.json"));
        assertThat(results.get("manualEvidence")).isEmpty();
        assertThat(results.get("exceptions"))
                .extracting(e -> e.get("id").asText())
                .containsExactly("MINE-1");
        assertThat(controlStatus(results, ISO, "A.7.9")).isEqualTo("NEEDS_MANUAL_EVIDENCE");
    }
}
