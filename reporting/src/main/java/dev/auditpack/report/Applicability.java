package dev.auditpack.report;

import dev.auditpack.check.Check;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.framework.CheckMapping;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.profile.ResponsibilityProfile;
import dev.auditpack.profile.ServiceModel;
import dev.auditpack.risk.RiskRegister;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Statement of Applicability (ISO/IEC 27001 clause 6.1.3 d): every control, applicable or not, the
 * justification built from the risk register, the requirements and the AWS services in use, whether it is
 * implemented, and what it rests on.
 */
final class Applicability {

    private Applicability() {}

    static List<SoaRow> rows(FrameworkResult fr, Evaluation evaluation) {
        RiskRegister register = evaluation.adjustments().risks();
        List<SoaRow> rows = new ArrayList<>();
        for (ControlResult cr : fr.controls()) {
            ControlRef ref = new ControlRef(fr.framework().id(), cr.control().id());
            boolean applicable = cr.status() != ControlStatus.NOT_APPLICABLE;
            List<RiskRegister.Risk> risks = register.risksFor(ref);
            List<RiskRegister.Requirement> requirements = register.requirementsFor(ref);
            List<String> services = services(cr, evaluation);
            SoaJustification.Inputs in = new SoaJustification.Inputs(
                    cr,
                    applicable,
                    evaluation.adjustments().overrides().justification(ref),
                    risks,
                    requirements,
                    services,
                    !register.risks().isEmpty() || !register.requirements().isEmpty());
            String implemented = applicable
                    ? Implementation.of(cr, evaluation.summaries(), register.planning(ref))
                            .key()
                    : "";
            rows.add(new SoaRow(
                    cr.control().id(),
                    cr.control().title(),
                    cr.control().theme(),
                    applicable,
                    SoaJustification.of(in),
                    cr.control().responsibility().key(),
                    cr.status(),
                    evidence(cr),
                    implemented,
                    risks.stream().map(RiskRegister.Risk::id).toList(),
                    requirements.stream().map(RiskRegister.Requirement::id).toList(),
                    services));
        }
        return rows;
    }

    /**
     * The AWS services in use that the control's checks concern: those whose evidence (a collector a check reads)
     * shows the service, or whose id is the collector's service prefix ({@code s3.bucket_policies} → {@code s3}).
     */
    static List<String> services(ControlResult cr, Evaluation evaluation) {
        Set<String> collectors = new LinkedHashSet<>();
        for (CheckMapping m : cr.control().mappings()) {
            Check check = evaluation.checks().get(m.check());
            if (check != null) {
                collectors.addAll(check.evidence());
            }
        }
        List<String> out = new ArrayList<>();
        for (ResponsibilityProfile.Entry e : evaluation.profile()) {
            if (e.use() == ResponsibilityProfile.Use.IN_USE && concerns(e.service(), collectors)) {
                out.add(e.service().name());
            }
        }
        return out;
    }

    private static boolean concerns(ServiceModel service, Set<String> collectors) {
        for (String c : collectors) {
            String prefix = c.contains(".") ? c.substring(0, c.indexOf('.')) : c;
            if (prefix.equals(service.id())
                    || service.detect().stream().anyMatch(d -> d.collector().equals(c))) {
                return true;
            }
        }
        return false;
    }

    private static String evidence(ControlResult cr) {
        List<String> parts = new ArrayList<>();
        if (!cr.control().checks().isEmpty()) {
            parts.add(cr.control().checks().size() + " automated check(s)");
        }
        cr.aws()
                .filter(a -> !a.reports().isEmpty())
                .ifPresent(
                        a -> parts.add("AWS attestation: " + a.reports().get(0).name()));
        long docs = cr.manual().stream().filter(m -> !m.expired()).count();
        if (docs > 0) {
            parts.add(docs + " manual document(s)");
        }
        return parts.isEmpty() ? "none yet" : String.join("; ", parts);
    }
}
