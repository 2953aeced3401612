package dev.auditpack.report;

import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.FrameworkOverrides;
import java.util.ArrayList;
import java.util.List;

/** The Statement of Applicability: every control, applicable or not, why, how it stands and what it rests on. */
final class Applicability {

    private Applicability() {
    }

    static List<ReportModel.SoaRow> rows(FrameworkResult fr, FrameworkOverrides overrides) {
        List<ReportModel.SoaRow> rows = new ArrayList<>();
        for (ControlResult cr : fr.controls()) {
            ControlRef ref = new ControlRef(fr.framework().id(), cr.control().id());
            boolean applicable = cr.status() != ControlStatus.NOT_APPLICABLE;
            String justification = overrides.justification(ref).orElseGet(() -> defaultJustification(cr, applicable));
            rows.add(new ReportModel.SoaRow(cr.control().id(), cr.control().title(), cr.control().theme(), applicable,
                    justification, cr.control().responsibility().key(), cr.status(), evidence(cr)));
        }
        return rows;
    }

    private static String defaultJustification(ControlResult cr, boolean applicable) {
        if (!applicable) {
            return cr.reason();
        }
        if (cr.control().premises() && !cr.scope().note().isEmpty()) {
            return "Included. " + cr.scope().note();
        }
        return switch (cr.control().responsibility()) {
            case INHERITED -> "Included: information is processed in AWS data centres; AWS operates this control and "
                    + "its attestations evidence it.";
            case SHARED -> "Included: operated jointly with AWS; AWS runs its layer, the organisation runs its own.";
            case CUSTOMER -> "Included: the organisation operates this control for its AWS environment.";
        };
    }

    private static String evidence(ControlResult cr) {
        List<String> parts = new ArrayList<>();
        if (!cr.control().checks().isEmpty()) {
            parts.add(cr.control().checks().size() + " automated check(s)");
        }
        cr.aws().filter(a -> !a.reports().isEmpty()).ifPresent(a -> parts.add("AWS attestation: " + a.reports().get(0).name()));
        long docs = cr.manual().stream().filter(m -> !m.expired()).count();
        if (docs > 0) {
            parts.add(docs + " manual document(s)");
        }
        return parts.isEmpty() ? "none yet" : String.join("; ", parts);
    }
}
