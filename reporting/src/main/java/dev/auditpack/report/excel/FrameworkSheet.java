package dev.auditpack.report.excel;

import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.report.ReportModel;
import java.util.List;
import java.util.Optional;

/** Writes one framework's controls, one row each, linking failing controls to their findings. */
final class FrameworkSheet {

    static final List<Column> COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Control id", 12),
            Column.wrapped("Title", 36),
            Column.wrapped("Theme", 22),
            Column.of("Responsibility", 14),
            Column.of("Status", 24),
            Column.wrapped("Owner", 40),
            Column.wrapped("Reason", 60),
            Column.wrapped("AWS part", 45),
            Column.of("AWS status", 22),
            Column.wrapped("Customer part", 45),
            Column.of("Customer status", 24),
            Column.wrapped("Checks", 55),
            Column.of("Failing resources", 10),
            Column.wrapped("AWS reports", 45),
            Column.wrapped("Evidence", 55),
            Column.wrapped("Manual evidence guidance", 60),
            Column.wrapped("Manual evidence provided", 50),
            Column.wrapped("Exception", 50),
            Column.wrapped("Scope", 50),
            Column.of("Grade", 26),
            Column.of("Highest severity", 10),
            Column.of("Exceptions", 10),
            Column.of("Tested population", 10),
            Column.wrapped("Grade basis", 60)));

    private FrameworkSheet() {}

    static void write(TableSheet sheet, ReportModel.FrameworkSection section, FindingsIndex findings) {
        for (ReportModel.ControlRow c : section.controls()) {
            TableRow row = sheet.addRow()
                    .link(c.id(), firstFailure(c, findings).orElse(null))
                    .text(c.title())
                    .text(c.theme())
                    .text(c.responsibility())
                    .status(c.status().name())
                    .text(c.owner()
                            .map(o -> o.describe() + " [by " + o.basis() + "]")
                            .orElse(""))
                    .text(c.reason())
                    .text(c.awsPart())
                    .status(c.awsStatus())
                    .text(c.customerPart())
                    .status(c.customerStatus())
                    .lines(c.checks().stream().map(FrameworkSheet::check).toList())
                    .number(c.failingTotal())
                    .lines(c.reports().stream().map(FrameworkSheet::report).toList())
                    .lines(c.evidence().stream()
                            .map(ReportModel.EvidenceRow::path)
                            .toList())
                    .text(c.manual())
                    .lines(c.documents().stream()
                            .map(d -> d.title() + " (" + d.file() + (d.expired() ? ", EXPIRED" : "") + ")")
                            .toList())
                    .text(c.exception())
                    .text(scope(c.scope()))
                    .text(c.grade().map(ReportModel.GradeRow::label).orElse(""))
                    .text(c.grade().map(g -> StatusWords.of(g.severity())).orElse(""));
            if (c.grade().isPresent()) {
                row.number(c.grade().get().exceptions())
                        .number(c.grade().get().population())
                        .text(c.grade().get().basis());
            }
        }
        sheet.finish();
    }

    /** The first failing finding of the control's checks, taken in the control's order. */
    private static Optional<String> firstFailure(ReportModel.ControlRow control, FindingsIndex findings) {
        return control.checks().stream()
                .map(check -> findings.firstFailure(check.id()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static String check(ReportModel.CheckRef c) {
        return c.id() + (c.strength().isEmpty() ? "" : " (" + c.strength() + ")") + ": " + StatusWords.of(c.status())
                + " (" + c.pass()
                + " pass / " + c.fail() + " fail / " + c.gap() + " gap"
                + (c.accepted() > 0 ? " / " + c.accepted() + " accepted" : "") + ")";
    }

    /** Out of scope, design only, the bridge letter and services outside the attestation, in a few words. */
    static String scope(ReportModel.ControlScopeRow s) {
        List<String> parts = new java.util.ArrayList<>();
        if (s.outOfScope()) {
            parts.add("OUT OF SCOPE");
        }
        if (s.designOnly()) {
            parts.add("DESIGN ONLY: evidence over the period missing");
        }
        if (!s.bridgeLetter().isEmpty()) {
            parts.add("Bridge letter: " + s.bridgeLetter());
        }
        if (!s.uncoveredServices().isEmpty()) {
            parts.add("Not in the attestation's scope: " + String.join(", ", s.uncoveredServices()));
        }
        if (!s.note().isEmpty() && !s.outOfScope() && !s.designOnly()) {
            parts.add(s.note());
        }
        return String.join("; ", parts);
    }

    static String report(ReportModel.AttestationRow r) {
        String period = r.periodStart().isEmpty() || r.periodEnd().isEmpty()
                ? "no period"
                : r.periodStart() + " – " + r.periodEnd();
        return r.name() + " v" + r.version() + " (" + period + ")";
    }
}
