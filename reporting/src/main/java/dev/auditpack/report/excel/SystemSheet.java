package dev.auditpack.report.excel;

import dev.auditpack.report.SystemScope;
import java.util.List;

/** Writes the Scope sheet: the scope file's statement beside what the evidence shows, and where they disagree. */
final class SystemSheet {

    static final String NAME = "Scope";

    static final List<Column> COLUMNS = List.of(
            Column.of("Item", 26),
            Column.wrapped("Declared in the scope file", 70),
            Column.wrapped("The evidence shows", 60));

    /** What the Declared column says when there is no scope file. */
    static final String NO_FILE = "No scope file was given: the scope is only what was collected.";

    private SystemSheet() {}

    static void write(TableSheet sheet, SystemScope s) {
        sheet.addRow()
                .label("Scope file")
                .text(s.declared() ? s.source() : NO_FILE)
                .blank();
        if (s.declared()) {
            row(sheet, "Organisation", s.organisation());
            row(sheet, "System", s.name());
            row(sheet, "Description", s.description());
            row(sheet, "Boundary", s.boundary());
            row(
                    sheet,
                    "Approved",
                    s.approvedBy()
                            + (s.approved().isEmpty() ? "" : (s.approvedBy().isEmpty() ? "" : ", ") + s.approved()));
        }
        sheet.addRow()
                .label("Accounts")
                .lines(s.accounts().stream()
                        .map(a -> a.id()
                                + (a.name().isEmpty() ? "" : " (" + a.name() + ")")
                                + (a.evidenced() ? "" : ": NO EVIDENCE"))
                        .toList())
                .lines(s.evidenced().accounts());
        sheet.addRow().label("Regions").lines(s.regions()).lines(s.evidenced().regions());
        sheet.addRow()
                .label("Enabled regions not collected")
                .text("")
                .text(s.evidenced().enabledNotCollected());
        sheet.addRow().label("Services").lines(s.services()).lines(s.evidenced().services());
        for (SystemScope.ExclusionRow e : s.exclusions()) {
            sheet.addRow().label("Exclusion").text(e.what() + ": " + e.reason()).blank();
        }
        for (String w : s.warnings()) {
            sheet.addRow().label(w.startsWith("GAP") ? "Gap" : "Note").text("").text(w);
        }
        sheet.finish();
    }

    private static void row(TableSheet sheet, String item, String value) {
        if (!value.isEmpty()) {
            sheet.addRow().label(item).text(value).blank();
        }
    }
}
