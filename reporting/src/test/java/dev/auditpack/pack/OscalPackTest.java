package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.report.oscal.Oscal;
import dev.auditpack.report.oscal.OscalSchemas;
import dev.auditpack.report.oscal.ResultsDocument;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The demo pack's OSCAL documents: valid against the OSCAL 1.1.2 JSON schemas liboscal-java bundles, read by its
 * bindings, and saying what results.json says: the same status for every control, and every evidence file with the
 * SHA-256 that SHA256SUMS gives it.
 */
class OscalPackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path pack() {
        return DemoPacks.unsigned().dir();
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    @Test
    void theSchemasAreOscal112() {
        for (String model : List.of("ar", "ap", "catalog")) {
            assertThat(OscalSchemas.id(model)).as(model).contains("1.1.2");
        }
    }

    @Test
    void everyOscalDocumentOfTheDemoIsValid() throws IOException {
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        Map<String, String> documents = new HashMap<>();
        documents.put(Oscal.RESULTS_FILE, "ar");
        documents.put(Oscal.PLAN_FILE, "ap");
        results.get("frameworks")
                .forEach(fw -> documents.put(Oscal.catalogFile(fw.get("id").asText()), "catalog"));
        assertThat(documents).containsKeys("catalog-iso27001-2022.oscal.json", "catalog-soc2-2017.oscal.json");
        for (Map.Entry<String, String> d : documents.entrySet()) {
            byte[] bytes = Files.readAllBytes(pack().resolve(d.getKey()));
            assertThat(OscalSchemas.problems(d.getValue(), bytes, d.getKey()))
                    .as(d.getKey())
                    .isEmpty();
            assertThat(read(pack().resolve(d.getKey()))
                            .findValue("oscal-version")
                            .asText())
                    .isEqualTo("1.1.2");
        }
        assertThat(Zips.names(pack().resolve(ReportJob.ZIP))).containsAll(documents.keySet());
    }

    @Test
    void theBindingsReadTheDocuments() throws IOException {
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        OscalBindingContext oscal = OscalBindingContext.instance();
        var ar = oscal.loadAssessmentResults(pack().resolve(Oscal.RESULTS_FILE));
        assertThat(ar.getResults()).hasSize(results.get("frameworks").size());
        assertThat(ar.getImportAp().getHref().toString()).isEqualTo(Oscal.PLAN_FILE);
        var ap = oscal.loadAssessmentPlan(pack().resolve(Oscal.PLAN_FILE));
        assertThat(ap.getReviewedControls().getControlSelections())
                .hasSize(results.get("frameworks").size());
        var iso = oscal.loadCatalog(pack().resolve("catalog-iso27001-2022.oscal.json"));
        long controls =
                iso.getGroups().stream().mapToLong(g -> g.getControls().size()).sum();
        assertThat(controls).isEqualTo(93);
    }

    /**
     * OSCAL 1.1.2's metaschema constraints, run by liboscal-java, hold, but for one defect of theirs: they take a
     * SHA-256 to be 32 hexadecimal digits (its length in bytes; usnistgov/OSCAL#2053), where a SHA-256 written in hex
     * has 64. The pack keeps the real hash, which SHA256SUMS and sha256sum give, so that constraint alone fails, and
     * only on real 64-digit hashes.
     */
    @Test
    void theMetaschemaConstraintsHoldButForTheirHashLength() throws IOException {
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        List<String> files = new ArrayList<>(List.of(Oscal.RESULTS_FILE, Oscal.PLAN_FILE));
        results.get("frameworks")
                .forEach(fw -> files.add(Oscal.catalogFile(fw.get("id").asText())));
        java.util.regex.Pattern hashLength = java.util.regex.Pattern.compile(
                "Value '[0-9a-f]{64}' did not match the pattern '\\^\\[0-9a-fA-F\\]\\{32\\}\\$' at path"
                        + " '/assessment-results/back-matter\\[1\\]/resource\\[[0-9]+\\]/rlink\\[1\\]/hash\\[1\\]'");
        int hashes = 0;
        for (String file : files) {
            var result = OscalBindingContext.instance().validateWithConstraints(pack().resolve(file));
            List<String> problems = new ArrayList<>();
            for (var f : result.getFindings()) {
                String message = f.getMessage().toString();
                if (hashLength.matcher(message).matches()) {
                    hashes++;
                } else {
                    problems.add(f.getSeverity() + " " + message);
                }
            }
            assertThat(problems).as(file).isEmpty();
        }
        JsonNode ar = read(pack().resolve(Oscal.RESULTS_FILE));
        assertThat(hashes)
                .isEqualTo(ar.at("/assessment-results/back-matter/resources").size());
    }

