package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Severity;
import dev.auditpack.cli.Cli;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Grade;
import dev.auditpack.evidence.ErrorCategory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo pack's workbook, read with POI: statuses, grades, severities and error categories in words, as people read
 * them.
 */
class DemoWorkbookWordsTest {

    /** An enum-style name such as NEEDS_MANUAL_EVIDENCE: capitals joined by underscores. */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

    /**
     * Columns of the Checks sheet that quote AWS's own values and the raw JSON (COMPLIANT, NON_COMPLIANT, AWS_KMS, an
     * AWS Config NOT_APPLICABLE): an auditor re-performing the test has to match them exactly.
     */
    private static final List<String> QUOTING_AWS =
            List.of("Test procedure: inspected", "Population", "Criterion", "Re-perform from the locker");

    @TempDir
    static Path dir;

    private static Map<String, List<List<String>>> workbook;

    @BeforeAll
    static void demo() {
        Cli demo = Cli.run("demo", "--out", dir.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        workbook = PackReaders.workbook(dir.resolve("evidence-pack.xlsx"));
    }

    @Test
    void noCellShowsAStatusGradeSeverityOrErrorCategoryByItsEnumName() {
        List<String> names = Stream.of(
                        Stream.of(ControlStatus.values()).map(Enum::name),
                        Stream.of(CheckStatus.values()).map(Enum::name),
                        Stream.of(Grade.values()).map(Enum::name),
                        Stream.of(Severity.values()).map(Enum::name),
                        Stream.of(ErrorCategory.values()).map(Enum::name))
                .flatMap(s -> s)
                .toList();
        List<String> offending = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, List<List<String>>> sheet : workbook.entrySet()) {
            List<String> header = sheet.getValue().get(0);
            for (List<String> row : sheet.getValue()) {
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    if (sheet.getKey().equals("Checks") && c < header.size() && QUOTING_AWS.contains(header.get(c))) {
                        continue;
                    }
                    cells++;
                    if (names.contains(cell.trim()) || ENUM_NAME.matcher(cell).find()) {
                        offending.add(sheet.getKey() + ": " + cell);
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(1000);
        assertThat(offending).isEmpty();
    }

    @Test
    void controlStatusesAndGradesReadAsWords() {
        List<List<String>> iso = workbook.get("ISO 27001");
        int status = iso.get(0).indexOf("Status");
        int grade = iso.get(0).indexOf("Grade");
        List<String> statuses =
                iso.stream().skip(1).map(r -> r.get(status)).distinct().toList();
        assertThat(statuses).contains("Not satisfied", "Needs manual evidence", "Gap");
        assertThat(iso.stream().skip(1).filter(r -> r.get(status).equals("Not satisfied")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get(grade))
                        .isIn("Major nonconformity", "Minor nonconformity", "Opportunity for improvement"));
        List<List<String>> findings = workbook.get("Findings");
        int findingStatus = findings.get(0).indexOf("Status");
        assertThat(findings.stream().skip(1).map(r -> r.get(findingStatus)).distinct())
                .contains("Pass", "Fail")
                .allSatisfy(s -> assertThat(s).isIn("Pass", "Fail", "Gap", "Not applicable", "Accepted"));
    }

    @Test
    void severitiesReadAsWords() {
        List<String> words = List.of("Critical", "High", "Medium", "Low");
        List<List<String>> findings = workbook.get("Findings");
        int severity = findings.get(0).indexOf("Severity");
        assertThat(findings.stream().skip(1).map(r -> cell(r, severity)).distinct())
                .contains("Critical", "High")
                .allSatisfy(s -> assertThat(s).isIn(words));
        List<List<String>> checks = workbook.get("Checks");
        int checkSeverity = checks.get(0).indexOf("Severity");
        assertThat(checks.stream().skip(1).map(r -> cell(r, checkSeverity)).distinct())
                .allSatisfy(s -> assertThat(s).isIn(words));
        List<List<String>> iso = workbook.get("ISO 27001");
        int highest = iso.get(0).indexOf("Highest severity");
        assertThat(iso.stream().skip(1).map(r -> cell(r, highest)).filter(s -> !s.isEmpty()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s).isIn(words));
    }

    /** A row's cell, or empty text where the row ends before it (POI leaves trailing blank cells out). */
    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }
}
