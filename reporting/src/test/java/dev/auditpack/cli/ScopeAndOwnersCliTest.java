package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scope file and the owners file, read back from the pack: the PDF's text (PDFBox and pdftotext), the
 * workbook (POI) and results.json; a pack without a scope file says its scope is only what was collected.
 */
class ScopeAndOwnersCliTest {

    private static final String ISO = "iso27001-2022";
    private static final String SOC2 = "soc2-2017";

    @TempDir
    Path dir;

    @Test
    void theDemoPackShowsTheScopeStatementBesideTheEvidence() throws Exception {
        DemoPacks.Built built = DemoPacks.unsigned();
        assertThat(built.cli().out()).contains("a scope file, an owners file and a risk register");
        for (String text : List.of(
                PackReaders.pdfText(built.resolve("evidence-pack.pdf")),
                pdftotext(built.resolve("evidence-pack.pdf")))) {
            // pdftotext keeps the font's ligatures (ﬁ); NFKC turns them back into letters.
            String flat = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
            int section = flat.indexOf("From the scope file scope.yaml");
            assertThat(section).as("the section's body").isPositive();
            // Near the front: before the audit scope and the control details.
            assertThat(section).isLessThan(flat.indexOf("SOC 2 examination")).isLessThan(flat.indexOf("Owner: "));
            assertThat(flat)
                    .contains(
                            "Scope and system description",
                            "approved by Dana Whitfield (CISO) on 2026-09-15",
                            "Northwind Insights",
                            "123456789012 (production)",
                            "210987654321",
                            "GAP: account 210987654321 (disaster recovery (collection not yet set up)) is in scope, but the "
                                    + "locker holds no evidence from it.",
                            "The corporate office network and laptops",
                            "Managed by the landlord's IT service under its own ISO 27001 certificate.",
                            "Enabled regions not collected",
                            "Not known: the evidence locker records the regions collected",
                            "eu-west-1, us-east-1");
            assertThat(flat)
                    .contains(
                            "Owner: Sam Okafor (Head of Platform), sam.okafor@northwind.example (by control "
                                    + "iso27001-2022:A.5.15)",
                            "Owner: Priya Raman (HR Director) (by theme People)");
        }

        Map<String, List<List<String>>> workbook = PackReaders.workbook(built.resolve("evidence-pack.xlsx"));
        assertThat(workbook.keySet()).startsWith("Summary", "Scope");
        List<List<String>> scope = workbook.get("Scope");
        assertThat(scope.get(0)).containsExactly("Item", "Declared in the scope file", "The evidence shows");
        assertThat(row(scope, "System")).containsExactly("System", "Northwind Insights");
        assertThat(row(scope, "Accounts").get(1))
                .contains("123456789012 (production)", "210987654321", ": NO EVIDENCE");
        assertThat(row(scope, "Accounts").get(2)).isEqualTo("123456789012");
        assertThat(row(scope, "Gap").get(2)).contains("210987654321");
        assertThat(scope)
                .anySatisfy(r -> assertThat(r)
                        .startsWith(
                                "Exclusion",
                                "The marketing website: Hosted by a " + "third party; it holds no customer data."));
        List<List<String>> iso = workbook.get("ISO 27001");
        int owner = iso.get(0).indexOf("Owner");
        assertThat(owner)
                .as("Owner sits just after Status")
                .isEqualTo(iso.get(0).indexOf("Status") + 1);
        assertThat(row(iso, "A.5.15").get(owner))
                .isEqualTo("Sam Okafor (Head of Platform), "
                        + "sam.okafor@northwind.example [by control iso27001-2022:A.5.15]");
        assertThat(row(iso, "A.5.1").get(owner))
                .isEqualTo("Dana Whitfield (CISO), " + "dana.whitfield@northwind.example [by theme Organizational]");
        List<List<String>> soc2 = workbook.get("SOC 2");
        assertThat(row(soc2, "CC6.2").get(soc2.get(0).indexOf("Owner")))
                .contains("by theme CC6 Logical and Physical Access");

        JsonNode results = PackReaders.results(built.resolve("results.json"));
        JsonNode system = results.get("scope").get("system");
        assertThat(system.get("declared").asBoolean()).isTrue();
        assertThat(system.get("name").asText()).isEqualTo("Northwind Insights");
        assertThat(system.get("approved").asText()).isEqualTo("2026-09-15");
        assertThat(system.get("accounts")).hasSize(2);
        assertThat(system.get("accounts").get(1).get("evidenced").asBoolean()).isFalse();
        assertThat(system.get("evidenced").get("regions"))
                .extracting(JsonNode::asText)
                .containsExactly("eu-west-1", "us-east-1");
        assertThat(system.get("warnings"))
                .extracting(JsonNode::asText)
                .anySatisfy(w -> assertThat(w).startsWith("GAP: account 210987654321"));
        assertThat(system.get("exclusions")).hasSize(2);
        assertThat(control(results, ISO, "A.5.15").get("owner").get("name").asText())
                .isEqualTo("Sam Okafor");
        assertThat(control(results, ISO, "A.5.15").get("owner").get("basis").asText())
                .isEqualTo("control iso27001-2022:A.5.15");
        assertThat(control(results, ISO, "A.6.1").get("owner").get("email").asText())
                .isEmpty();
        assertThat(control(results, SOC2, "CC6.1").get("owner").get("basis").asText())
                .isEqualTo("control soc2-2017:CC6.1");
        assertThat(control(results, SOC2, "CC1.1").get("owner").isNull())
                .as("no owner for its theme")
                .isTrue();
    }

