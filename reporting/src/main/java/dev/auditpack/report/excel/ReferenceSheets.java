package dev.auditpack.report.excel;

import dev.auditpack.check.TestProcedure;
import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.report.ReportModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Writes the sheets that list checks, evidence files, AWS reports and collection errors, one row each. */
final class ReferenceSheets {

    static final List<Column> CHECK_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Check id", 34),
            Column.wrapped("Title", 40),
            Column.of("Severity", 10),
            Column.of("Status", 16),
            Column.of("Pass", 9),
            Column.of("Fail", 9),
            Column.of("Gap", 9),
            Column.of("Not applicable", 9),
            Column.of("Accepted", 9),
            Column.wrapped("Rationale", 60),
            Column.wrapped("Remediation", 60),
            Column.wrapped("Controls", 24),
            Column.wrapped("Test procedure: inspected", 50),
            Column.wrapped("Population", 40),
            Column.wrapped("Criterion", 60),
            Column.wrapped("Re-perform from the locker", 70)));

    static final List<Column> EVIDENCE_COLUMNS = List.of(
            Column.wrapped("Path", 60),
            Column.of("Collector", 30),
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.of("Collected at (UTC)", 20),
            Column.of("SHA-256", 66),
            Column.of("Size (bytes)", 12),
            Column.of("Errors in file", 10));

    static final List<Column> REPORT_COLUMNS = List.of(
            Column.of("Id", 28),
            Column.wrapped("Name", 50),
            Column.of("Series", 14),
            Column.of("Category", 20),
            Column.of("Version", 9),
            Column.of("Period start", 12),
            Column.of("Period end", 12),
            Column.of("Covers audit period", 10),
            Column.of("Downloaded document (SHA-256)", 66));

    static final List<Column> ERROR_COLUMNS = List.of(
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.of("Collector", 30),
            Column.of("Operation", 34),
            Column.of("IAM action", 34),
            Column.wrapped("Resource", 50),
            Column.of("Error code", 24),
            Column.of("HTTP status", 8),
            Column.of("Category", 16),
            Column.wrapped("Message", 70),
            Column.of("Occurred at (UTC)", 20));

    static final String NO_ERRORS = "No collection errors.";

    /** What the procedure columns say for a check that states none. */
    static final String NO_PROCEDURE = "No test procedure is recorded for this check.";

    private ReferenceSheets() {}

    static void checks(TableSheet sheet, List<ReportModel.CheckRow> checks) {
        for (ReportModel.CheckRow c : checks) {
            sheet.addRow()
                    .text(c.id())
                    .text(c.title())
                    .text(StatusWords.of(c.severity()))
                    .status(c.status())
                    .number(c.pass())
                    .number(c.fail())
                    .number(c.gap())
                    .number(c.notApplicable())
                    .number(c.accepted())
                    .text(c.rationale())
                    .text(c.remediation())
                    .lines(c.controls())
                    .text(c.procedure().map(TestProcedure::inspected).orElse(NO_PROCEDURE))
                    .text(c.procedure().map(TestProcedure::population).orElse(""))
                    .text(c.procedure().map(TestProcedure::criterion).orElse(""))
                    .text(c.procedure().map(TestProcedure::reperform).orElse(""));
        }
        sheet.finish();
    }

    static void evidence(TableSheet sheet, List<ReportModel.EvidenceRow> evidence) {
        for (ReportModel.EvidenceRow e : evidence) {
            sheet.addRow()
                    .text(e.path())
                    .text(e.collector())
                    .text(e.account())
                    .text(e.region())
                    .instant(e.collectedAt())
                    .text(e.sha256())
                    .number(e.size())
                    .number(e.errorCount());
        }
        sheet.finish();
    }

    static void reports(TableSheet sheet, List<ReportModel.AttestationRow> reports) {
        for (ReportModel.AttestationRow r : reports) {
            TableRow row = sheet.addRow()
                    .text(r.id())
                    .text(r.name())
                    .text(r.series())
                    .text(r.category())
                    .number(r.version());
            day(row, r.periodStart());
            day(row, r.periodEnd());
            row.text(r.coversPeriod() ? "Yes" : "No");
            row.text(r.documentSha256());
        }
        sheet.finish();
    }

    /** Every collection error, or one row saying there were none, so an empty sheet is never ambiguous. */
    static void errors(TableSheet sheet, List<CollectionError> errors) {
        if (errors.isEmpty()) {
            sheet.addRow().text(NO_ERRORS);
        }
        for (CollectionError e : errors) {
            sheet.addRow()
                    .text(e.account())
                    .text(e.region())
                    .text(e.collector())
                    .text(e.operation())
                    .text(e.iamAction())
                    .text(e.resource())
                    .text(e.errorCode())
                    .number(e.httpStatus())
                    .text(StatusWords.of(e.category().name()))
                    .text(e.message())
                    .instant(e.occurredAt());
        }
        sheet.finish();
    }

    /** The model gives report periods as ISO dates in text; they become date cells, anything else stays text. */
    private static void day(TableRow row, String isoDate) {
        if (isoDate == null || isoDate.isEmpty()) {
            row.blank();
            return;
        }
        try {
            row.date(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            row.text(isoDate);
        }
    }
}