    @Test
    void aBrokenDocumentFailsTheSchema() throws IOException {
        JsonNode original = read(pack().resolve(Oscal.RESULTS_FILE));
        List<Consumer<ObjectNode>> breakages = List.of(
                doc -> ((ObjectNode) doc.get("assessment-results")).remove("import-ap"),
                doc -> ((ObjectNode) doc.at("/assessment-results/results/0/findings/0/target/status"))
                        .put("state", "passed"),
                doc -> ((ObjectNode) doc.at("/assessment-results/results/0")).put("uuid", "not-a-uuid"),
                doc -> ((ObjectNode) doc.at("/assessment-results/metadata")).put("last-modified", "yesterday"),
                doc -> ((ObjectNode) doc.at("/assessment-results/results/0/findings/0/target"))
                        .put("target-id", "1 not a token"));
        for (int i = 0; i < breakages.size(); i++) {
            ObjectNode broken = original.deepCopy();
            breakages.get(i).accept(broken);
            assertThat(OscalSchemas.problems("ar", JSON.writeValueAsBytes(broken), "broken-" + i + ".json"))
                    .as("breakage " + i)
                    .isNotEmpty();
        }
        ObjectNode catalog = (ObjectNode) read(pack().resolve("catalog-soc2-2017.oscal.json"));
        ((ObjectNode) catalog.get("catalog")).remove("metadata");
        assertThat(OscalSchemas.problems("catalog", JSON.writeValueAsBytes(catalog), "broken-catalog.json"))
                .isNotEmpty();
    }

    @Test
    void findingsSayWhatResultsJsonSays() throws IOException {
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        JsonNode ar = read(pack().resolve(Oscal.RESULTS_FILE)).get("assessment-results");
        Map<String, Integer> seen = new HashMap<>();
        int i = 0;
        for (JsonNode fw : results.get("frameworks")) {
            JsonNode result = ar.get("results").get(i++);
            assertThat(prop(result, "framework")).isEqualTo(fw.get("id").asText());
            assertThat(result.get("start").asText())
                    .startsWith(results.at("/run/periodStart").asText());
            assertThat(result.get("end").asText())
                    .startsWith(results.at("/run/periodEnd").asText());
            Map<String, JsonNode> findings = new HashMap<>();
            result.get("findings")
                    .forEach(f -> findings.put(f.at("/target/target-id").asText(), f));
            Set<String> risks = new HashSet<>();
            result.path("risks").forEach(r -> risks.add(r.get("uuid").asText()));
            Set<String> observations = new HashSet<>();
            result.get("observations")
                    .forEach(o -> observations.add(o.get("uuid").asText()));
            Set<String> included = ids(result.at("/reviewed-controls/control-selections/0/include-controls"));
            Set<String> excluded = ids(result.at("/reviewed-controls/control-selections/0/exclude-controls"));
            for (JsonNode control : fw.get("controls")) {
                String id = control.get("id").asText();
                ControlStatus status =
                        ControlStatus.valueOf(control.get("status").asText());
                seen.merge(status.name(), 1, Integer::sum);
                JsonNode finding = findings.remove(Oscal.statement(id));
                if (status == ControlStatus.NOT_APPLICABLE) {
                    assertThat(finding).as(id).isNull();
                    assertThat(excluded).as(id).contains(Oscal.token(id));
                    continue;
                }
                assertThat(included).as(id).contains(Oscal.token(id));
                assertThat(finding).as(id).isNotNull();
                assertThat(prop(finding, "status")).as(id).isEqualTo(status.name());
                String state = finding.at("/target/status/state").asText();
                assertThat(state).as(id).isEqualTo(ResultsDocument.state(status)[0]);
                if (status == ControlStatus.GAP || status == ControlStatus.NEEDS_MANUAL_EVIDENCE) {
                    assertThat(state).as(id).isEqualTo("not-satisfied");
                    assertThat(finding.at("/target/status/reason").asText()).isEqualTo("other");
                    assertThat(finding.at("/target/status/remarks").asText()).contains("not assessed");
                }
                if (status == ControlStatus.NOT_SATISFIED) {
                    String risk = finding.at("/related-risks/0/risk-uuid").asText();
                    assertThat(risks).as(id).contains(risk);
                    control.get("failing")
                            .forEach(row -> assertThat(props(finding, "failing-resource"))
                                    .as(id)
                                    .contains(row.get("resource").asText()));
                }
                finding.path("related-observations")
                        .forEach(o -> assertThat(observations)
                                .contains(o.get("observation-uuid").asText()));
            }
            assertThat(findings).as("findings of no control").isEmpty();
        }
        // The demo has controls of every kind the mapping treats apart (satisfied: manual evidence provided).
        assertThat(seen)
                .containsKeys("MANUAL_PROVIDED", "NOT_SATISFIED", "NEEDS_MANUAL_EVIDENCE", "GAP", "NOT_APPLICABLE");
    }

