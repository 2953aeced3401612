package dev.auditpack.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.demo.DemoExamples;
import dev.auditpack.pack.PackReaders;
import dev.auditpack.report.pdf.VeraPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Two packs of the demo company a quarter apart, built by {@code auditpack report} from real lockers (the second with
 * {@code --previous}), then compared by {@code auditpack diff}: the Markdown, the JSON and the workbook it writes, and
 * the comparison inside the second pack (results.json, its workbook sheet and its PDF section), each read back with
 * its own reader and checked against what the two packs' results.json say.
 */
class QuarterOverQuarterTest {

    @TempDir
    static Path dir;

    static Path q3;
    static Path q4;
    static Path q4Locker;
    static JsonNode before;
    static JsonNode after;

    @BeforeAll
    static void buildBothQuarters() {
        Path examples = DemoExamples.extractTo(dir.resolve("examples"));
        q3 = dir.resolve("q3");
        Cli third = Cli.run(
                "report",
                "--evidence",
                QuarterLockers.third(dir.resolve("q3-evidence")).toString(),
                "--out",
                q3.toString());
        assertThat(third.exit()).as(third.err()).isZero();
        q4Locker = QuarterLockers.fourth(dir.resolve("q4-evidence"));
        q4 = dir.resolve("q4");
        Cli fourth = Cli.run(
                "report",
                "--evidence",
                q4Locker.toString(),
                "--out",
                q4.toString(),
                "--manual",
                examples.resolve(DemoExamples.MANUAL).toString(),
                "--exceptions",
                examples.resolve(DemoExamples.EXCEPTIONS).toString(),
                "--previous",
                q3.resolve("evidence-pack.zip").toString());
        assertThat(fourth.exit()).as(fourth.err()).isZero();
        before = PackReaders.results(q3.resolve("results.json"));
        after = PackReaders.results(q4.resolve("results.json"));
    }

