package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.Check;
import dev.auditpack.cli.Cli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo pack, read back with PDFBox, POI and a JSON parser: it states that its evidence is a point-in-time
 * snapshot, leads its summary with graded findings, grades every control not satisfied, and gives every
 * check's test procedure.
 */
class GradedDemoPackTest {

    private static final List<String> GRADES =
            List.of("MAJOR_NONCONFORMITY", "MINOR_NONCONFORMITY", "OPPORTUNITY_FOR_IMPROVEMENT");
    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "");

    @TempDir
    static Path dir;

    private static List<String> pages;
    private static JsonNode results;
    private static Map<String, List<List<String>>> workbook;
    /** When the demo's collection started and finished, from its locker index, as the pack prints them. */
    private static String started;

    private static String finished;
    private static String finishedIso;
    private static long daysBefore;

    @BeforeAll
    static void demo() throws IOException {
        Cli demo = Cli.run("demo", "--out", dir.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(dir.resolve(ReportJob.PDF).toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc).replaceAll("\\s+", " "));
            }
        }
        results = PackReaders.results(dir.resolve("results.json"));
        workbook = PackReaders.workbook(dir.resolve("evidence-pack.xlsx"));
        JsonNode index = PackReaders.results(dir.resolve("evidence/index.json"));
        java.time.format.DateTimeFormatter shown = java.time.format.DateTimeFormatter.ofPattern(
                        "yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(java.time.ZoneOffset.UTC);
        java.time.Instant from = java.time.Instant.parse(index.get("startedAt").asText());
        java.time.Instant to = java.time.Instant.parse(index.get("finishedAt").asText());
        started = shown.format(from);
        finished = shown.format(to);
        finishedIso =
                to.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace("Z", "");
        daysBefore = java.time.temporal.ChronoUnit.DAYS.between(
                to.atZone(java.time.ZoneOffset.UTC).toLocalDate(), java.time.LocalDate.parse("2026-12-31"));
    }

    private static String summaryPage() {
        return pages.stream()
                .filter(p -> p.contains("Graded findings") && p.contains("Controls by status"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no summary page with graded findings"));
    }

    @Test
    void theCoverSaysTheEvidenceIsASnapshotTakenBeforeThePeriodEnded() {
        String cover = pages.get(0);
        assertThat(cover)
                .contains("Point in time: the automated evidence is a snapshot of the AWS configuration "
                        + "taken between " + started + " and " + finished)
                .contains("not how the controls operated across the audit period 2026-10-01 to 2026-12-31")
                .contains("before the audit period ended")
                .contains("Nothing in it shows the state after " + finished);
    }

    @Test
    void theSummaryStatesThePointInTimeAndLeadsWithTheGradedFindings() {
        String summary = summaryPage();
        assertThat(summary)
                .contains("Point in time: the evidence is a snapshot taken " + finished + ", not a "
                        + "record of the audit period 2026-10-01 to 2026-12-31.")
                .containsPattern("(Built|Collected) \\d+ days? before the period ended\\.");
        assertThat(summary.indexOf("Graded findings")).isLessThan(summary.indexOf("Controls by status"));
        assertThat(summary)
                .contains("ISO 27001 " + iso("MAJOR_NONCONFORMITY") + " major and "
                        + iso("MINOR_NONCONFORMITY") + " minor nonconformities; " + iso("OPPORTUNITY_FOR_IMPROVEMENT")
                        + (iso("OPPORTUNITY_FOR_IMPROVEMENT") == 1 ? " opportunity" : " opportunities")
                        + " for improvement (OFI)");
        assertThat(summary)
                .containsPattern("SOC 2 \\d+ with exceptions out of their tested populations; highest "
                        + "severity: \\d+ CRITICAL");
    }

    private static long iso(String grade) {
        return framework("iso27001-2022").get("grades").get(grade).asLong();
    }

    private static JsonNode framework(String id) {
        for (JsonNode f : results.get("frameworks")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no framework " + id);
    }

    /** A graded control as results.json gives it. */
    private record Graded(String framework, String id, int grade, int severity, long failing) {}

    @Test
    void theSummaryListsControlsByGradeThenSeveritySoLowNeverRanksBesideCritical() throws IOException {
        List<Graded> graded = new ArrayList<>();
        for (JsonNode f : results.get("frameworks")) {
            for (JsonNode c : f.get("controls")) {
                JsonNode g = c.get("grade");
                assertThat(g.isNull())
                        .as(c.get("id").asText())
                        .isEqualTo(!c.get("status").asText().equals("NOT_SATISFIED"));
                if (!g.isNull()) {
                    graded.add(new Graded(
                            f.get("shortName").asText(),
                            c.get("id").asText(),
                            GRADES.indexOf(g.get("grade").asText()),
                            SEVERITIES.indexOf(g.get("severity").asText()),
                            c.get("failingTotal").asLong()));
                }
            }
        }
        assertThat(graded).extracting(Graded::grade).contains(0, 2);
        String summary = summaryPage();
        // Each listed row reads "<framework> <control> <title> ..."; collect the rows in the order printed.
        List<Graded> listed = new ArrayList<>();
        Matcher row = Pattern.compile("(ISO 27001|SOC 2) ((?:A|CC|PI|C|P)\\d?\\.\\d+(?:\\.\\d+)?) ")
                .matcher(summary.substring(summary.indexOf("Not satisfied:")));
        while (row.find()) {
            String fw = row.group(1);
            String id = row.group(2);
            graded.stream()
                    .filter(g -> g.framework().equals(fw) && g.id().equals(id))
                    .findFirst()
                    .ifPresent(listed::add);
        }
        Comparator<Graded> order = Comparator.comparingInt(Graded::grade)
                .thenComparingInt(Graded::severity)
                .thenComparing(Comparator.comparingLong(Graded::failing).reversed());
        List<Graded> expected = graded.stream().sorted(order).toList();
        assertThat(listed).as("the summary's rows").isNotEmpty().isEqualTo(expected.subList(0, listed.size()));

        // The ticket summary lists ten, in the same order: here LOW and MEDIUM findings come after every CRITICAL one.
        String ticket = java.nio.file.Files.readString(dir.resolve("ticket-summary.md"));
        List<Graded> ticketRows = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^\\| (ISO 27001|SOC 2) \\| (\\S+) [^|]+ \\| `")
                .matcher(ticket);
        while (line.find()) {
            String fw = line.group(1);
            String id = line.group(2);
            ticketRows.add(graded.stream()
                    .filter(g -> g.framework().equals(fw) && g.id().equals(id))
                    .findFirst()
                    .orElseThrow());
        }
        assertThat(ticketRows).hasSize(10).isEqualTo(expected.subList(0, 10));
        assertThat(expected.get(expected.size() - 1).grade())
                .as("the demo has an opportunity for improvement")
                .isEqualTo(2);
    }

    @Test
    void everyControlNotSatisfiedShowsItsGradeAndEachControlWithChecksItsSnapshotTime() {
        String all = String.join(" ", pages);
        long notSatisfied = 0;
        for (JsonNode f : results.get("frameworks")) {
            notSatisfied += f.get("counts").get("NOT_SATISFIED").asLong();
        }
        assertThat(count(all, "Grade: ")).isEqualTo(notSatisfied);
        assertThat(all)
                .contains("Grade: Major nonconformity, highest severity CRITICAL.")
                .containsPattern("Grade: Exceptions: \\d+ of \\d+, highest severity (CRITICAL|HIGH)")
                .contains("checks judged a point-in-time snapshot taken " + finished);
    }

    @Test
    void everyCheckHasItsTestProcedureOnceInThePdf() {
        String all = String.join(" ", pages);
        int checks = Check.all().size();
        for (String part : List.of("Inspected: ", "Population: ", "Criterion: ", "Re-perform: ")) {
            assertThat(count(all, part)).as(part).isEqualTo(checks);
        }
        assertThat(all).doesNotContain("none is recorded for this check");
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }

    @Test
    void theWorkbookHasTheProcedureOfEveryCheckAndTheGradeOfEveryControlNotSatisfied() {
        List<List<String>> checks = workbook.get("Checks");
        List<String> header = checks.get(0);
        int inspected = header.indexOf("Test procedure: inspected");
        assertThat(header.subList(inspected, inspected + 4))
                .containsExactly("Test procedure: inspected", "Population", "Criterion", "Re-perform from the locker");
        assertThat(checks.subList(1, checks.size())).hasSize(Check.all().size()).allSatisfy(r -> {
            assertThat(r.get(inspected)).isNotBlank().doesNotContain("No test procedure");
            assertThat(r.get(inspected + 3)).contains("raw/<account>/");
        });
        for (String sheet : List.of("ISO 27001", "SOC 2")) {
            List<List<String>> rows = workbook.get(sheet);
            int status = rows.get(0).indexOf("Status");
            int grade = rows.get(0).indexOf("Grade");
            assertThat(grade).as(sheet).isPositive();
            assertThat(rows.subList(1, rows.size()))
                    .allSatisfy(
                            r -> assertThat(r.size() > grade && !r.get(grade).isBlank())
                                    .as(sheet + " " + r.get(0))
                                    .isEqualTo(r.get(status).equals("Not satisfied")));
        }
        assertThat(workbook.get("ISO 27001").stream()
                        .skip(1)
                        .filter(r -> r.size() > 5 && r.get(4).equals("Not satisfied")))
                .allSatisfy(
                        r -> assertThat(r.get(workbook.get("ISO 27001").get(0).indexOf("Grade")))
                                .isIn("Major nonconformity", "Minor nonconformity", "Opportunity for improvement"));
        assertThat(workbook.get("SOC 2").stream()
                        .skip(1)
                        .filter(r -> r.size() > 5 && r.get(4).equals("Not satisfied")))
                .allSatisfy(r -> assertThat(r.get(workbook.get("SOC 2").get(0).indexOf("Grade")))
                        .matches("Exceptions: \\d+ of \\d+"));
        assertThat(workbook.get("Summary"))
                .anySatisfy(r -> assertThat(r)
                        .containsExactly(
                                "Point in time",
                                results.get("run")
                                                .get("pointInTime")
                                                .get("statement")
                                                .asText() + " "
                                        + results.get("run")
                                                .get("pointInTime")
                                                .get("timing")
                                                .asText()));
    }

    @Test
    void resultsJsonCarriesThePointInTimeGradesProceduresAndSeverities() {
        JsonNode pit = results.get("run").get("pointInTime");
        assertThat(pit.get("kind").asText()).isEqualTo("snapshot");
        assertThat(pit.get("collectedTo").asText()).startsWith(finishedIso);
        assertThat(pit.get("collectedBeforePeriodEnd").asBoolean()).isTrue();
        assertThat(pit.get("daysBeforePeriodEnd").asLong()).isEqualTo(daysBefore);
        assertThat(pit.get("statement").asText()).startsWith("Point in time: ");
        for (JsonNode check : results.get("checks")) {
            JsonNode p = check.get("procedure");
            assertThat(p.isObject()).as(check.get("id").asText()).isTrue();
            assertThat(List.of("inspected", "population", "criterion", "reperform"))
                    .allSatisfy(k -> assertThat(p.get(k).asText()).isNotBlank());
            for (JsonNode f : check.get("findings")) {
                assertThat(f.get("severity").asText())
                        .isEqualTo(check.get("severity").asText());
            }
        }
        for (JsonNode f : results.get("frameworks")) {
            for (JsonNode c : f.get("controls")) {
                assertThat(c.get("snapshotAt").isNull())
                        .as(c.get("id").asText())
                        .isEqualTo(c.get("checks").isEmpty());
                if (!c.get("checks").isEmpty()) {
                    assertThat(c.get("snapshotAt").asText()).startsWith(finishedIso);
                }
            }
        }
        JsonNode iso = framework("iso27001-2022");
        long graded = 0;
        for (String g : GRADES) {
            graded += iso.get("grades").get(g).asLong();
        }
        assertThat(graded).isEqualTo(iso.get("counts").get("NOT_SATISFIED").asLong());
        for (JsonNode c : framework("soc2-2017").get("controls")) {
            if (c.get("status").asText().equals("NOT_SATISFIED")) {
                JsonNode g = c.get("grade");
                assertThat(g.get("grading").asText()).isEqualTo("exceptions");
                assertThat(g.get("label").asText())
                        .isEqualTo("Exceptions: " + g.get("exceptions").asLong() + " of "
                                + g.get("population").asLong());
                assertThat(g.get("exceptions").asLong())
                        .isEqualTo(c.get("failingTotal").asLong());
            }
        }
    }
}
