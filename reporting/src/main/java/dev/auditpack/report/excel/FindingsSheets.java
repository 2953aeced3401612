package dev.auditpack.report.excel;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.report.ReportModel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes every finding of every check on "Findings", continuing on "Findings (2)", "Findings (3)"… with the header
 * repeated whenever a sheet reaches its row limit.
 */
final class FindingsSheets {

    static final String NAME = "Findings";

    static final List<Column> COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Check id", 34),
            Column.wrapped("Check title", 40),
            Column.of("Severity", 10),
            Column.of("Status", 16),
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.wrapped("Resource", 60),
            Column.wrapped("Reason", 70)));

    private final SXSSFWorkbook workbook;
    private final SheetNames names;
    private final Styles styles;
    private final int maxRowsPerSheet;

    /**
     * @param names           hands out the names of the continuation sheets; "Findings" itself must already be claimed
     * @param maxRowsPerSheet rows per sheet, the header included
     */
    FindingsSheets(SXSSFWorkbook workbook, SheetNames names, Styles styles, int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2) {
            throw new IllegalArgumentException("a sheet needs room for a header and a row, not " + maxRowsPerSheet);
        }
        this.workbook = workbook;
        this.names = names;
        this.styles = styles;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Writes the findings in the model's check order, each check's findings in the model's order. */
    FindingsIndex write(String firstSheetName, ReportModel model) {
        Map<String, String> firstFailure = new HashMap<>();
        Map<CheckStatus, Long> counts = new EnumMap<>(CheckStatus.class);
        TableSheet[] sheet = {new TableSheet(workbook, firstSheetName, styles, COLUMNS)};
        for (ReportModel.CheckRow check : model.checks()) {
            model.findings().forEach(check.id(), f -> {
                if (sheet[0].rowsWritten() >= maxRowsPerSheet) {
                    sheet[0].finish();
                    sheet[0] = new TableSheet(workbook, names.claim(NAME), styles, COLUMNS);
                }
                if (f.status() == CheckStatus.FAIL) {
                    firstFailure.putIfAbsent(check.id(), sheet[0].nextRowAddress());
                }
                counts.merge(f.status(), 1L, Long::sum);
                sheet[0].addRow()
                        .text(f.checkId())
                        .text(check.title())
                        .text(StatusWords.of(check.severity()))
                        .status(f.status().name())
                        .text(f.account())
                        .text(f.region())
                        .text(f.resource())
                        .text(f.reason());
            });
        }
        sheet[0].finish();
        return new FindingsIndex(firstFailure, counts);
    }
}