    @Test
    void diffReportsWhatChangedBetweenTheQuarters() throws Exception {
        Path md = dir.resolve("diff.md");
        Path json = dir.resolve("diff.json");
        Path xlsx = dir.resolve("diff.xlsx");
        Cli diff = Cli.run(
                "diff",
                q3.toString(),
                q4.toString(),
                "--markdown",
                md.toString(),
                "--json",
                json.toString(),
                "--xlsx",
                xlsx.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonNode c = PackReaders.results(json);

        // Findings, keyed by check, account, region and resource, against both packs' own failing findings.
        Set<String> failingBefore = failing(before);
        Set<String> failingAfter = failing(after);
        Set<String> added = new TreeSet<>(failingAfter);
        added.removeAll(failingBefore);
        Set<String> gone = new TreeSet<>(failingBefore);
        gone.removeAll(failingAfter);
        Set<String> resolved = new TreeSet<>(gone);
        resolved.retainAll(passing(after));
        Set<String> notObserved = new TreeSet<>(gone);
        notObserved.removeAll(resolved);
        Set<String> recurring = new TreeSet<>(failingAfter);
        recurring.retainAll(failingBefore);
        assertThat(keys(c.at("/findings/new"))).isEqualTo(added);
        assertThat(keys(c.at("/findings/resolved"))).isEqualTo(resolved);
        assertThat(keys(c.at("/findings/recurring"))).isEqualTo(recurring).isNotEmpty();
        assertThat(keys(c.at("/findings/notObserved"))).isEqualTo(notObserved);
        // The KMS key was failing in Q3; KMS in eu-west-1 could not be read in Q4, so it is not resolved.
        assertThat(notObserved).anyMatch(k -> k.startsWith("kms_key_rotation_enabled|123456789012|eu-west-1|"));
        assertThat(resolved).noneMatch(k -> k.startsWith("kms_"));
        assertThat(added)
                .contains("s3_bucket_versioning_enabled|123456789012|us-east-1|arn:aws:s3:::northwind-tmp-exports")
                .anyMatch(k -> k.startsWith("iam_root_mfa_enabled|"));
        assertThat(resolved)
                .contains("s3_bucket_versioning_enabled|123456789012|us-east-1|arn:aws:s3:::northwind-analytics-data");

        // Days open: from the Q3 pack's observation to the Q4 pack's.
        Instant then = Instant.parse(before.at("/run/collectedTo").asText());
        Instant now = Instant.parse(after.at("/run/collectedTo").asText());
        long days = ChronoUnit.DAYS.between(then, now);
        assertThat(days).isBetween(60L, 70L);
        for (JsonNode f : c.at("/findings/recurring")) {
            assertThat(f.get("openSince").asText()).isEqualTo(then.toString());
            assertThat(f.get("daysOpen").asLong()).isEqualTo(days);
        }
        assertThat(c.get("openBasis").asText()).contains("observation time");

        // Controls whose status or grade changed, against both packs' statuses and grades.
        Set<String> changed = new TreeSet<>();
        Map<String, String> was = controls(before);
        controls(after).forEach((k, v) -> {
            if (!v.equals(was.get(k))) {
                changed.add(k);
            }
        });
        Set<String> reported = new TreeSet<>();
        for (JsonNode x : c.get("controls")) {
            reported.add(x.get("framework").asText() + " " + x.get("control").asText());
            assertThat(x.get("statusBefore").asText() + x.get("gradeBefore").asText())
                    .isNotEqualTo(
                            x.get("statusAfter").asText() + x.get("gradeAfter").asText());
        }
        assertThat(reported).isEqualTo(changed).isNotEmpty();

        // Expiring by the end of 2027-Q1: every exception and document of the Q4 pack that expires by then.
        assertThat(c.get("nextQuarterEnd").asText()).isEqualTo("2027-03-31");
        Set<String> expiring = new TreeSet<>();
        after.get("exceptions").forEach(e -> expiringBy(expiring, "exception", e));
        after.get("manualEvidence").forEach(e -> expiringBy(expiring, "manual document", e));
        Set<String> listed = new TreeSet<>();
        c.get("expiring")
                .forEach(e ->
                        listed.add(e.get("kind").asText() + " " + e.get("id").asText()));
        assertThat(listed).isEqualTo(expiring).isNotEmpty();

        // Evidence newly missing: Lambda in us-east-1 absent, KMS in eu-west-1 a collection error.
        assertThat(c.get("missingEvidence"))
                .extracting(m -> m.get("collector").asText() + " "
                        + m.get("region").asText() + " " + m.get("now").asText())
                .containsExactlyInAnyOrder(
                        "lambda.functions us-east-1 absent",
                        "kms.keys eu-west-1 collection error: ListKeys AccessDeniedException");

        // The Markdown for the ticket names the quarters and every part with its rows.
        String text = Files.readString(md);
        assertThat(text)
                .contains("## Quarter over quarter: 2026-Q3 → 2026-Q4")
                .contains("### Controls changed (" + changed.size() + ")")
                .contains("### New findings (" + added.size() + ")")
                .contains("### Resolved findings (" + resolved.size() + ")")
                .contains("### Recurring findings (" + recurring.size() + ")")
                .contains(
                        "| s3_bucket_versioning_enabled | 123456789012 | us-east-1 | arn:aws:s3:::northwind-tmp-exports |")
                .contains("| lambda.functions | 123456789012 | us-east-1 |")
                .contains("| " + days + " |");
        assertThat(diff.out()).contains("written to " + md);

        // The workbook, read back with POI: one sheet per part, a header and one row per item.
        Map<String, List<List<String>>> sheets = PackReaders.workbook(xlsx);
        assertThat(sheets.keySet())
                .containsExactly(
                        "Controls changed",
                        "New findings",
                        "Resolved findings",
                        "Recurring findings",
                        "Findings not observed",
                        "Expiring",
                        "Evidence missing");
        assertThat(sheets.get("New findings")).hasSize(added.size() + 1);
        assertThat(sheets.get("Recurring findings")).hasSize(recurring.size() + 1);
        assertThat(sheets.get("Recurring findings").get(0)).endsWith("Open since", "Days open");
        assertThat(sheets.get("Recurring findings").get(1).get(8)).isEqualTo(String.valueOf(days));
        assertThat(sheets.get("Controls changed")).hasSize(changed.size() + 1);
        // Statuses, grades and severities are worded as in the pack ("Not satisfied"), not as enum names.
        assertThat(sheets.get("Controls changed").subList(1, changed.size() + 1))
                .allSatisfy(r -> assertThat(r.subList(3, 7)).noneMatch(cell -> cell.matches(".*[A-Z]{2,}_?.*")));
        assertThat(sheets.get("New findings").subList(1, added.size() + 1))
                .allSatisfy(r -> assertThat(r.subList(4, 6)).allMatch(cell -> cell.matches("[A-Z][a-z ]+")));
        assertThat(text).doesNotContain("| NOT_SATISFIED |", "| SATISFIED |", "| FAIL |");
        assertThat(sheets.get("Evidence missing"))
                .anySatisfy(r -> assertThat(r).startsWith("kms.keys", "123456789012", "eu-west-1"));
    }

    @Test
    void theSecondPackCarriesTheComparison() {
        JsonNode c = after.get("comparison");
        assertThat(c).as("results.json has the comparison").isNotNull();
        assertThat(dev.auditpack.docs.JsonSchemas.problems("results.schema.json", after))
                .as("the comparison is as docs/schemas/results.schema.json says")
                .isEmpty();
        assertThat(c.at("/previous/periodLabel").asText()).isEqualTo("2026-Q3");
        assertThat(c.at("/previous/file").asText()).endsWith("evidence-pack.zip");
        assertThat(keys(c.at("/findings/new"))).isEqualTo(minus(failing(after), failing(before)));
        Set<String> resolved = minus(failing(before), failing(after));
        resolved.retainAll(passing(after));
        assertThat(keys(c.at("/findings/resolved"))).isEqualTo(resolved).isNotEmpty();
        assertThat(before.has("comparison"))
                .as("a pack built without --previous has none")
                .isFalse();

        Map<String, List<List<String>>> sheets = PackReaders.workbook(q4.resolve("evidence-pack.xlsx"));
        List<List<String>> sheet = sheets.get("Since previous pack");
        assertThat(sheet).as("the workbook's sheet").isNotNull();
        assertThat(sheet)
                .anySatisfy(r -> assertThat(r)
                        .first()
                        .isEqualTo("New findings (" + c.at("/findings/new").size() + ")"));
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains("arn:aws:s3:::northwind-tmp-exports"));
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains("kms.keys", "eu-west-1"));

