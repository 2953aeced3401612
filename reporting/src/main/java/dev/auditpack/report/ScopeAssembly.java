package dev.auditpack.report;

import dev.auditpack.evaluation.AttestationResult;
import dev.auditpack.evaluation.BridgeLetter;
import dev.auditpack.evaluation.CheckSummary;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.ControlStatus;
import dev.auditpack.evaluation.Evaluation;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.framework.AuditScope;
import dev.auditpack.framework.Category;
import dev.auditpack.framework.ComplementaryControls;
import dev.auditpack.profile.AttestationServices;
import dev.auditpack.profile.ResponsibilityProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the scope parts of the report model: the scope section, CUECs, service coverage, per-control scope. */
final class ScopeAssembly {

    /** From weakest to strongest, for a CUEC's status; NOT_APPLICABLE counts only when nothing else is left. */
    private static final List<ControlStatus> WEAKEST_FIRST = List.of(
            ControlStatus.NOT_SATISFIED,
            ControlStatus.GAP,
            ControlStatus.NEEDS_MANUAL_EVIDENCE,
            ControlStatus.MANUAL_PROVIDED,
            ControlStatus.SATISFIED,
            ControlStatus.INHERITED,
            ControlStatus.NOT_APPLICABLE);

    private ScopeAssembly() {}

    static ReportModel.ControlScopeRow control(ControlResult cr) {
        return new ReportModel.ControlScopeRow(
                cr.scope().outOfScope(),
                cr.scope().designOnly(),
                cr.scope().note(),
                cr.aws()
                        .flatMap(AttestationResult::bridge)
                        .map(BridgeLetter::label)
                        .orElse(""),
                cr.aws().map(AttestationResult::uncoveredServices).orElse(List.of()));
    }

    static int outOfScope(FrameworkResult fr) {
        return (int) fr.controls().stream().filter(c -> c.scope().outOfScope()).count();
    }

    static ReportModel.ScopeSection section(Evaluation evaluation) {
        AuditScope scope = evaluation.adjustments().scope();
        Set<String> categories = new LinkedHashSet<>();
        evaluation
                .frameworks()
                .forEach(fr -> scope.chosen(fr.framework()).stream()
                        .map(Category::title)
                        .forEach(categories::add));
        ComplementaryControls cuecs = evaluation.adjustments().cuecs();
        List<ReportModel.CuecRow> rows =
                cuecs.entries().stream().map(e -> cuec(e, evaluation)).toList();
        AttestationServices lists = AttestationServices.shipped();
        List<ReportModel.ServiceScopeRow> services = new ArrayList<>();
        for (ResponsibilityProfile.Entry e : evaluation.profile()) {
            if (e.use() == ResponsibilityProfile.Use.IN_USE) {
                services.add(new ReportModel.ServiceScopeRow(
                        e.service().id(),
                        e.service().name(),
                        lists.attestations().stream()
                                .filter(s -> !s.services().contains(e.service().id()))
                                .map(s -> s.series() + " / " + s.name())
                                .toList()));
            }
        }
        return new ReportModel.ScopeSection(
                scope.soc2Type(),
                List.copyOf(categories),
                scope.premisesInScope(),
                scope.premisesInScope()
                        ? "The organisation's own premises are in the scope of its ISMS: each physical "
                                + "control is shared, AWS's data centres inherited from AWS's attestations and the "
                                + "organisation's premises evidenced by its own documents."
                        : AuditScope.NO_PREMISES,
                rows,
                cuecs.source() + (cuecs.asOf().isBlank() ? "" : " (" + cuecs.asOf() + ")"),
                services,
                lists.source().strip() + ", as of " + lists.asOf());
    }

    private static ReportModel.CuecRow cuec(ComplementaryControls.Entry e, Evaluation evaluation) {
        Map<String, ControlResult> byRef = evaluation.frameworks().stream()
                .flatMap(fr -> fr.controls().stream()
                        .map(c -> Map.entry(
                                fr.framework().id() + ":" + c.control().id(), c)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<String, String> shortNames = evaluation.frameworks().stream()
                .collect(Collectors.toMap(
                        fr -> fr.framework().id(), fr -> fr.framework().shortName(), (a, b) -> a));
        List<String> controls = new ArrayList<>();
        ControlStatus weakest = ControlStatus.NOT_APPLICABLE;
        for (String ref : e.controls()) {
            ControlResult r = byRef.get(ref);
            if (r == null) {
                continue;
            }
            String fw = ref.substring(0, ref.indexOf(':'));
            controls.add(shortNames.getOrDefault(fw, fw) + " " + r.control().id() + ": "
                    + r.status().name() + (r.scope().outOfScope() ? " (out of scope)" : ""));
            if (!r.scope().outOfScope() && WEAKEST_FIRST.indexOf(r.status()) < WEAKEST_FIRST.indexOf(weakest)) {
                weakest = r.status();
            }
        }
        List<String> checks = new ArrayList<>();
        for (String id : e.checks()) {
            CheckSummary s = evaluation.summaries().get(id);
            checks.add(id + ": "
                    + (s == null
                            ? "not run"
                            : s.status().name() + " (" + s.fail() + " failing of "
                                    + (s.pass() + s.fail() + s.accepted()) + ")"));
            if (s != null && s.fail() > 0) {
                weakest = ControlStatus.NOT_SATISFIED;
            }
        }
        return new ReportModel.CuecRow(e.id(), e.text(), weakest, controls, checks);
    }
}
