package dev.auditpack.report.excel;

import dev.auditpack.operations.OperationsSection;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Operations over the audit period, as supporting evidence: a "Backup jobs" sheet with one row per resource (jobs
 * completed, failed, expired and other, the last job, and why the resource needs a look) and a "GuardDuty findings"
 * sheet with every finding updated in the period, its severity and whether it was archived. Account-regions whose
 * evidence could not be read are GAP rows on the sheet they concern, never left out.
 */
final class OperationsSheets {

    static final String BACKUPS = "Backup jobs";
    static final String FINDINGS = "GuardDuty findings";

    static final List<Column> BACKUP_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.wrapped("Resource", 60),
            Column.of("Type", 12),
            Column.of("Completed", 11),
            Column.of("Failed", 9),
            Column.of("Expired", 9),
            Column.of("Other", 9),
            Column.of("Last job state", 16),
            Column.of("Last job created", 24),
            Column.wrapped("Look at / GAP", 44),
            Column.wrapped("Controls", 30)));

    static final List<Column> FINDING_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.of("Severity", 10),
            Column.of("Level", 9),
            Column.wrapped("Type", 44),
            Column.of("Archived", 10),
            Column.of("Created", 24),
            Column.of("Updated", 24),
            Column.wrapped("Resource", 36),
            Column.of("Count", 8),
            Column.of("Finding id", 36),
            Column.wrapped("Controls", 30)));

    private OperationsSheets() {}

    static void write(SXSSFWorkbook workbook, SheetNames names, Styles styles, OperationsSection section) {
        if (section.isEmpty()) {
            return;
        }
        if (!section.backupControls().isEmpty()) {
            String controls = controls(section.backupControls());
            TableSheet sheet = new TableSheet(workbook, names.claim(BACKUPS), styles, BACKUP_COLUMNS);
            for (OperationsSection.ResourceBackups b : section.backups()) {
                sheet.addRow()
                        .text(b.account())
                        .text(b.region())
                        .text(b.resourceArn())
                        .text(b.resourceType())
                        .number(b.completed())
                        .number(b.failed())
                        .number(b.expired())
                        .number(b.other())
                        .text(b.lastState())
                        .text(b.lastJob())
                        .text(b.flag() == null ? "" : b.flag())
                        .text(controls);
            }
            gaps(sheet, section, dev.auditpack.evidence.aws.BackupEvidence.JOBS, 8, controls);
            sheet.finish();
        }
        if (!section.findingControls().isEmpty()) {
            String controls = controls(section.findingControls());
            TableSheet sheet = new TableSheet(workbook, names.claim(FINDINGS), styles, FINDING_COLUMNS);
            for (OperationsSection.PeriodFinding f : section.findings()) {
                sheet.addRow()
                        .text(f.account())
                        .text(f.region())
                        .text(String.valueOf(f.severity()))
                        .text(f.level())
                        .text(f.type())
                        .text(f.archived() ? "Yes" : "No")
                        .text(f.createdAt())
                        .text(f.updatedAt())
                        .text(f.resource())
                        .number(f.count())
                        .text(f.id())
                        .text(controls);
            }
            gaps(sheet, section, dev.auditpack.evidence.aws.GuardDutyEvidence.PERIOD_FINDINGS, 8, controls);
            sheet.finish();
        }
    }

    /** A GAP row per account-region the sheet's collector could not read, the reason in the flag column. */
    private static void gaps(
            TableSheet sheet, OperationsSection section, String collector, int blanks, String controls) {
        for (OperationsSection.Gap g : section.gaps()) {
            if (!g.collector().equals(collector)) {
                continue;
            }
            TableRow row = sheet.addRow().text(g.account()).text(g.region());
            for (int i = 0; i < blanks; i++) {
                row.text("");
            }
            row.text("GAP: " + g.reason()).text(controls);
        }
    }

    private static String controls(Map<String, List<String>> byFramework) {
        return byFramework.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
