package dev.auditpack.report.excel;

import dev.auditpack.diff.Comparison;
import dev.auditpack.diff.ComparisonTables;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The comparison with a previous pack (docs/quarter-over-quarter.md) in a workbook: {@code auditpack diff --xlsx}
 * writes one sheet per part, each a filterable table; the pack's workbook holds one sheet, "Since previous pack",
 * with the parts one under another, each under its title.
 */
public final class ComparisonSheets {

    /** The sheet of the pack's workbook. */
    static final String NAME = "Since previous pack";

    /** Widths of the pack sheet's columns, which every part shares. */
    private static final int[] WIDTHS = {40, 16, 14, 60, 12, 12, 48, 24, 10};

    private ComparisonSheets() {}

    /** A workbook of its own with one sheet per part of the comparison. */
    public static void write(Comparison comparison, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WorkbookWriter.WINDOW_ROWS);
        try (workbook) {
            Styles styles = new Styles(workbook);
            SheetNames names = new SheetNames();
            for (ComparisonTables.Table t : ComparisonTables.of(comparison)) {
                TableSheet sheet = new TableSheet(workbook, names.claim(t.title()), styles, columns(t.headers()));
                t.rows().forEach(r -> {
                    TableRow row = sheet.addRow();
                    r.forEach(row::text);
                });
                sheet.finish();
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    /** The pack's sheet, when the pack was compared with a previous one. */
    static void write(SXSSFWorkbook workbook, SheetNames names, Styles styles, Optional<Comparison> comparison) {
        if (comparison.isEmpty()) {
            return;
        }
        Comparison c = comparison.get();
        SXSSFSheet sheet = workbook.createSheet(names.claim(NAME));
        List<Column> columns = java.util.Arrays.stream(WIDTHS)
                .mapToObj(w -> Column.wrapped("", w))
                .toList();
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        TableSheet.printSetup(sheet, false);
        int next = 0;
        new TableRow(sheet.createRow(next++), styles, columns, () -> false)
                .label("Compared with")
                .text(c.previous().file())
                .text(c.previous().periodLabel() + " (" + c.previous().periodStart() + " to "
                        + c.previous().periodEnd() + "), evidence observed "
                        + c.previous().observedAt());
        for (ComparisonTables.Table t : ComparisonTables.of(c)) {
            next++;
            new TableRow(sheet.createRow(next++), styles, columns, () -> false)
                    .label(t.title() + " (" + t.rows().size() + ")");
            if (!t.note().isEmpty()) {
                new TableRow(sheet.createRow(next++), styles, columns, () -> false).text(t.note());
            }
            TableRow header = new TableRow(sheet.createRow(next++), styles, columns, () -> false);
            t.headers().forEach(header::header);
            if (t.rows().isEmpty()) {
                new TableRow(sheet.createRow(next++), styles, columns, () -> false).text("None");
            }
            for (List<String> r : t.rows()) {
                Row row = sheet.createRow(next++);
                TableRow cells = new TableRow(row, styles, columns, () -> false);
                r.forEach(cells::text);
            }
        }
    }

    private static List<Column> columns(List<String> headers) {
        return headers.stream()
                .map(h -> switch (h) {
                    case "Title", "Reason", "What", "Now" -> Column.wrapped(h, 48);
                    case "Resource" -> Column.wrapped(h, 60);
                    case "Check", "Collector" -> Column.of(h, 40);
                    case "Open since", "Collected before" -> Column.of(h, 26);
                    default -> Column.of(h, Math.max(12, h.length() + 4));
                })
                .toList();
    }
}
