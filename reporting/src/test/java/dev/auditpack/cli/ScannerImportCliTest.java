package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Digests;
import dev.auditpack.pack.PackReaders;
import dev.auditpack.pack.Zips;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --import} end to end on the demo evidence: a Prowler JSON-OCSF file and a Security Hub get-findings file
 * read by content, their findings placed on controls as supporting evidence, and every status the same as without
 * them; results.json, the workbook (POI) and the PDF's text (PDFBox) read back.
 */
class ScannerImportCliTest {

    static final String PROWLER = "prowler-output-123456789012-20261120091403.ocsf.json";
    static final String ASFF = "securityhub-get-findings.json";

    @TempDir
    Path dir;

    Path frameworks;

    @BeforeEach
    void frameworks() throws IOException {
        // A.8.13 has a direct check (versioning, which the demo fails for one bucket); A.8.16 has none, so it needs
        // manual evidence; CC6.1 rests on root MFA, which the demo fails.
        frameworks = Files.createDirectories(dir.resolve("frameworks"));
        Files.writeString(frameworks.resolve("iso27001-2022.yaml"), """
                framework: iso27001-2022
                title: ISO/IEC 27001:2022 Annex A
                shortName: ISO 27001
                controls:
                  - id: A.8.13
                    title: Information backup
                    theme: Technological
                    responsibility: customer
                    customer: Back up data and test restores.
                    checks: [{check: s3_bucket_versioning_enabled, strength: direct, rationale: versions allow restores}]
                    manual: The backup policy.
                  - id: A.8.16
                    title: Monitoring activities
                    theme: Technological
                    responsibility: customer
                    customer: Monitor networks, systems and applications for anomalous behaviour.
                    manual: Monitoring procedures and alert handling records.
                """);
        Files.writeString(frameworks.resolve("soc2-2017.yaml"), """
                framework: soc2-2017
                title: SOC 2 Trust Services Criteria
                shortName: SOC 2
                controls:
                  - id: CC6.1
                    title: Logical access safeguards
                    theme: CC6 Logical and Physical Access Controls
                    responsibility: customer
                    customer: Restrict logical access.
                    checks: [{check: iam_root_mfa_enabled, strength: direct, rationale: the root user needs a second factor}]
                    manual: The access policy.
                """);
    }

