package dev.auditpack.report.excel;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Severity;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Grade;
import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.framework.Framework;
import dev.auditpack.report.ReportModel;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes the first sheet: what was collected, for whom and when, then control and finding counts. */
final class SummarySheet {

    static final String NAME = "Summary";

    private static final List<Column> COLUMNS = List.of(Column.of("", 32), Column.wrapped("", 70));

    private final Sheet sheet;
    private final Styles styles;
    private int next;

    private SummarySheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Sheet sheet, Styles styles, ReportModel model, FindingsIndex findings) {
        SummarySheet s = new SummarySheet(sheet, styles);
        for (int i = 0; i < COLUMNS.size(); i++) {
            sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256);
        }
        s.run(model.run());
        model.frameworks().forEach(s::framework);
        s.findings(findings);
        TableSheet.printSetup(sheet, false);
    }

    private void run(ReportModel.Run run) {
        row().label("Organisation").text(run.organisation());
        row().label("Audit period").text(run.periodLabel());
        row().label("Period start").date(run.periodStart());
        row().label("Period end").date(run.periodEnd());
        row().label("Accounts").text(String.join(", ", run.accounts()));
        row().label("Regions").text(String.join(", ", run.regions()));
        row().label("Collected by").text(run.callerArn());
        row().label("Collected from (UTC)").instant(run.collectedFrom());
        row().label("Collected to (UTC)").instant(run.collectedTo());
        row().label("Collected with auditpack").text(run.collectedWith());
        row().label("Generated at (UTC)").instant(run.generatedAt());
        row().label("Tool version").text(run.toolVersion());
        row().label("Run id").text(run.runId());
        row().label("Point in time")
                .text(run.pointInTime().statement() + " " + run.pointInTime().timing());
        if (run.redacted()) {
            row().label("Redacted")
                    .text("Yes, for tickets: AWS account ids are pseudonyms (acct-1, acct-2, …), IP "
                            + "addresses private-ip-N or public-ip-N, IAM user names user-N, session names session-N, e-mail "
                            + "addresses email-N@redacted.invalid and people's names person-N. The full pack "
                            + "(evidence-pack.zip, for auditors only) keeps the originals.");
        }
    }

    private void framework(ReportModel.FrameworkSection f) {
        next++;
        row().header(f.shortName() + " " + f.version() + " controls by status").header("Controls");
        for (ControlStatus status : ControlStatus.values()) {
            row().status(status.name()).number(f.counts().getOrDefault(status, 0));
        }
        row().label("Total").number(f.total());
        if (!f.soa().isEmpty()) {
            row().label("Statement of Applicability")
                    .text(f.soaHeader().approval().statement());
        }
        List<ReportModel.GradeRow> graded =
                f.controls().stream().flatMap(c -> c.grade().stream()).toList();
        if (graded.stream().anyMatch(g -> g.grading().equals(Framework.NONCONFORMITIES))) {
            row().header(f.shortName() + " controls not satisfied, by grade").header("Controls");
            for (Grade g : Grade.values()) {
                row().label(g.label()).number(f.gradeCount(g.name()));
            }
        } else if (!graded.isEmpty()) {
            row().header(f.shortName() + " controls with exceptions, by highest severity")
                    .header("Controls");
            for (Severity sv : Severity.values()) {
                row().label(StatusWords.of(sv.name()))
                        .number(graded.stream()
                                .filter(g -> g.severity().equals(sv.name()))
                                .count());
            }
        }
    }

    private void findings(FindingsIndex findings) {
        next++;
        row().header("Findings by check status").header("Findings");
        for (CheckStatus status : CheckStatus.values()) {
            row().status(status.name()).number(findings.count(status));
        }
        row().label("Total").number(findings.total());
    }

    private TableRow row() {
        return new TableRow(sheet.createRow(next++), styles, COLUMNS, () -> false);
    }
}