    @Test
    void everyEvidenceHashIsTheOneInSha256Sums() throws IOException {
        Checksums sums = Checksums.parse(Zips.read(pack().resolve(ReportJob.ZIP), Checksums.FILE), p -> {
            throw new AssertionError(p);
        });
        JsonNode ar = read(pack().resolve(Oscal.RESULTS_FILE)).get("assessment-results");
        Map<String, JsonNode> resources = new HashMap<>();
        for (JsonNode r : ar.at("/back-matter/resources")) {
            resources.put(r.get("uuid").asText(), r);
            JsonNode link = r.at("/rlinks/0");
            assertThat(link.at("/hashes/0/algorithm").asText()).isEqualTo("SHA-256");
            assertThat(sums.sha256ByPath())
                    .as(link.get("href").asText())
                    .containsEntry(
                            link.get("href").asText(),
                            link.at("/hashes/0/value").asText());
        }
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        assertThat(resources)
                .hasSizeGreaterThanOrEqualTo(results.get("evidence").size());
        int cited = 0;
        for (JsonNode result : ar.get("results")) {
            for (JsonNode o : result.get("observations")) {
                for (JsonNode evidence : o.path("relevant-evidence")) {
                    String href = evidence.get("href").asText();
                    JsonNode resource =
                            resources.get(evidence.at("/links/0/href").asText().substring(1));
                    assertThat(resource).as(href).isNotNull();
                    assertThat(resource.at("/rlinks/0/href").asText()).isEqualTo(href);
                    assertThat(sums.sha256ByPath()).containsKey(href);
                    cited++;
                }
            }
        }
        assertThat(cited).isGreaterThanOrEqualTo(results.get("evidence").size());
    }

    @Test
    void catalogsHoldTheFrameworksOwnIdsAndTitles() throws IOException {
        JsonNode results = read(pack().resolve(ReportJob.RESULTS));
        for (JsonNode fw : results.get("frameworks")) {
            JsonNode catalog = read(pack().resolve(
                                    Oscal.catalogFile(fw.get("id").asText())))
                    .get("catalog");
            Map<String, String> titles = new HashMap<>();
            catalog.get("groups")
                    .forEach(g -> g.get("controls").forEach(c -> {
                        titles.put(c.get("id").asText(), c.get("title").asText());
                        assertThat(c.at("/parts/0/id").asText())
                                .isEqualTo(c.get("id").asText() + "_smt");
                        assertThat(c.at("/parts/0/prose").isMissingNode()).isTrue();
                    }));
            assertThat(titles).hasSize(fw.get("controls").size());
            fw.get("controls")
                    .forEach(c -> assertThat(titles)
                            .containsEntry(
                                    Oscal.token(c.get("id").asText()),
                                    c.get("title").asText()));
        }
    }

    /** A pack of the demo's evidence built with a user's third framework beside the shipped two, cut to one control. */
    @Test
    void aUsersThirdFrameworkHasItsCatalogAndResult(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path frameworks = DemoPacks.smallFrameworks(dir.resolve("frameworks"));
        Files.writeString(frameworks.resolve("acme-baseline.yaml"), """
                framework: acme-baseline
                title: Acme Cloud Baseline
                shortName: ACB
                controls:
                  - id: "1.1"
                    title: Root user protected
                    theme: Identity
                    responsibility: customer
                    customer: Protect the root user.
                    checks: [{check: iam_root_mfa_enabled, strength: direct, rationale: the root user needs a second factor}]
                    manual: The access policy.
                """);
        Path out = dir.resolve("pack");
        dev.auditpack.cli.Cli demo = dev.auditpack.cli.Cli.run(
                "demo", "--out", out.toString(), "--frameworks", frameworks.toString(), "--no-examples");
        assertThat(demo.exit()).as(demo.err()).isZero();
        byte[] catalog = Files.readAllBytes(out.resolve("catalog-acme-baseline.oscal.json"));
        assertThat(OscalSchemas.problems("catalog", catalog, "catalog-acme-baseline.oscal.json"))
                .isEmpty();
        JsonNode control = JSON.readTree(catalog).at("/catalog/groups/0/controls/0");
        assertThat(control.get("id").asText()).isEqualTo("_1.1");
        assertThat(control.get("title").asText()).isEqualTo("Root user protected");
        assertThat(prop(control, "label")).isEqualTo("1.1");
        byte[] ar = Files.readAllBytes(out.resolve(Oscal.RESULTS_FILE));
        assertThat(OscalSchemas.problems("ar", ar, Oscal.RESULTS_FILE)).isEmpty();
        JsonNode results = JSON.readTree(ar).at("/assessment-results/results");
        assertThat(results).hasSize(3);
        JsonNode own = results.get(2);
        assertThat(prop(own, "framework")).isEqualTo("acme-baseline");
        String status = read(out.resolve(ReportJob.RESULTS))
                .at("/frameworks/2/controls/0/status")
                .asText();
        assertThat(prop(own.at("/findings/0"), "status")).isEqualTo(status);
        assertThat(own.at("/findings/0/target/target-id").asText()).isEqualTo("_1.1_smt");
        assertThat(Zips.names(out.resolve(ReportJob.ZIP))).contains("catalog-acme-baseline.oscal.json");
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        list.forEach(c -> ids.add(c.get("control-id").asText()));
        return ids;
    }

    static String prop(JsonNode node, String name) {
        List<String> values = props(node, name);
        assertThat(values).as(name).hasSize(1);
        return values.get(0);
    }

    static List<String> props(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        node.path("props").forEach(p -> {
            if (p.get("name").asText().equals(name)) {
                values.add(p.get("value").asText());
            }
        });
        return values;
    }

    static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