    @Test
    void withoutAScopeFileTheScopeIsWhatWasCollected() {
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        String flat = PackReaders.pdfText(out.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(flat)
                .contains(
                        "No scope file was given: the scope of this pack is only what was collected",
                        "123456789012",
                        "eu-west-1, us-east-1")
                .doesNotContain("Owner: ");
        List<List<String>> scope =
                PackReaders.workbook(out.resolve("evidence-pack.xlsx")).get("Scope");
        assertThat(row(scope, "Scope file").get(1))
                .isEqualTo("No scope file was given: the scope is only what was collected.");
        assertThat(row(scope, "Regions")).containsExactly("Regions", "", "eu-west-1\nus-east-1");
        JsonNode results = PackReaders.results(out.resolve("results.json"));
        JsonNode system = results.get("scope").get("system");
        assertThat(system.get("declared").asBoolean()).isFalse();
        assertThat(system.get("evidenced").get("accounts"))
                .extracting(JsonNode::asText)
                .containsExactly("123456789012");
        assertThat(system.get("evidenced").get("services")).isNotEmpty();
        assertThat(control(results, ISO, "A.5.15").get("owner").isNull()).isTrue();
    }

    @Test
    void reportTakesBothFilesAndTheScopeFileNamesTheOrganisation() throws IOException {
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        Path scope = write(dir, "acme-scope.yaml", """
                organisation: Acme Widgets
                system: Widget shop
                accounts:
                  - id: "123456789012"
                regions: [eu-west-1]
                """);
        Path owners = write(dir, "acme-owners.yaml", "controls:\n  A.8.8: {name: Lee Chen, role: Operations}\n");
        Path out = dir.resolve("out");
        Cli cli = Cli.run(
                "report",
                "--evidence",
                locker.toString(),
                "--out",
                out.toString(),
                "--scope",
                scope.toString(),
                "--owners",
                owners.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode results = PackReaders.results(out.resolve("results.json"));
        assertThat(results.get("run").get("organisation").asText()).isEqualTo("Acme Widgets");
        JsonNode system = results.get("scope").get("system");
        assertThat(system.get("source").asText()).isEqualTo("acme-scope.yaml");
        assertThat(system.get("accounts").get(0).get("evidenced").asBoolean()).isTrue();
        assertThat(system.get("warnings"))
                .extracting(JsonNode::asText)
                .containsExactly("Region us-east-1 was collected but is not in the declared scope.");
        assertThat(control(results, ISO, "A.8.8").get("owner").get("basis").asText())
                .isEqualTo("control iso27001-2022:A.8.8");
        assertThat(control(results, ISO, "A.8.9").get("owner").isNull()).isTrue();
        String flat = PackReaders.pdfText(out.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(flat)
                .contains(
                        "Acme Widgets · AWS evidence pack",
                        "From the scope file acme-scope.yaml.",
                        "Region us-east-1 was collected but is not in the declared scope.",
                        "The scope file states no exclusions.",
                        "Owner: Lee Chen (Operations) (by control iso27001-2022:A.8.8)");
    }

    @Test
    void redactionMasksTheAccountsOfTheScopeFile() throws IOException {
        Path out = dir.resolve("redacted");
        Cli demo = Cli.run("demo", "--out", out.toString(), "--redact");
        assertThat(demo.exit()).as(demo.err()).isZero();
        // The ticket-safe pack is the redacted zip beside the full one.
        Path redacted =
                dev.auditpack.pack.Zips.extract(out.resolve("evidence-pack-redacted.zip"), dir.resolve("unzipped"));
        String json = Files.readString(redacted.resolve("results.json"));
        assertThat(json).doesNotContain("123456789012", "210987654321");
        JsonNode system = PackReaders.results(redacted.resolve("results.json"))
                .get("scope")
                .get("system");
        assertThat(system.get("accounts")).extracting(a -> a.get("id").asText()).allMatch(id -> id.startsWith("acct-"));
        assertThat(PackReaders.pdfText(redacted.resolve("evidence-pack.pdf"))).doesNotContain("210987654321");
    }

    private static List<String> row(List<List<String>> sheet, String first) {
        return sheet.stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static JsonNode control(JsonNode results, String framework, String id) {
        JsonNode fw = StreamSupport.stream(results.get("frameworks").spliterator(), false)
                .filter(f -> f.get("id").asText().equals(framework))
                .findFirst()
                .orElseThrow();
        return StreamSupport.stream(fw.get("controls").spliterator(), false)
                .filter(c -> c.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The PDF's text as poppler's pdftotext extracts it. */
    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(new String(bytes, StandardCharsets.UTF_8)).isZero();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
