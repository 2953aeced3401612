package dev.auditpack.cli;

import static dev.auditpack.pack.PackReaders.checkStatus;
import static dev.auditpack.pack.PackReaders.controlStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Digests;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual evidence, exceptions and control overrides, end to end through the command line on the demo evidence. */
class AdditionsCliTest {

    @TempDir
    Path dir;

    private Path manual() throws IOException {
        Path m = dir.resolve("manual");
        Files.createDirectories(m.resolve("policies"));
        Documents.pdf(m.resolve("policies/infosec-policy.pdf"));
        item(
                m.resolve("policies/infosec-policy.evidence.yaml"),
                "Information security policy v3",
                "infosec-policy.pdf",
                "[A.5.1]",
                "2026-09-01",
                "2027-08-31",
                null,
                null);
        Files.writeString(m.resolve("training.csv"), "name,completed\nmaria,2026-10-02\n");
        item(
                m.resolve("training.evidence.yaml"),
                "Security awareness training 2026",
                "training.csv",
                "[iso27001-2022:A.6.3, CC1.4]",
                "2026-10-15",
                null,
                null,
                null);
        Files.writeString(m.resolve("roles.md"), "# Roles");
        item(
                m.resolve("roles.evidence.yaml"),
                "Security roles (old)",
                "roles.md",
                "[A.5.2]",
                "2025-01-10",
                "2026-01-09",
                null,
                null);
        Files.writeString(m.resolve("data-access-standard.md"), "# Data access standard");
        item(
                m.resolve("data-access.evidence.yaml"),
                "Data access standard",
                "data-access-standard.md",
                "[A.8.3]",
                "2026-06-01",
                "2027-05-31",
                null,
                null);
        Files.writeString(m.resolve("dr-test.md"), "# DR test 2026: restore failed");
        item(
                m.resolve("dr-test.evidence.yaml"),
                "Disaster recovery test, October 2026",
                "dr-test.md",
                "[A.5.30]",
                "2026-10-20",
                null,
                "not_satisfied",
                "The database restore did not finish within the 4-hour objective.");
        return m;
    }

