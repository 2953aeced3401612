package dev.auditpack.evaluation;

import dev.auditpack.framework.Control;
import dev.auditpack.manual.ManualItem;
import dev.auditpack.manual.ManualOutcome;
import java.util.List;
import java.util.Map;

/** Answers the customer's half of a control from its checks and the manual evidence that names it. */
final class CustomerHalf {

    private CustomerHalf() {}

    static CustomerResult of(Control c, Map<String, CheckSummary> summaries, List<ManualItem> manual, int expired) {
        List<CheckSummary> mine = c.checks().stream().map(summaries::get).toList();
        String expiredNote = expired > 0
                ? " " + expired + " manual evidence item(s) expired before the audit period ended and count as missing."
                : "";
        long failing = mine.stream().filter(s -> s.fail() > 0).count();
        if (failing > 0) {
            long resources = mine.stream().mapToLong(CheckSummary::fail).sum();
            return new CustomerResult(
                    ControlStatus.NOT_SATISFIED,
                    mine,
                    failing + " of " + mine.size() + " automated check(s) fail, on " + resources + " resource(s)."
                            + expiredNote);
        }
        List<ManualItem> against = manual.stream()
                .filter(i -> i.outcome().orElse(null) == ManualOutcome.NOT_SATISFIED)
                .toList();
        if (!against.isEmpty()) {
            return new CustomerResult(
                    ControlStatus.NOT_SATISFIED,
                    mine,
                    "Manual evidence shows the control is not operating: "
                            + against.get(0).title() + " (" + against.get(0).reason() + ").");
        }
        List<ManualItem> notApplicable = manual.stream()
                .filter(i -> i.outcome().orElse(null) == ManualOutcome.NOT_APPLICABLE)
                .toList();
        if (!notApplicable.isEmpty()) {
            return new CustomerResult(
                    ControlStatus.NOT_APPLICABLE,
                    mine,
                    "Not applicable, per " + notApplicable.get(0).title() + ": "
                            + notApplicable.get(0).reason());
        }
        long gaps = mine.stream().filter(s -> s.gap() > 0).count();
        if (gaps > 0) {
            return new CustomerResult(
                    ControlStatus.GAP,
                    mine,
                    gaps + " of " + mine.size()
                            + " automated check(s) could not be decided because evidence is missing." + expiredNote);
        }
        // Only direct checks test what the control requires, so only they can make its automated half pass.
        List<CheckSummary> direct =
                c.directChecks().stream().map(summaries::get).toList();
        long passed = direct.stream().mapToLong(CheckSummary::pass).sum();
        long accepted = direct.stream().mapToLong(CheckSummary::accepted).sum();
        String acceptedNote =
                accepted > 0 ? " " + accepted + " failing resource(s) are accepted under exceptions." : "";
        int supporting = mine.size() - direct.size();
        String checksPass = "All " + direct.size() + " direct check(s) pass, on " + passed + " resource(s)."
                + (supporting > 0 ? " " + supporting + " supporting check(s) inform it and do not fail." : "")
                + acceptedNote;
        if (!manual.isEmpty()) {
            String docs = " Manual evidence: " + Evaluator.titles(manual) + ".";
            if (direct.isEmpty() || passed + accepted == 0) {
                return new CustomerResult(
                        ControlStatus.MANUAL_PROVIDED, mine, "Answered by manual evidence." + docs + expiredNote);
            }
            return new CustomerResult(ControlStatus.SATISFIED, mine, checksPass + docs);
        }
        if (mine.isEmpty()) {
            return new CustomerResult(
                    ControlStatus.NEEDS_MANUAL_EVIDENCE,
                    mine,
                    "No automated check covers this control; manual evidence is needed." + expiredNote);
        }
        if (direct.isEmpty()) {
            return new CustomerResult(
                    ControlStatus.NEEDS_MANUAL_EVIDENCE,
                    mine,
                    "Only supporting checks inform this "
                            + "control, and they do not fail; none tests what it requires, so manual evidence is needed."
                            + expiredNote);
        }
        if (passed + accepted == 0) {
            return new CustomerResult(
                    ControlStatus.NEEDS_MANUAL_EVIDENCE,
                    mine,
                    "The direct checks found nothing to evaluate; manual evidence is needed." + expiredNote);
        }
        if (c.checksSuffice()) {
            return new CustomerResult(ControlStatus.SATISFIED, mine, checksPass);
        }
        return new CustomerResult(
                ControlStatus.NEEDS_MANUAL_EVIDENCE,
                mine,
                checksPass + " The rest of the control needs manual evidence." + expiredNote);
    }
}
