package dev.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdditionSheetsTest {

    @TempDir
    Path dir;

    @Test
    void statementOfApplicabilityHasEveryControlOfTheFramework() throws IOException {
        try (XSSFWorkbook wb = ReadBack.written(SampleModel.sample(), WorkbookWriter.MAX_ROWS_PER_SHEET, dir)) {
            XSSFSheet soa = wb.getSheet("SoA ISO 27001");
            assertThat(soa.getLastRowNum())
                    .isEqualTo(SampleModel.iso().controls().size());
            assertThat(soa.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Applicable");
            assertThat(soa.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A.5.15");
            assertThat(soa.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Yes");
            assertThat(soa.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Included for A.5.15");
            assertThat(soa.getPaneInformation().isFreezePane()).isTrue();
            assertThat(wb.getSheet("SOC 2")).isNotNull();
            assertThat(wb.getSheet("SoA SOC 2"))
                    .as("only frameworks that ask for one")
                    .isNull();
        }
    }

    @Test
    void manualEvidenceAndExceptionsAreListedWithTypedCells() throws IOException {
        try (XSSFWorkbook wb = ReadBack.written(SampleModel.sample(), WorkbookWriter.MAX_ROWS_PER_SHEET, dir)) {
            XSSFSheet manual = wb.getSheet("Manual evidence");
            assertThat(manual.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Training completions 2026");
            assertThat(manual.getRow(1).getCell(3).getStringCellValue()).hasSize(64);
            assertThat(manual.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(manual.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2026-10-15");
            XSSFSheet exceptions = wb.getSheet("Exceptions");
            assertThat(exceptions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("EX-1");
            assertThat(exceptions.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Yes");
            assertThat(exceptions.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1.0);
            XSSFSheet iso = wb.getSheet("ISO 27001");
            int provided =
                    FrameworkSheet.COLUMNS.stream().map(Column::header).toList().indexOf("Manual evidence provided");
            assertThat(iso.getRow(0).getCell(provided).getStringCellValue()).isEqualTo("Manual evidence provided");
            assertThat(iso.getRow(1).getCell(provided).getStringCellValue()).contains("Training completions 2026");
        }
    }
}