        String pdf = PackReaders.pdfText(q4.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("Since the previous pack")
                .contains("Controls whose status or grade changed")
                .contains("New (" + c.at("/findings/new").size() + ")")
                .contains("Recurring (" + c.at("/findings/recurring").size() + ")")
                .contains("arn:aws:s3:::northwind-tmp-exports")
                .contains("Expiring by 2027-03-31")
                .contains("collection error: ListKeys AccessDeniedException");
        Cli verify = Cli.run("verify", q4.resolve("evidence-pack.zip").toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void thePdfWithTheSectionStaysPdfA3aAndPdfUa1() {
        Path pdf = q4.resolve("evidence-pack.pdf");
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf verdict = VeraPdf.validate(pdf, flavour);
            assertThat(verdict.failures()).as(verdict.describe()).isEmpty();
            assertThat(verdict.compliant()).as(verdict.describe()).isTrue();
        }
    }

    @Test
    void aLockerIsEvaluatedAsReportDoes() {
        Path json = dir.resolve("locker.json");
        Cli diff = Cli.run("diff", q3.toString(), q4Locker.toString(), "--json", json.toString());
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("## Quarter over quarter: 2026-Q3 → 2026-Q4");
        JsonNode c = PackReaders.results(json);
        // The locker's findings are the pack's (accepted ones count as failing): the same as against the Q4 pack.
        assertThat(keys(c.at("/findings/new"))).isEqualTo(minus(failing(after), failing(before)));
        JsonNode packs = after.get("comparison");
        for (String part : List.of("resolved", "recurring", "notObserved")) {
            assertThat(keys(c.at("/findings/" + part))).as(part).isEqualTo(keys(packs.at("/findings/" + part)));
        }
        // Without --exceptions and --manual, nothing of the locker expires.
        assertThat(c.get("expiring")).isEmpty();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static void expiringBy(Set<String> out, String kind, JsonNode e) {
        String expires = e.get("expires").asText();
        if (!expires.isEmpty() && !LocalDate.parse(expires).isAfter(LocalDate.parse("2027-03-31"))) {
            out.add(kind + " " + e.get("id").asText());
        }
    }

    /** Every failing finding of a results.json (accepted ones too), as check|account|region|resource. */
    static Set<String> failing(JsonNode results) {
        return findings(results, Set.of("FAIL", "ACCEPTED"));
    }

    /** Every finding judged passing or not applicable. */
    static Set<String> passing(JsonNode results) {
        return findings(results, Set.of("PASS", "NOT_APPLICABLE"));
    }

    private static Set<String> findings(JsonNode results, Set<String> statuses) {
        Set<String> out = new TreeSet<>();
        for (JsonNode check : results.get("checks")) {
            for (JsonNode f : check.get("findings")) {
                if (statuses.contains(f.get("status").asText())) {
                    out.add(check.get("id").asText() + "|" + f.get("account").asText() + "|"
                            + f.get("region").asText() + "|" + f.get("resource").asText());
                }
            }
        }
        return out;
    }

    private static Set<String> keys(JsonNode findings) {
        Set<String> out = new HashSet<>();
        for (JsonNode f : findings) {
            out.add(f.get("checkId").asText() + "|" + f.get("account").asText() + "|"
                    + f.get("region").asText() + "|" + f.get("resource").asText());
        }
        return new TreeSet<>(out);
    }

    /** Each control's status and grade label, by framework and control id. */
    private static Map<String, String> controls(JsonNode results) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (JsonNode fw : results.get("frameworks")) {
            for (JsonNode c : fw.get("controls")) {
                JsonNode grade = c.get("grade");
                out.put(
                        fw.get("id").asText() + " " + c.get("id").asText(),
                        c.get("status").asText() + "/"
                                + (grade == null || grade.isNull()
                                        ? ""
                                        : grade.get("label").asText()));
            }
        }
        return out;
    }
}
