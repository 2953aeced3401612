package dev.auditpack.report.excel;

import static dev.auditpack.report.excel.ReadBack.fill;
import static dev.auditpack.report.excel.ReadBack.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook as an auditor prints and works in it, read back with XSSF. */
class AuditorWorkbookTest {

    private static final List<String> AUDITOR = List.of("Auditor tickmark", "Sample ref", "Auditor comment");

    private static final List<String> WORKED_THROUGH =
            List.of("ISO 27001", "SOC 2", "SoA ISO 27001", "Findings", "Findings (2)", "Checks");

    @TempDir
    Path dir;

    private XSSFWorkbook written() throws IOException {
        // Two rows a sheet, so the findings continue on "Findings (2)" and that sheet is checked too.
        return ReadBack.written(SampleModel.sample(), 3, dir);
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = written()) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(10);
            for (Sheet s : wb) {
                String name = s.getSheetName();
                PrintSetup print = s.getPrintSetup();
                assertThat(print.getLandscape()).as(name).isTrue();
                assertThat(s.getFitToPage()).as(name).isTrue();
                assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(print.getFitHeight())
                        .as(name + ": any number of pages tall")
                        .isZero();
                if (name.equals("Summary")) {
                    // The summary is label/value pairs without a table header: nothing to repeat.
                    assertThat(s.getRepeatingRows()).as(name).isNull();
                } else {
                    assertThat(s.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
                    assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                }
            }
        }
    }

    @Test
    void sheetsAnAuditorWorksThroughEndInTheirEmptyEditableColumns() throws IOException {
        try (XSSFWorkbook wb = written()) {
            for (String name : WORKED_THROUGH) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s).as(name).isNotNull();
                List<String> header = header(s);
                int first = header.size() - 3;
                assertThat(header.subList(first, header.size())).as(name).containsExactlyElementsOf(AUDITOR);
                CellStyle evidence = s.getRow(0).getCell(0).getCellStyle();
                for (int c = first; c < header.size(); c++) {
                    CellStyle head = s.getRow(0).getCell(c).getCellStyle();
                    assertThat(((XSSFCellStyle) head).getFont().getBold())
                            .as(name)
                            .isTrue();
                    assertThat(fill(s.getRow(0).getCell(c)))
                            .as(name + ": auditor headers stand apart")
                            .isEqualTo("FFFFF2CC")
                            .isNotEqualTo(fill(s.getRow(0).getCell(0)));
                    assertThat(head).isNotEqualTo(evidence);
                    CellStyle column = s.getColumnStyle(c);
                    assertThat(column.getLocked())
                            .as(name + " column " + c + " unlocked")
                            .isFalse();
                    assertThat(column.getFillPattern().getCode())
                            .as(name + ": plain cells")
                            .isZero();
                    for (int r = 1; r <= s.getLastRowNum(); r++) {
                        assertThat(s.getRow(r).getCell(c))
                                .as(name + " row " + r + " left empty")
                                .isNull();
                    }
                }
                assertThat(s.getCTWorksheet().getAutoFilter().getRef())
                        .as(name + ": the filter reaches the auditor's columns")
                        .startsWith(
                                "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(header.size() - 1));
            }
        }
    }

    @Test
    void referenceSheetsHaveNoAuditorColumns() throws IOException {
        try (XSSFWorkbook wb = written()) {
            for (String name : List.of("Scope", "Evidence", "AWS reports", "Collection errors", "Exceptions")) {
                assertThat(header(wb.getSheet(name))).as(name).doesNotContainAnyElementsOf(AUDITOR);
            }
        }
    }

    @Test
    void theOwnerSitsBesideTheStatusOfEachControl() throws IOException {
        try (XSSFWorkbook wb = written()) {
            for (String name : List.of("ISO 27001", "SOC 2")) {
                List<String> header = header(wb.getSheet(name));
                assertThat(header.indexOf("Owner")).as(name).isEqualTo(header.indexOf("Status") + 1);
                assertThat(header).as(name).containsOnlyOnce("Owner");
            }
        }
    }

    @Test
    void statusesAreWrittenInWords() throws IOException {
        try (XSSFWorkbook wb = written()) {
            Sheet iso = wb.getSheet("ISO 27001");
            int status = header(iso).indexOf("Status");
            assertThat(ReadBack.column(iso, status))
                    .containsExactly("Not satisfied", "Inherited", "Satisfied", "Not satisfied");
            Sheet soc2 = wb.getSheet("SOC 2");
            assertThat(ReadBack.column(soc2, status)).contains("Needs manual evidence", "Gap");
            Sheet checks = wb.getSheet("Checks");
            assertThat(ReadBack.column(checks, header(checks).indexOf("Status")))
                    .containsOnly("Pass", "Fail");
            Sheet soa = wb.getSheet("SoA ISO 27001");
            assertThat(ReadBack.column(soa, header(soa).indexOf("Status")))
                    .allSatisfy(s -> assertThat(s).doesNotContain("_").isNotEqualTo(s.toUpperCase()));
        }
    }
}
