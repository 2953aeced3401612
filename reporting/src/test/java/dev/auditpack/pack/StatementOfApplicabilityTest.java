package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's Statement of Applicability (ISO/IEC 27001 clause 6.1.3 d), built with the example risk register, read
 * back from results.json, the workbook and the PDF's text.
 */
class StatementOfApplicabilityTest {

    private static JsonNode iso() {
        JsonNode results = PackReaders.results(DemoPacks.unsigned().resolve(ReportJob.RESULTS));
        for (JsonNode fw : results.get("frameworks")) {
            if (fw.get("id").asText().equals("iso27001-2022")) {
                return fw;
            }
        }
        throw new AssertionError("no ISO 27001 section");
    }

    private static JsonNode row(String id) {
        for (JsonNode r : iso().get("statementOfApplicability")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no SoA row " + id);
    }

    /** Text without white space: PDFBox breaks words where the PDF's table cells wrap them. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void noTwoApplicableControlsShareAJustification() {
        Map<String, String> seen = new HashMap<>();
        int applicable = 0;
        for (JsonNode r : iso().get("statementOfApplicability")) {
            if (!r.get("applicable").asBoolean()) {
                continue;
            }
            applicable++;
            String justification = r.get("justification").asText();
            String earlier = seen.put(justification, r.get("id").asText());
            assertThat(earlier)
                    .as(
                            "%s and %s share the justification \"%s\"",
                            earlier, r.get("id").asText(), justification)
                    .isNull();
        }
        assertThat(applicable).isEqualTo(92);
    }

    @Test
    void justificationsAreBuiltFromTheRegisterTheRequirementsAndTheServices() {
        JsonNode a824 = row("A.8.24");
        assertThat(texts(a824.get("risks"))).containsExactly("R-01");
        assertThat(texts(a824.get("requirements"))).containsExactly("GDPR-32", "PCI-DSS");
        assertThat(texts(a824.get("services"))).contains("Amazon S3");
        assertThat(a824.get("justification").asText())
                .contains(
                        "encryption and key management",
                        "risk R-01 (Customer order data exposed through a public " + "S3 bucket; modify)",
                        "GDPR-32 (GDPR Article 32, security of processing)",
                        "Amazon S3");

        JsonNode unselected = row("A.5.8");
        assertThat(unselected.get("risks")).isEmpty();
        assertThat(unselected.get("justification").asText()).contains("No risk in the register selects it");

        JsonNode excluded = row("A.7.9");
        assertThat(excluded.get("applicable").asBoolean()).isFalse();
        assertThat(excluded.get("implemented").asText()).isEmpty();
        assertThat(excluded.get("justification").asText())
                .startsWith("Excluded under exception EX-2026-08")
                .contains("No company equipment leaves the premises");
    }

    @Test
    void implementedFollowsTheControlsStatusAndTheTreatmentPlan() {
        for (JsonNode r : iso().get("statementOfApplicability")) {
            if (!r.get("applicable").asBoolean()) {
                continue;
            }
            String status = r.get("status").asText();
            String implemented = r.get("implemented").asText();
            String id = r.get("id").asText();
            switch (status) {
                case "SATISFIED", "INHERITED", "MANUAL_PROVIDED" ->
                    assertThat(implemented).as(id).isEqualTo("yes");
                default -> assertThat(implemented).as(id + " (" + status + ")").isIn("partly", "no", "planned");
            }
            if (implemented.equals("planned")) {
                assertThat(r.get("justification").asText()).as(id).contains("treatment plan", "due 2027-03-31");
            }
        }
        Map<String, JsonNode> controls = new HashMap<>();
        iso().get("controls").forEach(c -> controls.put(c.get("id").asText(), c));
        int partly = 0;
        for (JsonNode r : iso().get("statementOfApplicability")) {
            String implemented = r.get("implemented").asText();
            if (!implemented.equals("partly") && !implemented.equals("no")) {
                continue;
            }
            boolean directPasses = false;
            for (JsonNode check : controls.get(r.get("id").asText()).get("checks")) {
                directPasses |= check.get("strength").asText().equals("direct")
                        && List.of("PASS", "ACCEPTED")
                                .contains(check.get("status").asText());
            }
            assertThat(implemented).as(r.get("id").asText()).isEqualTo(directPasses ? "partly" : "no");
            partly += directPasses ? 1 : 0;
        }
        assertThat(partly).as("the demo has controls partly implemented").isPositive();
        JsonNode a812 = row("A.8.12");
        if (!a812.get("implemented").asText().equals("yes")) {
            assertThat(a812.get("implemented").asText()).isEqualTo("planned");
        }
    }

    @Test
    void theApprovalIsStatedInEveryOutput() {
        JsonNode approval = iso().get("soaApproval");
        assertThat(approval.get("version").asText()).isEqualTo("3.2");
        assertThat(approval.get("approved").asBoolean()).isTrue();
        assertThat(approval.get("approvedOn").asText()).isEqualTo("2026-09-30");
        String statement = "Version 3.2, approved by Dana Whitfield (CISO) on 2026-09-30.";
        assertThat(approval.get("statement").asText()).isEqualTo(statement);

        String pdf = squeezed(PackReaders.pdfText(DemoPacks.unsigned().resolve(ReportJob.PDF)));
        assertThat(pdf.contains(squeezed("Statement of Applicability — ISO/IEC 27001:2022 Annex A " + statement)))
                .as("the PDF's SoA header states the approval")
                .isTrue();

        List<List<String>> summary = PackReaders.workbook(DemoPacks.unsigned().resolve(ReportJob.WORKBOOK))
                .get("Summary");
        assertThat(summary)
                .anySatisfy(line -> assertThat(line).containsExactly("Statement of Applicability", statement));
    }

    @Test
    void resultsJsonCarriesTheRegisterTheJustificationsCite() {
        JsonNode register = iso().get("riskRegister");
        assertThat(register.get("risks")).hasSize(10);
        JsonNode r01 = register.get("risks").get(0);
        assertThat(r01.get("id").asText()).isEqualTo("R-01");
        assertThat(r01.get("treatment").asText()).isEqualTo("modify");
        assertThat(texts(r01.get("planned"))).containsExactly("A.8.12");
        assertThat(r01.get("due").asText()).isEqualTo("2027-03-31");
        assertThat(texts(register.get("requirements").get(0).get("controls")))
                .containsExactly("A.5.34", "A.8.11", "A.8.24", "A.5.31");
    }

    @Test
    void theWorkbookAndThePdfCarryTheNewColumns() {
        List<List<String>> sheet = PackReaders.workbook(DemoPacks.unsigned().resolve(ReportJob.WORKBOOK))
                .get("SoA ISO 27001");
        List<String> header = sheet.get(0);
        assertThat(header)
                .containsSubsequence(
                        "Applicable", "Justification", "Implemented", "Risks", "Requirements", "AWS services");
        List<String> a824 = sheet.stream()
                .filter(r -> r.get(0).equals("A.8.24"))
                .findFirst()
                .orElseThrow();
        JsonNode json = row("A.8.24");
        assertThat(a824.get(header.indexOf("Justification")))
                .isEqualTo(json.get("justification").asText());
        assertThat(a824.get(header.indexOf("Implemented")))
                .isEqualTo(json.get("implemented").asText());
        assertThat(a824.get(header.indexOf("Risks"))).isEqualTo("R-01");
        assertThat(a824.get(header.indexOf("Requirements"))).isEqualTo("GDPR-32\nPCI-DSS");

        List<List<String>> register = PackReaders.workbook(DemoPacks.unsigned().resolve(ReportJob.WORKBOOK))
                .get("Risks ISO 27001");
        assertThat(register)
                .as("the register's sheet: a header, 10 risks and 4 requirements")
                .hasSize(15);
        assertThat(register.get(1))
                .startsWith(
                        "R-01",
                        "risk",
                        "Customer order data exposed through a public S3 bucket",
                        "modify",
                        "Head of Platform",
                        "A.5.12\nA.8.3\nA.8.12\nA.8.24",
                        "A.8.12");
        assertThat(register.get(14)).startsWith("MSA-CUST", "requirement");

        String pdf = squeezed(PackReaders.pdfText(DemoPacks.unsigned().resolve(ReportJob.PDF)));
        for (String text : List.of(
                "JustificationRisksImplemented·status",
                "Risks and requirements the justifications cite",
                "R-10 Loss of a staff laptop with cached customer data",
                "planned: A.8.12, due 2027-03-31",
                "GDPR-33 GDPR Articles 33 and 34, breach notification requirement",
                "requirements: GDPR-32, PCI-DSS",
                "Selected to treat risk R-03 (Ransomware or operator error destroys the order database; modify)",
                row("A.8.13").get("justification").asText())) {
            assertThat(pdf.contains(squeezed(text)))
                    .as("the PDF has \"%s\"", text)
                    .isTrue();
        }
    }
}
