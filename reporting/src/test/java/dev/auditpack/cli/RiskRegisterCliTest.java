package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad risk register (--risks) stops the pack with one line naming the file and the problem, and exit 2. */
class RiskRegisterCliTest {

    @TempDir
    Path dir;

    private static final String GOOD_RISK = """
              - id: R-1
                title: Data exposed through a public bucket
                treatment: modify
                controls: [A.8.3]
            """;

    private void refused(String yaml, String problem) throws IOException {
        Path risks = dir.resolve("risks.yaml");
        Files.writeString(risks, yaml);
        Path out = dir.resolve("pack");
        Cli cli = Cli.run("demo", "--out", out.toString(), "--risks", risks.toString());
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(risks.toString()).contains(problem);
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownControlIsRefused() throws IOException {
        refused("risks:\n" + GOOD_RISK.replace("A.8.3", "A.8.99"), "risk R-1: unknown control id 'A.8.99'");
    }

    @Test
    void controlOfAFrameworkWithoutStatementOfApplicabilityIsRefused() throws IOException {
        refused("risks:\n" + GOOD_RISK.replace("A.8.3", "CC6.1"), "unknown control id 'CC6.1'");
    }

    @Test
    void duplicateIdIsRefused() throws IOException {
        refused("risks:\n" + GOOD_RISK + GOOD_RISK, "duplicate id 'R-1'");
        refused(
                "risks:\n" + GOOD_RISK + "requirements:\n  - id: R-1\n    title: Contract\n    controls: [A.8.3]\n",
                "duplicate id 'R-1'");
    }

    @Test
    void duplicateKeyIsRefusedWithItsLine() throws IOException {
        refused("risks:\n" + GOOD_RISK + "    treatment: retain\n", "line");
    }

    @Test
    void badDateIsRefusedWithItsLine() throws IOException {
        refused("soa:\n  version: \"1\"\n  approvedBy: Dana\n  approvedOn: 2026-13-45\nrisks:\n" + GOOD_RISK, "line 4");
        refused("risks:\n" + GOOD_RISK + "    planned: [A.8.3]\n    due: someday\n", "line");
    }

    @Test
    void unknownTreatmentIsRefused() throws IOException {
        refused("risks:\n" + GOOD_RISK.replace("modify", "ignore"), "risk R-1: unknown treatment 'ignore'");
    }

    @Test
    void incompleteEntriesAreRefused() throws IOException {
        refused("risks:\n" + GOOD_RISK.replace("    controls: [A.8.3]\n", ""), "risk R-1: its treatment is modify");
        refused("risks:\n" + GOOD_RISK + "    planned: [A.8.24]\n", "planned control A.8.24 is not among its controls");
        refused(
                "soa:\n  version: \"1\"\n  approvedBy: Dana\nrisks:\n" + GOOD_RISK,
                "give both approvedBy and approvedOn");
        refused("register: []\n", "Unrecognized field \"register\"");
        refused("soa:\n  version: \"1\"\n", "has no 'risks:' list");
    }

    @Test
    void aRegisterWithoutApprovalLeavesTheSoaUnapprovedAndLinksItsRisks() throws IOException {
        Path risks = dir.resolve("risks.yaml");
        Files.writeString(
                risks,
                "risks:\n" + GOOD_RISK + "  - id: R-2\n    title: Accepted downtime\n" + "    treatment: retain\n");
        Path out = dir.resolve("pack");
        Cli cli = Cli.run("demo", "--out", out.toString(), "--risks", risks.toString());
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode iso = PackReaders.results(out.resolve("results.json"))
                .get("frameworks")
                .get(0);
        assertThat(iso.get("id").asText()).isEqualTo("iso27001-2022");
        assertThat(iso.get("soaApproval").get("approved").asBoolean()).isFalse();
        assertThat(iso.get("soaApproval").get("statement").asText()).contains("is not approved");
        for (JsonNode row : iso.get("statementOfApplicability")) {
            String id = row.get("id").asText();
            if (id.equals("A.8.3")) {
                assertThat(row.get("risks").get(0).asText()).isEqualTo("R-1");
                assertThat(row.get("justification").asText())
                        .contains("risk R-1 (Data exposed through a public bucket; modify)");
            } else if (id.equals("A.5.1")) {
                assertThat(row.get("risks")).isEmpty();
                assertThat(row.get("justification").asText()).contains("No risk in the register selects it");
            }
        }
        String pdf = PackReaders.pdfText(out.resolve("evidence-pack.pdf")).replaceAll("\\s+", "");
        assertThat(pdf.contains("ThisStatementofApplicabilityisnotapproved"))
                .as("the PDF says it is not approved")
                .isTrue();
    }
}
