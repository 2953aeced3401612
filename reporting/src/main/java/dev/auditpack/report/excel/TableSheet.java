package dev.auditpack.report.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet written as one table: a bold frozen header, rows appended in order, then an autofilter over them; printed
 * landscape, one page wide, the header repeated on every page.
 */
final class TableSheet {

    /** Hyperlinks per sheet; Excel handles about 65,530 and every one is kept in memory until the end. */
    static final int MAX_LINKS = 60_000;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    private final int maxLinks;
    private int nextRow = 1;
    private int links;

    TableSheet(SXSSFWorkbook workbook, String name, Styles styles, List<Column> columns) {
        this(workbook, name, styles, columns, MAX_LINKS);
    }

    /** A table sheet that turns links past {@code maxLinks} into plain text. */
    TableSheet(SXSSFWorkbook workbook, String name, Styles styles, List<Column> columns, int maxLinks) {
        this.maxLinks = maxLinks;
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        Row header = sheet.createRow(0);
        TableRow cells = new TableRow(header, styles, this.columns, () -> false);
        for (int i = 0; i < this.columns.size(); i++) {
            Column column = this.columns.get(i);
            sheet.setColumnWidth(i, column.width() * 256);
            if (column.auditor()) {
                cells.auditorHeader(column.header());
                sheet.setDefaultColumnStyle(i, styles.auditorCell());
            } else {
                cells.header(column.header());
            }
        }
        sheet.createFreezePane(0, 1);
        printSetup(sheet, true);
    }

    /**
     * Landscape, one page wide and as many tall as it takes; with {@code repeatHeader} the first row is printed
     * again at the top of every page.
     */
    static void printSetup(Sheet sheet, boolean repeatHeader) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** Appends a row below the last one. */
    TableRow addRow() {
        return new TableRow(sheet.createRow(nextRow++), styles, columns, this::takeLink);
    }

    /** Rows written so far, the header included. */
    int rowsWritten() {
        return nextRow;
    }

    /** Where the next row will go, as an address a hyperlink can point to, e.g. {@code 'Findings'!A2}. */
    String nextRowAddress() {
        return "'" + sheet.getSheetName().replace("'", "''") + "'!A" + (nextRow + 1);
    }

    /** Puts the autofilter over the header and every row written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns.size() - 1));
    }

    private boolean takeLink() {
        if (links >= maxLinks) {
            return false;
        }
        links++;
        return true;
    }
}
