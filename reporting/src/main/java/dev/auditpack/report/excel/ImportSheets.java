package dev.auditpack.report.excel;

import dev.auditpack.imports.ImportsSection;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Other scanners' findings, as supporting evidence: "Imported sources" (each file with its SHA-256, tool, times and
 * counts), "Imported by control" (what each source says about each control, beside the control's own status, which
 * the import does not change) and "Imported findings" (every finding, with the controls it was mapped to; unmapped
 * ones say so).
 */
final class ImportSheets {

    static final String SOURCES = "Imported sources";
    static final String CONTROLS = "Imported by control";
    static final String FINDINGS = "Imported findings";

    static final List<Column> SOURCE_COLUMNS = Column.withAuditorColumns(List.of(
            Column.wrapped("Source", 40),
            Column.of("Origin", 11),
            Column.wrapped("Path in the pack", 40),
            Column.of("SHA-256", 66),
            Column.of("Format", 18),
            Column.wrapped("Tool", 24),
            Column.of("From", 24),
            Column.of("To", 24),
            Column.of("Findings", 10),
            Column.of("Pass", 8),
            Column.of("Fail", 8),
            Column.of("Other", 8),
            Column.of("Mapped", 9),
            Column.wrapped("Note", 40)));

    static final List<Column> CONTROL_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Framework", 16),
            Column.of("Control", 10),
            Column.wrapped("Title", 36),
            Column.of("Status (own evidence)", 22),
            Column.wrapped("Source", 30),
            Column.wrapped("Tool", 22),
            Column.of("Pass", 8),
            Column.of("Fail", 8),
            Column.of("Other", 8),
            Column.wrapped("Scanner ids", 40),
            Column.wrapped("Line", 60)));

    static final List<Column> FINDING_COLUMNS = Column.withAuditorColumns(List.of(
            Column.wrapped("Source", 30),
            Column.wrapped("Tool", 20),
            Column.wrapped("Scanner id", 34),
            Column.wrapped("Title", 40),
            Column.of("Status", 14),
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.wrapped("Resource", 44),
            Column.of("Time", 24),
            Column.wrapped("Via check", 30),
            Column.wrapped("Controls", 36)));

    private ImportSheets() {}

    static void write(SXSSFWorkbook workbook, SheetNames names, Styles styles, ImportsSection section) {
        if (section.isEmpty()) {
            return;
        }
        TableSheet sources = new TableSheet(workbook, names.claim(SOURCES), styles, SOURCE_COLUMNS);
        for (ImportsSection.Source s : section.sources()) {
            sources.addRow()
                    .text(s.name())
                    .text(s.origin())
                    .text(s.path())
                    .text(s.sha256())
                    .text(s.format())
                    .text(String.join(", ", s.tools()))
                    .text(s.from())
                    .text(s.to())
                    .number(s.findings())
                    .number(s.pass())
                    .number(s.fail())
                    .number(s.other())
                    .number(s.mapped())
                    .text(s.note());
        }
        sources.finish();
        TableSheet controls = new TableSheet(workbook, names.claim(CONTROLS), styles, CONTROL_COLUMNS);
        for (ImportsSection.ControlLine c : section.controls()) {
            controls.addRow()
                    .text(c.framework())
                    .text(c.control())
                    .text(c.title())
                    .text(c.status().isEmpty() ? "" : dev.auditpack.evaluation.StatusWords.of(c.status()))
                    .text(c.source())
                    .text(c.tools())
                    .number(c.pass())
                    .number(c.fail())
                    .number(c.other())
                    .text(String.join(", ", c.scannerIds()))
                    .text(c.line());
        }
        controls.finish();
        TableSheet findings = new TableSheet(workbook, names.claim(FINDINGS), styles, FINDING_COLUMNS);
        for (ImportsSection.Row r : section.findings()) {
            findings.addRow()
                    .text(r.source())
                    .text((r.tool() + " " + r.toolVersion()).strip())
                    .text(r.scannerId())
                    .text(r.title())
                    .text(r.status().isEmpty() ? "(none)" : r.status())
                    .text(r.account())
                    .text(r.region())
                    .text(r.resource())
                    .text(r.time())
                    .text(r.via())
                    .text(r.controls().isEmpty() ? "unmapped" : String.join(", ", r.controls()));
        }
        findings.finish();
    }
}
