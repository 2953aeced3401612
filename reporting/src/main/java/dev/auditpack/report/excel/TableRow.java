package dev.auditpack.report.excel;

import dev.auditpack.evaluation.StatusWords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * The cells of one row, written left to right, each typed (text, number, date) and styled by its column.
 * Text is always written as a string cell, never as a formula, whatever it starts with.
 */
final class TableRow {

    private static final LocalDate FIRST_EXCEL_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_EXCEL_DAY = LocalDate.of(9999, 12, 31);

    private final Row row;
    private final Styles styles;
    private final List<Column> columns;
    private final BooleanSupplier linkAllowed;
    private int next;

    /**
     * @param linkAllowed asked before each hyperlink; false once the sheet has as many as Excel handles
     */
    TableRow(Row row, Styles styles, List<Column> columns, BooleanSupplier linkAllowed) {
        this.row = row;
        this.styles = styles;
        this.columns = columns;
        this.linkAllowed = linkAllowed;
    }

    /** Plain text, wrapped when the column wraps; blank when there is none. */
    TableRow text(String value) {
        if (value == null || value.isEmpty()) {
            return blank();
        }
        String fitted = CellText.fit(value);
        Cell cell = row.createCell(next);
        cell.setCellValue(fitted);
        cell.setCellStyle(styles.text(wraps(next), CellText.looksLikeFormula(fitted)));
        next++;
        return this;
    }

    /** Several values in one cell, one per line. */
    TableRow lines(List<String> values) {
        return text(String.join("\n", values));
    }

    TableRow number(long value) {
        Cell cell = row.createCell(next++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number());
        return this;
    }

    /** A number, or a blank cell when there is none. */
    TableRow number(Integer value) {
        return value == null ? blank() : number(value.longValue());
    }

    /** A date-time cell in UTC, or blank when absent; text when Excel cannot hold the date. */
    TableRow instant(Instant value) {
        if (value == null) {
            return blank();
        }
        LocalDateTime utc = LocalDateTime.ofInstant(value, ZoneOffset.UTC);
        if (!fitsExcel(utc.toLocalDate())) {
            return text(value.toString());
        }
        Cell cell = row.createCell(next++);
        cell.setCellValue(utc);
        cell.setCellStyle(styles.dateTime());
        return this;
    }

    /** A date cell, or blank when absent; text when Excel cannot hold the date. */
    TableRow date(LocalDate value) {
        if (value == null) {
            return blank();
        }
        if (!fitsExcel(value)) {
            return text(value.toString());
        }
        Cell cell = row.createCell(next++);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
        return this;
    }

    /** A status, written in words ("Needs manual evidence") and coloured by what it means; blank when there is none. */
    TableRow status(String value) {
        if (value == null || value.isEmpty()) {
            return blank();
        }
        Cell cell = row.createCell(next++);
        cell.setCellValue(CellText.fit(StatusWords.of(value)));
        cell.setCellStyle(styles.status(value));
        return this;
    }

    /** Text that links to a place in the workbook, e.g. {@code 'Findings'!A2}; plain text without an address. */
    TableRow link(String value, String address) {
        if (address == null || !linkAllowed.getAsBoolean()) {
            return text(value);
        }
        Cell cell = row.createCell(next++);
        cell.setCellValue(CellText.fit(value));
        cell.setCellStyle(styles.link());
        Hyperlink h = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(address);
        cell.setHyperlink(h);
        return this;
    }

    /** Bold text, for the labels of the summary. */
    TableRow label(String value) {
        Cell cell = row.createCell(next++);
        cell.setCellValue(CellText.fit(value));
        cell.setCellStyle(styles.label());
        return this;
    }

    /** Text styled as a header cell, for tables inside the summary. */
    TableRow header(String value) {
        Cell cell = row.createCell(next++);
        cell.setCellValue(CellText.fit(value));
        cell.setCellStyle(styles.header());
        return this;
    }

    /** A header cell of a column the auditor fills in, styled apart from the evidence columns. */
    TableRow auditorHeader(String value) {
        Cell cell = row.createCell(next++);
        cell.setCellValue(CellText.fit(value));
        cell.setCellStyle(styles.auditorHeader());
        return this;
    }

    TableRow blank() {
        next++;
        return this;
    }

    private boolean wraps(int column) {
        return column < columns.size() && columns.get(column).wrap();
    }

    private static boolean fitsExcel(LocalDate day) {
        return !day.isBefore(FIRST_EXCEL_DAY) && !day.isAfter(LAST_EXCEL_DAY);
    }
}