    private static void item(
            Path meta,
            String title,
            String file,
            String controls,
            String date,
            String expires,
            String outcome,
            String reason)
            throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("title: ")
                .append(title)
                .append('\n')
                .append("file: ")
                .append(file)
                .append('\n')
                .append("controls: ")
                .append(controls)
                .append('\n')
                .append("owner: security@northwind.example\n")
                .append("date: ")
                .append(date)
                .append('\n');
        if (expires != null) {
            y.append("expires: ").append(expires).append('\n');
        }
        if (outcome != null) {
            y.append("outcome: ")
                    .append(outcome)
                    .append('\n')
                    .append("reason: ")
                    .append(reason)
                    .append('\n');
        }
        Files.writeString(meta, y.toString());
    }

    private Path exceptions() throws IOException {
        Path f = dir.resolve("exceptions.yaml");
        Files.writeString(f, """
                exceptions:
                  - id: EX-1
                    check: s3_bucket_versioning_enabled
                    resource: arn:aws:s3:::northwind-*
                    reason: Web assets and temporary exports are rebuilt from source; versions add no recovery value.
                    approver: Dana Whitfield (CISO)
                    approved: 2026-09-15
                    expires: 2027-03-31
                  - id: EX-2
                    control: iso27001-2022:A.7.9
                    reason: No company equipment leaves the premises; staff use managed virtual desktops.
                    approver: Dana Whitfield (CISO)
                    approved: 2026-09-15
                    expires: 2027-09-14
                  - id: EX-3
                    check: iam_root_mfa_enabled
                    reason: Old waiver, no longer valid.
                    approver: Former CISO
                    approved: 2025-01-01
                    expires: 2025-12-31
                """);
        return f;
    }

    private Path overrides() throws IOException {
        Path f = dir.resolve("overrides.yaml");
        Files.writeString(f, """
                controls:
                  A.7.1:
                    responsibility: shared
                    customer: Badge-controlled entrances and a visitor log at the Lisbon office.
                    justification: Included; the Lisbon office is in the ISMS scope, AWS data centres are inherited.
                """);
        return f;
    }

    @Test
    void manualEvidenceExceptionsAndOverridesChangeTheAnswersVisibly() throws IOException {
        Path out = dir.resolve("pack");
        Cli cli = Cli.run(
                "demo",
                "--out",
                out.toString(),
                "--manual",
                manual().toString(),
                "--exceptions",
                exceptions().toString(),
                "--overrides",
                overrides().toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode r = PackReaders.results(out.resolve("results.json"));

        assertThat(controlStatus(r, "iso27001-2022", "A.5.1")).isEqualTo("MANUAL_PROVIDED");
        assertThat(controlStatus(r, "iso27001-2022", "A.6.3"))
                .as("shared: AWS covered + training")
                .isEqualTo("MANUAL_PROVIDED");
        assertThat(controlStatus(r, "soc2-2017", "CC1.4")).isEqualTo("MANUAL_PROVIDED");
        assertThat(controlStatus(r, "iso27001-2022", "A.5.2"))
                .as("expired counts as missing")
                .isEqualTo("NEEDS_MANUAL_EVIDENCE");
        assertThat(controlStatus(r, "iso27001-2022", "A.8.3"))
                .as("the standard is given, but Access Analyzer finds the export bucket shared outside")
                .isEqualTo("NOT_SATISFIED");
        assertThat(controlStatus(r, "iso27001-2022", "A.5.30")).isEqualTo("NOT_SATISFIED");
        assertThat(controlStatus(r, "iso27001-2022", "A.8.5"))
                .as("documents never hide a failing check")
                .isEqualTo("NOT_SATISFIED");
        assertThat(controlStatus(r, "iso27001-2022", "A.7.9")).isEqualTo("NOT_APPLICABLE");
        assertThat(checkStatus(r, "s3_bucket_versioning_enabled")).isEqualTo("ACCEPTED");
        assertThat(checkStatus(r, "iam_root_mfa_enabled"))
                .as("an expired exception changes nothing")
                .isEqualTo("FAIL");
        assertThat(controlStatus(r, "iso27001-2022", "A.7.1"))
                .as("overridden to shared")
                .isEqualTo("NEEDS_MANUAL_EVIDENCE");

        JsonNode soa = r.get("frameworks").get(0).get("statementOfApplicability");
        assertThat(soa).hasSize(93);
        JsonNode a79 = find(soa, "A.7.9");
        assertThat(a79.get("applicable").asBoolean()).isFalse();
        assertThat(a79.get("justification").asText()).contains("EX-2", "No company equipment");
        assertThat(find(soa, "A.7.1").get("justification").asText()).contains("Lisbon office");
        assertThat(r.get("exceptions"))
                .extracting(e -> e.get("id").asText() + ":" + e.get("active").asBoolean() + ":"
                        + e.get("matched").asLong())
                .containsExactly("EX-1:true:2", "EX-2:true:0", "EX-3:false:0");
        assertThat(r.get("manualEvidence")).hasSize(5);

        Path copied = out.resolve("manual/policies/infosec-policy.pdf");
        assertThat(copied).exists();
        assertThat(Digests.sha256(copied))
                .isEqualTo(find(r.get("manualEvidence"), "infosec-policy")
                        .get("sha256")
                        .asText());
        assertThat(out.resolve("manual/policies/infosec-policy.evidence.yaml")).exists();

        String pdf = PackReaders.pdfText(out.resolve("evidence-pack.pdf"));
        assertThat(pdf).contains("Statement of Applicability", "Information security policy v3", "EX-2", "expired");
        Map<String, List<List<String>>> sheets = PackReaders.workbook(out.resolve("evidence-pack.xlsx"));
        assertThat(sheets.get("SoA ISO 27001")).hasSize(94);
        assertThat(sheets.get("Exceptions")).hasSize(4);
        assertThat(sheets.get("Findings")).anySatisfy(row -> assertThat(row).contains("Accepted"));
    }

    @Test
    void badAdditionsNameTheFileAndWriteNothing() throws IOException {
        Path m = manual();
        Path out = dir.resolve("pack");
        Files.writeString(m.resolve("bad.md"), "x");
        item(m.resolve("bad.evidence.yaml"), "Bad", "bad.md", "[A.9.9]", "2026-01-01", null, null, null);
        assertOne(
                Cli.run("demo", "--out", out.toString(), "--manual", m.toString()),
                m.resolve("bad.evidence.yaml"),
                "unknown control id 'A.9.9'");
        item(m.resolve("bad.evidence.yaml"), "Bad", "missing.md", "[A.5.1]", "2026-01-01", null, null, null);
        assertOne(
                Cli.run("demo", "--out", out.toString(), "--manual", m.toString()),
                m.resolve("bad.evidence.yaml"),
                "does not exist");
        item(m.resolve("bad.evidence.yaml"), "Bad", "bad.md", "[A.5.1]", "2026-13-45", null, null, null);
        assertOne(
                Cli.run("demo", "--out", out.toString(), "--manual", m.toString()),
                m.resolve("bad.evidence.yaml"),
                "line");
        Files.delete(m.resolve("bad.evidence.yaml"));

        Path ex = dir.resolve("ex.yaml");
        Files.writeString(
                ex,
                "exceptions:\n  - id: EX-9\n    check: no_such_check\n    reason: r\n    approver: a\n"
                        + "    approved: 2026-01-01\n    expires: 2026-12-31\n");
        assertOne(
                Cli.run("demo", "--out", out.toString(), "--exceptions", ex.toString()),
                ex,
                "unknown check 'no_such_check'");
        Path ov = dir.resolve("ov.yaml");
        Files.writeString(ov, "controls:\n  Z.1:\n    responsibility: shared\n");
        assertOne(
                Cli.run("demo", "--out", out.toString(), "--overrides", ov.toString()), ov, "unknown control id 'Z.1'");
        Files.writeString(ov, "controls:\n  A.7.1:\n    responsibility: partly\n");
        assertOne(Cli.run("demo", "--out", out.toString(), "--overrides", ov.toString()), ov, "responsibility");
        assertThat(out).doesNotExist();
    }

    private static void assertOne(Cli cli, Path file, String problem) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.err()).contains(file.toString()).contains(problem);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id);
    }
}
