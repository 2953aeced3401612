package dev.auditpack.report.excel;

import dev.auditpack.report.ReportModel;
import dev.auditpack.report.SoaHeader;
import dev.auditpack.report.SoaRow;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the sheets for what the user added and declared: the Statement of Applicability and the risk register
 * it cites, the manual evidence documents and the exceptions.
 */
final class AdditionSheets {

    static final List<Column> SOA_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Control id", 12),
            Column.wrapped("Title", 36),
            Column.wrapped("Theme", 20),
            Column.of("Applicable", 11),
            Column.wrapped("Justification", 60),
            Column.of("Implemented", 12),
            Column.wrapped("Risks", 16),
            Column.wrapped("Requirements", 16),
            Column.wrapped("AWS services", 24),
            Column.of("Responsibility", 14),
            Column.of("Status", 24),
            Column.wrapped("Evidence", 50)));

    static final List<Column> RISK_COLUMNS = List.of(
            Column.of("Id", 14),
            Column.of("Kind", 12),
            Column.wrapped("Title", 50),
            Column.of("Treatment", 11),
            Column.wrapped("Owner", 24),
            Column.wrapped("Controls", 16),
            Column.wrapped("Planned", 16),
            Column.of("Due", 12));

    static final List<Column> MANUAL_COLUMNS = List.of(
            Column.of("Id", 24),
            Column.wrapped("Title", 40),
            Column.wrapped("File", 40),
            Column.of("SHA-256", 66),
            Column.of("Size (bytes)", 12),
            Column.of("Owner", 26),
            Column.of("Date", 12),
            Column.of("Expires", 12),
            Column.of("Expired", 9),
            Column.of("Outcome", 16),
            Column.wrapped("Reason", 40),
            Column.wrapped("Controls", 30));

    static final List<Column> EXCEPTION_COLUMNS = List.of(
            Column.of("Id", 12),
            Column.of("Kind", 18),
            Column.wrapped("Applies to", 50),
            Column.wrapped("Reason", 60),
            Column.of("Approver", 26),
            Column.of("Approved", 12),
            Column.of("Expires", 12),
            Column.of("Active", 9),
            Column.of("Findings accepted", 10));

    static final List<Column> PROFILE_COLUMNS = List.of(
            Column.of("Service", 22),
            Column.of("Model", 15),
            Column.of("In use", 12),
            Column.of("Resources", 10),
            Column.wrapped("Where (account/region)", 40),
            Column.wrapped("AWS does", 60),
            Column.wrapped("You do", 60));

    private AdditionSheets() {}

    static void soa(TableSheet sheet, ReportModel.FrameworkSection section) {
        for (SoaRow r : section.soa()) {
            sheet.addRow()
                    .text(r.id())
                    .text(r.title())
                    .text(r.theme())
                    .text(r.applicable() ? "Yes" : "No")
                    .text(r.justification())
                    .text(r.implemented())
                    .lines(r.risks())
                    .lines(r.requirements())
                    .lines(r.services())
                    .text(r.responsibility())
                    .status(r.status().name())
                    .text(r.evidence());
        }
        sheet.finish();
    }

    /** The risk register a Statement of Applicability cites: its risks, then its requirements. */
    static void riskRegister(TableSheet sheet, SoaHeader header) {
        for (SoaHeader.RiskRow r : header.risks()) {
            sheet.addRow()
                    .text(r.id())
                    .text("risk")
                    .text(r.title())
                    .text(r.treatment())
                    .text(r.owner())
                    .lines(r.controls())
                    .lines(r.planned())
                    .date(r.due().isEmpty() ? null : LocalDate.parse(r.due()));
        }
        for (SoaHeader.RequirementRow q : header.requirements()) {
            sheet.addRow()
                    .text(q.id())
                    .text("requirement")
                    .text(q.title())
                    .text("")
                    .text("")
                    .lines(q.controls())
                    .lines(List.of())
                    .date(null);
        }
        sheet.finish();
    }

    static void profile(TableSheet sheet, List<ReportModel.ProfileRow> rows) {
        for (ReportModel.ProfileRow p : rows) {
            sheet.addRow()
                    .text(p.name())
                    .text(p.model())
                    .text(
                            switch (p.use()) {
                                case "IN_USE" -> "Yes";
                                case "NOT_FOUND" -> "No";
                                default -> "Unknown";
                            })
                    .number(p.resources())
                    .lines(p.where())
                    .lines(p.aws())
                    .lines(p.customer());
        }
        sheet.finish();
    }

    static void manual(TableSheet sheet, List<ReportModel.ManualRow> rows) {
        if (rows.isEmpty()) {
            sheet.addRow().text("No manual evidence was given (report --manual DIR).");
        }
        for (ReportModel.ManualRow m : rows) {
            sheet.addRow()
                    .text(m.id())
                    .text(m.title())
                    .text(m.file())
                    .text(m.sha256())
                    .number(m.size())
                    .text(m.owner())
                    .date(LocalDate.parse(m.date()))
                    .date(m.expires().isEmpty() ? null : LocalDate.parse(m.expires()))
                    .text(m.expired() ? "Yes" : "No")
                    .text(m.outcome())
                    .text(m.reason())
                    .lines(m.controls());
        }
        sheet.finish();
    }

    static void exceptions(TableSheet sheet, List<ReportModel.ExceptionRow> rows) {
        if (rows.isEmpty()) {
            sheet.addRow().text("No exceptions were given (report --exceptions FILE).");
        }
        for (ReportModel.ExceptionRow e : rows) {
            sheet.addRow()
                    .text(e.id())
                    .text(e.kind())
                    .text(e.target())
                    .text(e.reason())
                    .text(e.approver())
                    .date(LocalDate.parse(e.approved()))
                    .date(LocalDate.parse(e.expires()))
                    .text(e.active() ? "Yes" : "No (expired)")
                    .number(e.matched());
        }
        sheet.finish();
    }
}
