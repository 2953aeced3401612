package dev.auditpack.report.excel;

import static dev.auditpack.report.excel.ReadBack.column;
import static dev.auditpack.report.excel.ReadBack.fill;
import static dev.auditpack.report.excel.ReadBack.header;
import static dev.auditpack.report.excel.ReadBack.rowWith;
import static dev.auditpack.report.excel.ReadBack.sheetNames;
import static dev.auditpack.report.excel.ReadBack.valueOf;
import static dev.auditpack.report.excel.SampleModel.EVIL;
import static dev.auditpack.report.excel.SampleModel.ROOT_MFA;
import static dev.auditpack.report.excel.SampleModel.S3_ENCRYPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.auditpack.check.Finding;
import dev.auditpack.report.ReportModel;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes a hand-built model and reads it back with XSSF, an independent reader. */
class WorkbookWriterTest {

    private static final List<String> TABLE_SHEETS =
            List.of("ISO 27001", "SOC 2", "Findings", "Checks", "Evidence", "AWS reports", "Collection errors");

    @TempDir
    Path dir;

    @Test
    void sheetsComeInTheDocumentedOrder() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            assertThat(sheetNames(wb))
                    .containsExactly(
                            "Summary",
                            "Scope",
                            "ISO 27001",
                            "SOC 2",
                            "SoA ISO 27001",
                            "Findings",
                            "Checks",
                            "Evidence",
                            "AWS reports",
                            "Collection errors",
                            "Responsibility",
                            "Manual evidence",
                            "Exceptions",
                            "CUECs",
                            "Out of scope");
        }
    }

    @Test
    void frameworkSheetsHaveExactlyOneRowPerControl() throws IOException {
        ReportModel model = SampleModel.sample();
        try (XSSFWorkbook wb = written(model)) {
            for (ReportModel.FrameworkSection f : model.frameworks()) {
                Sheet s = wb.getSheet(f.shortName());
                assertThat(s.getLastRowNum())
                        .as(f.shortName())
                        .isEqualTo(f.controls().size());
                assertThat(column(s, 0))
                        .containsExactlyElementsOf(f.controls().stream()
                                .map(ReportModel.ControlRow::id)
                                .toList());
            }
            Sheet soc2 = wb.getSheet("SOC 2");
            assertThat(header(soc2))
                    .containsExactly(
                            "Control id",
                            "Title",
                            "Theme",
                            "Responsibility",
                            "Status",
                            "Owner",
                            "Reason",
                            "AWS part",
                            "AWS status",
                            "Customer part",
                            "Customer status",
                            "Checks",
                            "Failing resources",
                            "AWS reports",
                            "Evidence",
                            "Manual evidence guidance",
                            "Manual evidence provided",
                            "Exception",
                            "Scope",
                            "Grade",
                            "Highest severity",
                            "Exceptions",
                            "Tested population",
                            "Grade basis",
                            "Auditor tickmark",
                            "Sample ref",
                            "Auditor comment");
            Row cc61 = soc2.getRow(2);
            assertThat(cc61.getCell(11).getStringCellValue())
                    .isEqualTo(String.join(
                            "\n",
                            "cloudtrail_multi_region_logging_validated: Pass (1 pass / 0 fail / 0 gap)",
                            "s3_bucket_default_encryption: Fail (1 pass / 2 fail / 0 gap)",
                            "iam_root_mfa_enabled: Fail (0 pass / 1 fail / 0 gap)"));
            assertThat(cc61.getCell(12).getNumericCellValue()).isEqualTo(3);
            assertThat(cc61.getCell(13).getStringCellValue()).isEqualTo("SOC 2 Type 2 v3 (2025-10-01 – 2026-09-30)");
            assertThat(cc61.getCell(14).getStringCellValue()).isEqualTo(SampleModel.EVIDENCE.path());
            assertThat(cc61.getCell(11).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void everyTableSheetHasABoldFrozenHeaderAndAnAutofilterOverItsRows() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            for (String name : TABLE_SHEETS) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getPaneInformation()).as(name).isNotNull();
                assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition())
                        .as(name)
                        .isEqualTo((short) 1);
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
                int lastColumn = s.getRow(0).getLastCellNum() - 1;
                String ref = "A1:" + CellReference.convertNumToColString(lastColumn) + (s.getLastRowNum() + 1);
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(name).isEqualTo(ref);
                XSSFCellStyle header = s.getRow(0).getCell(0).getCellStyle();
                assertThat(header.getFont().getBold()).as(name).isTrue();
                assertThat(header.getFillForegroundColorColor()).as(name).isNotNull();
            }
            assertThat(wb.getSheet("Findings").getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:K6");
        }
    }

    @Test
    void countsAreNumericCells() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Row check = wb.getSheet("Checks").getRow(2);
            assertThat(check.getCell(0).getStringCellValue()).isEqualTo(S3_ENCRYPTION);
            assertThat(IntStream.rangeClosed(4, 7).mapToObj(check::getCell).map(Cell::getCellType))
                    .containsOnly(CellType.NUMERIC);
            assertThat(check.getCell(5).getNumericCellValue()).isEqualTo(2);
            Row evidence = wb.getSheet("Evidence").getRow(1);
            assertThat(evidence.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(evidence.getCell(6).getNumericCellValue()).isEqualTo(2048);
            assertThat(evidence.getCell(7).getNumericCellValue()).isEqualTo(1);
            Row report = wb.getSheet("AWS reports").getRow(1);
            assertThat(report.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(report.getCell(7).getStringCellValue()).isEqualTo("No");
            assertThat(wb.getSheet("AWS reports").getRow(0).getCell(8).getStringCellValue())
                    .isEqualTo("Downloaded document (SHA-256)");
            assertThat(report.getCell(8).getStringCellValue()).isEqualTo("d".repeat(64));
            Row error = wb.getSheet("Collection errors").getRow(1);
            assertThat(error.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(error.getCell(7).getNumericCellValue()).isEqualTo(403);
            assertThat(error.getCell(8).getStringCellValue())
                    .as("the error category in words; results.json keeps ACCESS_DENIED")
                    .isEqualTo("Access denied");
        }
    }

    @Test
    void timestampsAreDateCellsInUtc() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Cell collectedAt = wb.getSheet("Evidence").getRow(1).getCell(4);
            assertThat(DateUtil.isCellDateFormatted(collectedAt)).isTrue();
            assertThat(collectedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 1, 2, 8, 3, 4));
            Cell occurredAt = wb.getSheet("Collection errors").getRow(1).getCell(10);
            assertThat(DateUtil.isCellDateFormatted(occurredAt)).isTrue();
            assertThat(occurredAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 1, 2, 8, 4, 5));
            Cell periodStart = wb.getSheet("AWS reports").getRow(1).getCell(5);
            assertThat(DateUtil.isCellDateFormatted(periodStart)).isTrue();
            assertThat(periodStart.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 1));
            Sheet summary = wb.getSheet("Summary");
            Cell summaryStart = valueOf(summary, "Period start");
            assertThat(DateUtil.isCellDateFormatted(summaryStart)).isTrue();
            assertThat(summaryStart.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(valueOf(summary, "Generated at (UTC)").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2027, 1, 3, 9, 0));
        }
    }

    @Test
    void formulaLookingTextIsStoredAsAQuotedString() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Sheet findings = wb.getSheet("Findings");
            Cell evil = findings.getRow(rowWith(findings, 6, EVIL)).getCell(6);
            assertThat(evil.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getStringCellValue()).isEqualTo(EVIL);
            assertThat(evil.getCellStyle().getQuotePrefixed()).isTrue();
            Cell at = findings.getRow(rowWith(findings, 6, "@SUM(A1)")).getCell(6);
            assertThat(at.getCellType()).isEqualTo(CellType.STRING);
            Cell message = wb.getSheet("Collection errors").getRow(1).getCell(9);
            assertThat(message.getCellType()).isEqualTo(CellType.STRING);
            assertThat(message.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            Cell plain =
                    findings.getRow(rowWith(findings, 6, "arn:aws:s3:::good")).getCell(6);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType())
                                .as(s.getSheetName() + "!" + c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void statusCellsAreColouredByStatus() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Sheet findings = wb.getSheet("Findings");
            String fail = fill(findings.getRow(1).getCell(3));
            String pass = fill(findings.getRow(4).getCell(3));
            assertThat(findings.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Fail");
            assertThat(findings.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Pass");
            assertThat(fail).isEqualTo("FFFFC7CE").isNotEqualTo(pass);
            assertThat(pass).isEqualTo("FFC6EFCE");
            Sheet iso = wb.getSheet("ISO 27001");
            assertThat(fill(iso.getRow(1).getCell(4))).as("NOT_SATISFIED").isEqualTo(fail);
            assertThat(fill(iso.getRow(2).getCell(4))).as("INHERITED").isEqualTo(pass);
            Sheet soc2 = wb.getSheet("SOC 2");
            assertThat(fill(soc2.getRow(3).getCell(4))).as("GAP").isNotIn(fail, pass);
            assertThat(fill(soc2.getRow(1).getCell(4)))
                    .as("NEEDS_MANUAL_EVIDENCE")
                    .isNotIn(fail, pass);
        }
    }

    @Test
    void failingControlsLinkToTheirFirstFailingFinding() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Sheet findings = wb.getSheet("Findings");
            Sheet iso = wb.getSheet("ISO 27001");
            Cell a515 = iso.getRow(1).getCell(0);
            assertThat(a515.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(a515.getHyperlink().getAddress()).isEqualTo("'Findings'!A2");
            assertThat(findings.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ROOT_MFA);
            assertThat(iso.getRow(4).getCell(0).getHyperlink().getAddress()).isEqualTo("'Findings'!A3");
            assertThat(findings.getRow(2).getCell(0).getStringCellValue()).isEqualTo(S3_ENCRYPTION);
            // CC6.1 lists a passing check first; the link goes to its first check that fails.
            assertThat(wb.getSheet("SOC 2").getRow(2).getCell(0).getHyperlink().getAddress())
                    .isEqualTo("'Findings'!A3");
            assertThat(iso.getRow(3).getCell(0).getHyperlink())
                    .as("A.8.15 passes")
                    .isNull();
            assertThat(iso.getRow(2).getCell(0).getHyperlink())
                    .as("A.7.1 has no checks")
                    .isNull();
        }
    }

    @Test
    void findingsContinueOnNumberedSheetsWithTheHeaderRepeated() throws IOException {
        ReportModel model = SampleModel.sample();
        try (XSSFWorkbook wb = written(model, 3)) {
            List<String> spill = List.of("Findings", "Findings (2)", "Findings (3)");
            assertThat(sheetNames(wb))
                    .containsExactly(
                            "Summary",
                            "Scope",
                            "ISO 27001",
                            "SOC 2",
                            "SoA ISO 27001",
                            "Findings",
                            "Findings (2)",
                            "Findings (3)",
                            "Checks",
                            "Evidence",
                            "AWS reports",
                            "Collection errors",
                            "Responsibility",
                            "Manual evidence",
                            "Exceptions",
                            "CUECs",
                            "Out of scope");
            List<String> resources = new ArrayList<>();
            for (String name : spill) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(header(s))
                        .as(name)
                        .containsExactlyElementsOf(FindingsSheets.COLUMNS.stream()
                                .map(Column::header)
                                .toList());
                assertThat(s.getLastRowNum()).as(name).isBetween(1, 2);
                assertThat(s.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(s.getCTWorksheet().getAutoFilter().getRef())
                        .as(name)
                        .isEqualTo("A1:K" + (s.getLastRowNum() + 1));
                resources.addAll(column(s, 6));
            }
            List<String> expected = model.checks().stream()
                    .flatMap(c -> SampleModel.findings(c.id()).stream())
                    .map(Finding::resource)
                    .toList();
            assertThat(resources).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void linksFindFailuresOnContinuationSheets() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample(), 2)) {
            assertThat(wb.getSheet("Findings (2)").getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(EVIL);
            assertThat(wb.getSheet("ISO 27001")
                            .getRow(4)
                            .getCell(0)
                            .getHyperlink()
                            .getAddress())
                    .isEqualTo("'Findings (2)'!A2");
            assertThat(wb.getSheet("ISO 27001")
                            .getRow(1)
                            .getCell(0)
                            .getHyperlink()
                            .getAddress())
                    .isEqualTo("'Findings'!A2");
        }
    }

    @Test
    void anEmptyErrorsSheetSaysSo() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.withErrors(List.of()))) {
            Sheet errors = wb.getSheet("Collection errors");
            assertThat(header(errors)).startsWith("Account", "Region", "Collector", "Operation", "IAM action");
            assertThat(errors.getLastRowNum()).isEqualTo(1);
            assertThat(errors.getRow(1).getCell(0).getStringCellValue()).isEqualTo("No collection errors.");
        }
    }

    @Test
    void summaryCountsControlsPerStatusAndFindingsPerCheckStatus() throws IOException {
        try (XSSFWorkbook wb = written(SampleModel.sample())) {
            Sheet summary = wb.getSheet("Summary");
            assertThat(valueOf(summary, "Organisation").getStringCellValue()).isEqualTo("Example Ltd");
            assertThat(valueOf(summary, "Accounts").getStringCellValue()).isEqualTo("111111111111, 222222222222");
            assertThat(valueOf(summary, "Run id").getStringCellValue()).isEqualTo("run-42");
            int iso = rowWith(summary, 0, "ISO 27001 2022 controls by status");
            assertThat(IntStream.rangeClosed(iso + 1, iso + 8)
                            .mapToObj(i -> summary.getRow(i).getCell(0).getStringCellValue()))
                    .containsExactly(
                            "Satisfied",
                            "Not satisfied",
                            "Inherited",
                            "Needs manual evidence",
                            "Manual evidence provided",
                            "Gap",
                            "Not applicable",
                            "Total");
            assertThat(IntStream.rangeClosed(iso + 1, iso + 8)
                            .mapToObj(i -> summary.getRow(i).getCell(1).getNumericCellValue()))
                    .containsExactly(1.0, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0);
            int findings = rowWith(summary, 0, "Findings by check status");
            // PASS, FAIL, ACCEPTED, NOT_APPLICABLE, GAP, then the total
            assertThat(IntStream.rangeClosed(findings + 1, findings + 6)
                            .mapToObj(i -> summary.getRow(i).getCell(1).getNumericCellValue()))
                    .containsExactly(2.0, 3.0, 0.0, 0.0, 0.0, 5.0);
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAMarker() throws IOException {
        String longReason = "x".repeat(40_000);
        ReportModel sample = SampleModel.sample();
        ReportModel model = new ReportModel(
                sample.run(),
                sample.frameworks(),
                List.of(new ReportModel.CheckRow(
                        "long_check", "Long", "LOW", longReason, "", "PASS", 1, 0, 0, 0, 0, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                dev.auditpack.report.Branding.defaults(),
                dev.auditpack.evaluation.Findings.of(id -> List.of()));
        try (XSSFWorkbook wb = written(model)) {
            String cell = wb.getSheet("Checks").getRow(1).getCell(9).getStringCellValue();
            assertThat(cell)
                    .hasSize(CellText.MAX_CHARS)
                    .endsWith(CellText.CUT_MARKER)
                    .startsWith("xxxx");
        }
    }

    @Test
    void leavesNoTempFilesBehindEvenWhenWritingFails() {
        // POI's temporary files of this thread are counted in a folder of this test's own, since another test
        // JVM may be writing a workbook into the shared one meanwhile.
        List<File> created = new ArrayList<>();
        TempFileCreationStrategy counted =
                new DefaultTempFileCreationStrategy(dir.resolve("poifiles").toFile()) {
                    @Override
                    public File createTempFile(String prefix, String suffix) throws IOException {
                        File file = super.createTempFile(prefix, suffix);
                        created.add(file);
                        return file;
                    }
                };
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        Throwable thrown = TempFile.withStrategy(counted, () -> {
            try {
                written(SampleModel.sample()).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return catchThrowable(() -> WorkbookWriter.write(SampleModel.sample(), broken));
        });
        assertThat(thrown).isInstanceOf(IOException.class);
        assertThat(created)
                .as("the writer's temporary files")
                .isNotEmpty()
                .allSatisfy(file -> assertThat(file).doesNotExist());
    }

    @Test
    void refusesARowLimitWithoutRoomForData() {
        assertThatThrownBy(() -> new WorkbookWriter(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkbookWriter(WorkbookWriter.MAX_ROWS_PER_SHEET + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private XSSFWorkbook written(ReportModel model) throws IOException {
        return written(model, WorkbookWriter.MAX_ROWS_PER_SHEET);
    }

    private XSSFWorkbook written(ReportModel model, int maxRows) throws IOException {
        return ReadBack.written(model, maxRows, dir);
    }
}
