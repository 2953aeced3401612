package dev.auditpack.report.excel;

import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.report.ReportModel;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the audit scope sheets: the complementary user entity controls and what is out of scope. */
final class ScopeSheets {

    static final List<Column> CUEC_COLUMNS = List.of(
            Column.of("Id", 10),
            Column.wrapped("Customer responsibility", 70),
            Column.of("Status", 24),
            Column.wrapped("Controls", 50),
            Column.wrapped("Checks", 55));

    static final List<Column> OUT_OF_SCOPE_COLUMNS = List.of(
            Column.of("Framework", 14),
            Column.of("Id", 10),
            Column.wrapped("Title", 40),
            Column.wrapped("Category", 26),
            Column.wrapped("Why", 70));

    /** The status after the id of a control or check: capitals and underscores, as results.json writes it. */
    private static final Pattern STATUS_AFTER_COLON = Pattern.compile(": ([A-Z][A-Z_]*[A-Z])\\b");

    private ScopeSheets() {}

    static void cuecs(TableSheet sheet, ReportModel.ScopeSection scope) {
        for (ReportModel.CuecRow u : scope.cuecs()) {
            sheet.addRow()
                    .text(u.id())
                    .text(u.text())
                    .status(u.status().name())
                    .lines(u.controls().stream().map(ScopeSheets::inWords).toList())
                    .lines(u.checks().stream().map(ScopeSheets::inWords).toList());
        }
        sheet.finish();
    }

    static void outOfScope(TableSheet sheet, List<ReportModel.FrameworkSection> frameworks) {
        for (ReportModel.FrameworkSection f : frameworks) {
            for (ReportModel.ControlRow c : f.controls()) {
                if (c.scope().outOfScope()) {
                    sheet.addRow()
                            .text(f.shortName())
                            .text(c.id())
                            .text(c.title())
                            .text(c.theme())
                            .text(c.scope().note());
                }
            }
        }
        sheet.finish();
    }

    /**
     * A CUEC's line such as {@code ISO 27001 A.8.5: NOT_SATISFIED} with its status in words. results.json keeps the
     * line as it is, the enum name included.
     */
    static String inWords(String line) {
        return STATUS_AFTER_COLON
                .matcher(line)
                .replaceFirst(m -> ": " + Matcher.quoteReplacement(StatusWords.of(m.group(1))));
    }
}
