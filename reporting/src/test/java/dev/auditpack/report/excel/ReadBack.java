package dev.auditpack.report.excel;

import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a model to a file and reads it back with XSSF, a reader independent of the streaming writer. */
final class ReadBack {

    private ReadBack() {}

    static XSSFWorkbook written(ReportModel model, int maxRows, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "pack", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookWriter(maxRows).writeTo(model, out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        return IntStream.range(0, wb.getNumberOfSheets())
                .mapToObj(wb::getSheetName)
                .toList();
    }

    static List<String> header(Sheet s) {
        List<String> out = new ArrayList<>();
        s.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    /** The text of one column below the header. */
    static List<String> column(Sheet s, int column) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            out.add(s.getRow(i).getCell(column).getStringCellValue());
        }
        return out;
    }

    /** The index of the first row whose cell in {@code column} holds exactly {@code text}. */
    static int rowWith(Sheet s, int column, String text) {
        for (Row r : s) {
            Cell c = r.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(text)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row of " + s.getSheetName() + " has '" + text + "' in column " + column);
    }

    /** The value beside a label of the summary. */
    static Cell valueOf(Sheet summary, String label) {
        return summary.getRow(rowWith(summary, 0, label)).getCell(1);
    }

    /** A cell's fill colour as ARGB hex. */
    static String fill(Cell cell) {
        return ((XSSFCellStyle) cell.getCellStyle())
                .getFillForegroundColorColor()
                .getARGBHex();
    }
}
