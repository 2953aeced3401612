package dev.auditpack.report;

import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.exemption.Exemption;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.manual.ManualItem;
import java.util.ArrayList;
import java.util.List;

/** Rows for the user's additions: manual evidence documents and exceptions. */
final class Adjustment {

    private Adjustment() {}

    static ReportModel.ManualRow manual(ManualItem i, boolean expired) {
        return new ReportModel.ManualRow(
                i.id(),
                i.title(),
                "manual/" + i.file(),
                i.sha256(),
                i.size(),
                i.owner(),
                i.date().toString(),
                i.expires().map(Object::toString).orElse(""),
                i.outcome().map(o -> o.key()).orElse(""),
                i.reason(),
                i.controls().stream().map(ControlRef::toString).toList(),
                expired);
    }

    static List<ReportModel.ExceptionRow> exceptions(Evaluation evaluation) {
        List<ReportModel.ExceptionRow> rows = new ArrayList<>();
        var exemptions = evaluation.adjustments().exemptions();
        for (Exemption e : exemptions.all()) {
            boolean active = exemptions.active(e);
            long matched = evaluation.findings().acceptances(e.id());
            String target = e.acceptsFindings()
                    ? e.check().get() + " on " + e.resource()
                            + e.account().map(a -> " in " + a).orElse("")
                    : e.control().map(ControlRef::toString).orElse("");
            rows.add(new ReportModel.ExceptionRow(
                    e.id(),
                    e.acceptsFindings() ? "accepted finding" : "not applicable",
                    target,
                    e.reason(),
                    e.approver(),
                    e.approved().toString(),
                    e.expires().toString(),
                    active,
                    matched));
        }
        return rows;
    }
}
