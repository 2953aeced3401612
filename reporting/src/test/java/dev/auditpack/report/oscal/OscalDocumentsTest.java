package dev.auditpack.report.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.Redaction;
import dev.auditpack.report.ReportModel;
import dev.auditpack.report.excel.SampleModel;
import dev.auditpack.report.json.ResultsWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OSCAL documents written from models the demo does not reach: failed calls to AWS, a user's third framework
 * whose control ids are no OSCAL tokens, and a redacted pack. Each document is validated against the OSCAL 1.1.2
 * JSON schemas.
 */
class OscalDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }

    private static JsonNode results(ReportModel model) throws IOException {
        byte[] ar = bytes(out -> ResultsDocument.write(model, out));
        assertThat(OscalSchemas.problems("ar", ar, Oscal.RESULTS_FILE)).isEmpty();
        byte[] ap = bytes(out -> AssessmentPlanWriter.write(model, out));
        assertThat(OscalSchemas.problems("ap", ap, Oscal.PLAN_FILE)).isEmpty();
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            byte[] catalog = bytes(out -> CatalogWriter.write(model, fw, out));
            assertThat(OscalSchemas.problems("catalog", catalog, Oscal.catalogFile(fw.id())))
                    .isEmpty();
        }
        return JSON.readTree(ar).get("assessment-results");
    }

    @Test
    void aFailedCallIsAnObservationThatEvidenceCouldNotBeReadAndItsControlIsNeverSatisfied() throws IOException {
        ReportModel model = SampleModel.sample();
        JsonNode ar = results(model);
        for (JsonNode result : ar.get("results")) {
            List<JsonNode> unread = new ArrayList<>();
            result.get("observations").forEach(o -> {
                if (o.get("title").asText().startsWith("Evidence could not be read")) {
                    unread.add(o);
                }
            });
            assertThat(unread).hasSize(model.errors().size());
            JsonNode o = unread.get(0);
            assertThat(o.get("description").asText())
                    .contains("s3:GetBucketEncryption", "AccessDenied", "unknown", "never as satisfied");
            assertThat(o.get("collected").asText()).isEqualTo("2027-01-02T08:04:05Z");
            assertThat(o.at("/subjects/0/type").asText()).isEqualTo("inventory-item");
        }
        JsonNode soc2 = ar.get("results").get(1);
        JsonNode gap = finding(soc2, "CC7.2");
        assertThat(gap.at("/target/status/state").asText()).isEqualTo("not-satisfied");
        assertThat(gap.at("/target/status/reason").asText()).isEqualTo("other");
        assertThat(gap.at("/target/status/remarks").asText()).startsWith("Gap:").contains("not assessed");
        JsonNode manual = finding(soc2, "CC1.1");
        assertThat(manual.at("/target/status/state").asText()).isEqualTo("not-satisfied");
        assertThat(manual.at("/target/status/remarks").asText()).startsWith("Needs manual evidence:");
        JsonNode iso = ar.get("results").get(0);
        assertThat(finding(iso, "A.8.15").at("/target/status/state").asText()).isEqualTo("satisfied");
        JsonNode failing = finding(iso, "A.8.24");
        assertThat(failing.at("/target/status/reason").asText()).isEqualTo("fail");
        String risk = failing.at("/related-risks/0/risk-uuid").asText();
        assertThat(iso.get("risks"))
                .anySatisfy(r -> assertThat(r.get("uuid").asText()).isEqualTo(risk));
        // Only controls not satisfied carry a risk: one per such control.
        long notSatisfied = model.frameworks().get(0).controls().stream()
                .filter(c -> c.status() == ControlStatus.NOT_SATISFIED)
                .count();
        assertThat(iso.get("risks")).hasSize((int) notSatisfied);
    }

    @Test
    void aUsersThirdFrameworkGetsACatalogWhoseIdsAreTokensAndKeepsItsOwnIdsAsLabels() throws IOException {
        ReportModel sample = SampleModel.sample();
        ReportModel.FrameworkSection own = SampleModel.section(
                "acme-baseline",
                "ACB",
                List.of(
                        SampleModel.control("1.1", ControlStatus.SATISFIED, SampleModel.ref("t", "PASS", 1, 0)),
                        SampleModel.control("Net 2/3", ControlStatus.NOT_SATISFIED, SampleModel.ref("t", "FAIL", 0, 1)),
                        SampleModel.control("ACB-9", ControlStatus.NOT_APPLICABLE)));
        ReportModel model = new ReportModel(
                sample.run(),
                List.of(sample.frameworks().get(0), sample.frameworks().get(1), own),
                sample.checks(),
                sample.attestations(),
                sample.evidence(),
                sample.attachments(),
                sample.errors(),
                sample.manual(),
                sample.exceptions(),
                sample.profile(),
                sample.branding(),
                sample.findings());
        JsonNode ar = results(model);
        assertThat(ar.get("results")).hasSize(3);
        assertThat(Oscal.catalogFile(own.id())).isEqualTo("catalog-acme-baseline.oscal.json");
        JsonNode catalog = JSON.readTree(bytes(out -> CatalogWriter.write(model, own, out)))
                .get("catalog");
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        catalog.at("/groups/0/controls").forEach(c -> {
            ids.add(c.get("id").asText());
            labels.add(c.at("/props/0/value").asText());
        });
        assertThat(ids).containsExactly("_1.1", "Net_2_3", "ACB-9");
        assertThat(labels).containsExactly("1.1", "Net 2/3", "ACB-9");
        JsonNode result = ar.get("results").get(2);
        assertThat(finding(result, "Net 2/3").at("/target/target-id").asText()).isEqualTo("Net_2_3_smt");
        assertThat(result.at("/reviewed-controls/control-selections/0/exclude-controls/0/control-id")
                        .asText())
                .isEqualTo("ACB-9");
    }

    @Test
    void aRedactedModelIsMaskedAsResultsJsonIsAndKeepsEveryHash() throws IOException {
        ReportModel full = SampleModel.sample();
        ReportModel masked = Redaction.apply(full);
        String ar = new String(bytes(out -> ResultsDocument.write(masked, out)), StandardCharsets.UTF_8);
        String results = new String(bytes(out -> ResultsWriter.write(masked, out)), StandardCharsets.UTF_8);
        assertThat(results).doesNotContain("111111111111").contains("acct-1");
        assertThat(ar).doesNotContain("111111111111").contains("acct-1");
        assertThat(results(masked).get("results")).hasSize(2);
        assertThat(hashes(ar))
                .isEqualTo(hashes(new String(bytes(out -> ResultsDocument.write(full, out)), StandardCharsets.UTF_8)));
    }

    @Test
    void theSameModelGivesTheSameBytes() throws IOException {
        ReportModel model = SampleModel.sample();
        assertThat(bytes(out -> ResultsDocument.write(model, out)))
                .isEqualTo(bytes(out -> ResultsDocument.write(model, out)));
    }

    private static Set<String> hashes(String ar) throws IOException {
        Set<String> out = new TreeSet<>();
        JSON.readTree(ar)
                .at("/assessment-results/back-matter/resources")
                .forEach(r -> out.add(r.at("/rlinks/0/hashes/0/value").asText()));
        assertThat(out).isNotEmpty();
        return out;
    }

    private static JsonNode finding(JsonNode result, String control) {
        for (JsonNode f : result.get("findings")) {
            if (f.at("/target/target-id").asText().equals(Oscal.statement(control))) {
                return f;
            }
        }
        throw new AssertionError("no finding for " + control);
    }
}
