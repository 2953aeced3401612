package dev.auditpack.report.excel;

import dev.auditpack.report.ReportModel;
import java.util.List;

/** Writes the audit scope sheets: the complementary user entity controls and what is out of scope. */
final class ScopeSheets {

    static final List<Column> CUEC_COLUMNS = List.of(
            Column.of("Id", 10),
            Column.wrapped("Customer responsibility", 70),
            Column.of("Status", 24),
            Column.wrapped("Controls", 50),
            Column.wrapped("Checks", 55));

    static final List<Column> OUT_OF_SCOPE_COLUMNS = List.of(
            Column.of("Framework", 14),
            Column.of("Id", 10),
            Column.wrapped("Title", 40),
            Column.wrapped("Category", 26),
            Column.wrapped("Why", 70));

    private ScopeSheets() {}

    static void cuecs(TableSheet sheet, ReportModel.ScopeSection scope) {
        for (ReportModel.CuecRow u : scope.cuecs()) {
            sheet.addRow()
                    .text(u.id())
                    .text(u.text())
                    .status(u.status().name())
                    .lines(u.controls())
                    .lines(u.checks());
        }
        sheet.finish();
    }

    static void outOfScope(TableSheet sheet, List<ReportModel.FrameworkSection> frameworks) {
        for (ReportModel.FrameworkSection f : frameworks) {
            for (ReportModel.ControlRow c : f.controls()) {
                if (c.scope().outOfScope()) {
                    sheet.addRow()
                            .text(f.shortName())
                            .text(c.id())
                            .text(c.title())
                            .text(c.theme())
                            .text(c.scope().note());
                }
            }
        }
        sheet.finish();
    }
}
