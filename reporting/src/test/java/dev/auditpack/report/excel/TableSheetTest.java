package dev.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetTest {

    private static final List<Column> COLUMNS = List.of(Column.of("Id", 10), Column.wrapped("Note", 40));

    @Test
    void turnsLinksPastTheLimitIntoPlainText() throws IOException {
        try (XSSFWorkbook wb = written(
                table -> {
                    for (int i = 1; i <= 3; i++) {
                        table.addRow().link("c" + i, "'Other'!A" + i).text("n" + i);
                    }
                },
                2)) {
            XSSFSheet s = wb.getSheet("Table");
            assertThat(s.getHyperlinkList()).hasSize(2);
            assertThat(s.getRow(2).getCell(0).getHyperlink().getAddress()).isEqualTo("'Other'!A2");
            assertThat(s.getRow(3).getCell(0).getHyperlink()).isNull();
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("c3");
        }
    }

    @Test
    void writesFixedWidthsWrapsLongTextAndLeavesMissingValuesBlank() throws IOException {
        try (XSSFWorkbook wb = written(table -> table.addRow().text(null).text("long\ntext"), 10)) {
            XSSFSheet s = wb.getSheet("Table");
            assertThat(s.getColumnWidth(0)).isEqualTo(10 * 256);
            assertThat(s.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(s.getRow(1).getCell(0)).isNull();
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B2");
        }
    }

    private static XSSFWorkbook written(java.util.function.Consumer<TableSheet> rows, int maxLinks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            TableSheet table = new TableSheet(wb, "Table", new Styles(wb), COLUMNS, maxLinks);
            rows.accept(table);
            table.finish();
            wb.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