    static Path fixture(Path dir, String name) throws IOException {
        Path to = dir.resolve(name);
        try (InputStream in = ScannerImportCliTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, to);
        }
        return to;
    }

    private Cli demo(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("demo", "--out", out.toString(), "--frameworks", frameworks.toString(), "--no-examples"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Map<String, String> statuses(JsonNode results) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode fw : results.get("frameworks")) {
            for (JsonNode c : fw.get("controls")) {
                out.put(
                        fw.get("id").asText() + ":" + c.get("id").asText(),
                        c.get("status").asText());
            }
        }
        return out;
    }

    @Test
    void importedFindingsSupportControlsAndChangeNoStatus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // Named so that the extension says nothing: the format is told from the content.
        Path prowler = Files.move(fixture(in, PROWLER), in.resolve("scan-a.data"));
        Path asff = fixture(in, ASFF);
        Cli plain = demo(dir.resolve("plain"));
        assertThat(plain.exit()).as(plain.err()).isZero();
        Cli cli = demo(dir.resolve("pack"), "--import", prowler.toString(), "--import", asff.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        Path pack = dir.resolve("pack");

        JsonNode before = PackReaders.results(dir.resolve("plain/results.json"));
        JsonNode r = PackReaders.results(pack.resolve("results.json"));
        Map<String, String> statuses = statuses(r);
        assertThat(statuses)
                .as("imports never change a status")
                .isEqualTo(statuses(before))
                .containsEntry("iso27001-2022:A.8.16", "NEEDS_MANUAL_EVIDENCE")
                .containsEntry("soc2-2017:CC6.1", "NOT_SATISFIED");
        assertThat(before.has("imports")).isFalse();

        assertThat(dev.auditpack.docs.JsonSchemas.problems("results.schema.json", r))
                .as("the imports are as docs/schemas/results.schema.json says")
                .isEmpty();
        JsonNode imports = r.get("imports");
        assertThat(imports.get("role").asText()).isEqualTo("supporting");
        assertThat(imports.get("statusesChanged").asBoolean()).isFalse();
        JsonNode sources = imports.get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("name").asText()).isEqualTo("scan-a.data");
        assertThat(sources.get(0).get("format").asText()).isEqualTo("Prowler JSON-OCSF");
        assertThat(sources.get(0).get("sha256").asText()).isEqualTo(Digests.sha256(prowler));
        assertThat(sources.get(0).get("tools").get(0).asText()).isEqualTo("Prowler 5.12.1");
        assertThat(sources.get(0).get("path").asText()).isEqualTo("imports/scan-a.data");
        assertThat(sources.get(0).get("findings").asInt()).isEqualTo(6);
        assertThat(sources.get(0).get("from").asText()).isEqualTo("2026-11-20T09:14:03.512870Z");
        assertThat(sources.get(1).get("format").asText()).isEqualTo("ASFF");
        assertThat(sources.get(1).get("sha256").asText()).isEqualTo(Digests.sha256(asff));
        assertThat(sources.get(1).get("findings").asInt()).isEqualTo(5);

        JsonNode counts = imports.get("counts");
        assertThat(counts.get("findings").asInt()).isEqualTo(11);
        // Prowler: root MFA, two versioning, root-usage alarm; Security Hub: S3.14, IAM.9, CloudWatch.1.
        assertThat(counts.get("mapped").asInt()).isEqualTo(7);
        assertThat(counts.get("unmapped").asInt()).isEqualTo(4);
        assertThat(counts.get("importedExceptions").asInt()).isEqualTo(3);

        Map<String, String> lines = new LinkedHashMap<>();
        imports.get("controls")
                .forEach(c -> lines.put(
                        c.get("framework").asText() + ":" + c.get("control").asText() + " "
                                + c.get("source").asText(),
                        c.get("line").asText()));
        assertThat(lines)
                .containsEntry(
                        "iso27001-2022:A.8.13 scan-a.data",
                        "Imported from Prowler 5.12.1, 2026-11-20 (scan-a.data): 1 pass, 1 fail "
                                + "(s3_bucket_object_versioning)")
                .containsEntry(
                        "iso27001-2022:A.8.16 securityhub-get-findings.json",
                        "Imported from Security Hub ASFF 2018-10-08, 2026-11-21 (securityhub-get-findings.json): "
                                + "0 pass, 1 fail (CloudWatch.1)")
                .containsEntry(
                        "soc2-2017:CC6.1 scan-a.data",
                        "Imported from Prowler 5.12.1, 2026-11-20 (scan-a.data): 1 pass, 0 fail (iam_root_mfa_enabled)");
        assertThat(imports.get("controls").findValuesAsText("status")).contains("NEEDS_MANUAL_EVIDENCE");

        List<String> unmapped = imports.get("unmapped").findValuesAsText("scannerId");
        assertThat(unmapped)
                .containsExactlyInAnyOrder(
                        "ec2_instance_imdsv2_enabled",
                        "iam_user_mfa_enabled_console_access",
                        "EC2.8",
                        "arn:aws:guardduty:eu-west-1:123456789012:detector/4ec6b2a1f0d9");
        JsonNode first = imports.get("findings").get(0);
        assertThat(first.get("outcome").asText()).as("mapped failures first").isEqualTo("FAIL");
        assertThat(first.get("controls")).isNotEmpty();
        assertThat(first.get("sourceSha256").asText())
                .isIn(Digests.sha256(prowler), Digests.sha256(asff))
                .isEqualTo(
                        first.get("source").asText().equals("scan-a.data")
                                ? Digests.sha256(prowler)
                                : Digests.sha256(asff));

        // The imported files travel in the zip, byte for byte, listed in SHA256SUMS.
        Path zip = pack.resolve("evidence-pack.zip");
        assertThat(Zips.read(zip, "imports/scan-a.data")).isEqualTo(Files.readAllBytes(prowler));
        assertThat(Zips.read(zip, "imports/" + ASFF)).isEqualTo(Files.readAllBytes(asff));
        assertThat(new String(Zips.read(zip, "SHA256SUMS"), java.nio.charset.StandardCharsets.UTF_8))
                .contains(Digests.sha256(prowler) + "  imports/scan-a.data");
        assertThat(Cli.run("verify", zip.toString()).exit()).isZero();
        // README.txt names each imported file, and a file name wider than its column stands on its own line.
        String readme = new String(Zips.read(zip, "README.txt"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("imports/...", "imports/scan-a.data (Prowler JSON-OCSF;", "imports/" + ASFF + " (ASFF;")
                .containsPattern("(?m)^  assessment-results\\.oscal\\.json\n {23}\\S");

        Map<String, List<List<String>>> book = PackReaders.workbook(pack.resolve("evidence-pack.xlsx"));
        assertThat(book).containsKeys("Imported sources", "Imported by control", "Imported findings");
        assertThat(book.get("Imported sources").get(1)).contains("scan-a.data", Digests.sha256(prowler));
        assertThat(book.get("Imported by control"))
                .anySatisfy(row -> assertThat(row).contains("A.8.16", "Needs manual evidence"));
        assertThat(book.get("Imported findings")).hasSize(12);
        assertThat(book.get("Imported findings"))
                .anySatisfy(row -> assertThat(row).contains("EC2.8", "unmapped"));

        String text = PackReaders.pdfText(pack.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("Imported scanner findings")
                .contains("Imported from Prowler 5.12.1, 2026-11-20 (scan-a.data): 1 pass, 1 fail")
                .contains("sha256:" + Digests.sha256(asff))
                .contains("imported exception")
                .contains("ec2_instance_imdsv2_enabled");
        for (var flavour : new org.verapdf.pdfa.flavours.PDFAFlavour[] {
            org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_A, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1
        }) {
            var verdict = dev.auditpack.report.pdf.VeraPdf.validate(pack.resolve("evidence-pack.pdf"), flavour);
            assertThat(verdict.compliant())
                    .as("with the imports section: " + verdict.describe())
                    .isTrue();
        }
    }

    @Test
    void theRedactedPackMasksTheImportedAccountsAndLeavesTheFilesOut() throws IOException {
        Path asff = fixture(Files.createDirectories(dir.resolve("in")), ASFF);
        Cli cli = demo(dir.resolve("pack"), "--redact", "--import", asff.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        Path redacted = dir.resolve("pack/evidence-pack-redacted.zip");
        assertThat(Zips.names(redacted)).noneMatch(n -> n.startsWith("imports/"));
        String results = new String(Zips.read(redacted, "results.json"), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode imports = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(results)
                .get("imports");
        assertThat(imports.get("findings")).hasSize(5);
        assertThat(imports.get("findings").findValuesAsText("account")).doesNotContain("123456789012");
        assertThat(results).as("account ids inside ARNs are masked too").doesNotContain("123456789012");
        assertThat(Zips.names(dir.resolve("pack/evidence-pack.zip"))).contains("imports/" + ASFF);
    }

    @Test
    void aFileThatIsNeitherFormatOrBreaksItsShapeIsRefusedAndNothingIsWritten() throws IOException {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("notes.json", "name,status\nbucket,FAIL\n");
        bad.put("other.json", "{\"results\": []}");
        bad.put("empty.json", "[]");
        bad.put(
                "broken.ocsf.json",
                "[{\"metadata\": {\"event_code\": \"iam_root_mfa_enabled\"}, \"status_code\": \"PASS\", "
                        + "\"time\": 1795180443}, {\"metadata\": {\"event_code\": \"s3_bucket_default_encryption\"}, "
                        + "\"time\": 1795180443}]");
        bad.put(
                "broken-asff.json",
                "{\"Findings\": [{\"SchemaVersion\": \"2018-10-08\", \"Id\": \"x\", \"ProductArn\": "
                        + "\"arn:aws:securityhub:eu-west-1::product/aws/securityhub\", \"GeneratorId\": "
                        + "\"security-control/S3.8\", \"UpdatedAt\": \"2026-11-21T06:40:12Z\", \"Resources\": "
                        + "[{\"Id\": \"arn:aws:s3:::b\"}]}]}");
        Map<String, String> expected = Map.of(
                "notes.json", "is not valid JSON",
                "other.json", "is neither Prowler JSON-OCSF",
                "empty.json", "empty array",
                "broken.ocsf.json", "Prowler OCSF finding 2: has no status_code",
                "broken-asff.json", "ASFF finding 1: has no AwsAccountId");
        for (var e : bad.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.writeString(file, e.getValue());
            Path out = dir.resolve("out-" + e.getKey());
            Cli cli = demo(out, "--import", file.toString());
            assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
            assertThat(cli.errLines()).hasSize(1);
            assertThat(cli.errLines().get(0)).contains(file.toString()).contains(expected.get(e.getKey()));
            assertThat(out).doesNotExist();
        }
        // run checks the files before it collects anything: no locker, no pack.
        Path runOut = dir.resolve("out-run");
        Cli run = Cli.run(
                "run",
                "--out",
                runOut.toString(),
                "--import",
                dir.resolve("other.json").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("other.json", "is neither Prowler JSON-OCSF");
        assertThat(runOut).doesNotExist();
        Path missing = dir.resolve("nowhere.json");
        Cli cli = demo(dir.resolve("out-missing"), "--import", missing.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.errLines()).singleElement().asString().contains(missing.toString(), "does not exist");
        assertThat(dir.resolve("out-missing")).doesNotExist();
    }
}
