package dev.auditpack.report.excel;

import dev.auditpack.report.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the report model as an .xlsx workbook, streamed so that millions of findings fit in little memory:
 * Summary, one sheet per framework, Findings, Checks, Evidence, AWS reports and Collection errors.
 */
public final class WorkbookWriter {

    /** Excel's rows per sheet, the header included. */
    static final int MAX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Rows per sheet kept in memory; older rows go to a compressed temp file. */
    static final int WINDOW_ROWS = 100;

    private final int maxRowsPerSheet;

    /** A writer whose Findings sheets hold at most {@code maxRowsPerSheet} rows, so tests can prove the spill-over. */
    WorkbookWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > MAX_ROWS_PER_SHEET) {
            throw new IllegalArgumentException(
                    "rows per sheet must be 2 to " + MAX_ROWS_PER_SHEET + ", not " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Deflate level of the workbook's parts. */
    private static final int DEFLATE_LEVEL = 3;

    /** Writes the workbook to {@code out}, which is left for the caller to close. */
    public static void write(ReportModel model, OutputStream out) throws IOException {
        new WorkbookWriter(MAX_ROWS_PER_SHEET).writeTo(model, out);
    }

    /** Writes the workbook, with every event of each change population read from the locker at {@code locker}. */
    public static void write(ReportModel model, java.nio.file.Path locker, OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter(MAX_ROWS_PER_SHEET);
        writer.locker = java.util.Optional.of(locker);
        writer.writeTo(model, out);
    }

    /** Where the population files are read from; without it a population sheet lists only its sample. */
    private java.util.Optional<java.nio.file.Path> locker = java.util.Optional.empty();

    void writeTo(ReportModel model, OutputStream out) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(out, "out");
        // Rows spill to plain temporary files (about 550 bytes a finding): compressing them as well costs more
        // time than the disk it saves. The workbook itself is deflated at a level that is much quicker than the
        // default on a million rows and only a few percent larger.
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(DEFLATE_LEVEL);
                return zip;
            }
        };
        try (workbook) {
            workbook.setCompressTempFiles(false);
            fill(workbook, model);
            workbook.write(out);
        } finally {
            // close() deletes the temp files in POI 5.5.1; dispose() makes sure of it even if close() failed.
            workbook.dispose();
        }
    }

    private void fill(SXSSFWorkbook workbook, ReportModel model) {
        Styles styles = new Styles(workbook);
        SheetNames names = new SheetNames();
        // Fixed sheets claim their names first, so a framework called "Checks" cannot take that name from them.
        String summaryName = names.claim(SummarySheet.NAME);
        String systemName = names.claim(SystemSheet.NAME);
        String findingsName = names.claim(FindingsSheets.NAME);
        String checksName = names.claim("Checks");
        String evidenceName = names.claim("Evidence");
        String reportsName = names.claim("AWS reports");
        String errorsName = names.claim("Collection errors");
        String profileName = names.claim("Responsibility");
        String manualName = names.claim("Manual evidence");
        String exceptionsName = names.claim("Exceptions");
        String cuecName = names.claim("CUECs");
        String outOfScopeName = names.claim("Out of scope");
        String periodName = model.timeline().isPresent() ? names.claim(TimelineSheets.PERIOD) : null;
        String timelineName = model.timeline().isPresent() ? names.claim(TimelineSheets.TIMELINE) : null;

        // Sheets appear in the order they are created; the framework sheets are filled last because their links
        // need to know where each check's findings landed.
        Sheet summary = workbook.createSheet(summaryName);
        SystemSheet.write(new TableSheet(workbook, systemName, styles, SystemSheet.COLUMNS), model.system());
        List<TableSheet> frameworkSheets = model.frameworks().stream()
                .map(f -> new TableSheet(workbook, names.claim(f.shortName()), styles, FrameworkSheet.COLUMNS))
                .toList();
        List<TableSheet> soaSheets = model.frameworks().stream()
                .filter(f -> !f.soa().isEmpty())
                .map(f -> new TableSheet(
                        workbook, names.claim("SoA " + f.shortName()), styles, AdditionSheets.SOA_COLUMNS))
                .toList();
        for (ReportModel.FrameworkSection f : model.frameworks()) {
            if (!f.soa().isEmpty()
                    && (!f.soaHeader().risks().isEmpty()
                            || !f.soaHeader().requirements().isEmpty())) {
                AdditionSheets.riskRegister(
                        new TableSheet(
                                workbook, names.claim("Risks " + f.shortName()), styles, AdditionSheets.RISK_COLUMNS),
                        f.soaHeader());
            }
        }
        FindingsIndex findings =
                new FindingsSheets(workbook, names, styles, maxRowsPerSheet).write(findingsName, model);
        ReferenceSheets.checks(
                new TableSheet(workbook, checksName, styles, ReferenceSheets.CHECK_COLUMNS), model.checks());
        ReferenceSheets.evidence(
                new TableSheet(workbook, evidenceName, styles, ReferenceSheets.EVIDENCE_COLUMNS), model.evidence());
        ReferenceSheets.reports(
                new TableSheet(workbook, reportsName, styles, ReferenceSheets.REPORT_COLUMNS), model.attestations());
        ReferenceSheets.errors(
                new TableSheet(workbook, errorsName, styles, ReferenceSheets.ERROR_COLUMNS), model.errors());
        AdditionSheets.profile(
                new TableSheet(workbook, profileName, styles, AdditionSheets.PROFILE_COLUMNS), model.profile());
        AdditionSheets.manual(
                new TableSheet(workbook, manualName, styles, AdditionSheets.MANUAL_COLUMNS), model.manual());
        AdditionSheets.exceptions(
                new TableSheet(workbook, exceptionsName, styles, AdditionSheets.EXCEPTION_COLUMNS), model.exceptions());
        ScopeSheets.cuecs(new TableSheet(workbook, cuecName, styles, ScopeSheets.CUEC_COLUMNS), model.scope());
        ScopeSheets.outOfScope(
                new TableSheet(workbook, outOfScopeName, styles, ScopeSheets.OUT_OF_SCOPE_COLUMNS), model.frameworks());
        if (model.timeline().isPresent()) {
            TimelineSheets.period(
                    new TableSheet(workbook, periodName, styles, TimelineSheets.PERIOD_COLUMNS),
                    model.timeline().get());
            TimelineSheets.timeline(
                    new TableSheet(workbook, timelineName, styles, TimelineSheets.TIMELINE_COLUMNS),
                    model.timeline().get(),
                    maxRowsPerSheet);
        }
        List<ReportModel.FrameworkSection> withSoa =
                model.frameworks().stream().filter(f -> !f.soa().isEmpty()).toList();
        for (int i = 0; i < soaSheets.size(); i++) {
            AdditionSheets.soa(soaSheets.get(i), withSoa.get(i));
        }
        for (int i = 0; i < frameworkSheets.size(); i++) {
            FrameworkSheet.write(frameworkSheets.get(i), model.frameworks().get(i), findings);
        }
        PopulationSheets.write(
                workbook,
                names,
                styles,
                model.populations(),
                locker,
                model.run().redacted(),
                maxRowsPerSheet);
        OperationsSheets.write(workbook, names, styles, model.operations());
        ComparisonSheets.write(workbook, names, styles, model.comparison());
        ImportSheets.write(workbook, names, styles, model.imports());
        SummarySheet.write(summary, styles, model, findings);
    }
}
