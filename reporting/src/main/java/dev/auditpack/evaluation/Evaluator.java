package dev.auditpack.evaluation;

import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.Responsibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Runs the checks over a locker and answers every control of every framework. */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(EvidenceSet evidence, List<Framework> frameworks, List<Check> checks) {
        FindingStore findings = new FindingStore();
        for (Check check : checks) {
            check.evaluate(evidence, findings);
        }
        Map<String, CheckSummary> summaries = findings.summarise(checks);
        Attestations attestations = Attestations.read(evidence);
        List<FrameworkResult> results = new ArrayList<>();
        for (Framework f : frameworks) {
            List<ControlResult> controls = new ArrayList<>();
            for (Control c : f.controls()) {
                controls.add(answer(f, c, summaries, findings, attestations));
            }
            results.add(new FrameworkResult(f, controls));
        }
        Map<String, Check> byId = new LinkedHashMap<>();
        checks.forEach(c -> byId.put(c.id(), c));
        return new Evaluation(evidence.index(), results, byId, summaries, findings, attestations.reports());
    }

    static ControlResult answer(Framework f, Control c, Map<String, CheckSummary> summaries, FindingStore findings,
                                Attestations attestations) {
        Optional<AttestationResult> aws = attestations.evaluate(c.attestations());
        Optional<CustomerResult> customer = c.responsibility() == Responsibility.INHERITED
                ? Optional.empty() : Optional.of(customerHalf(c, summaries));
        TreeSet<String> evidence = new TreeSet<>();
        c.checks().forEach(id -> evidence.addAll(findings.evidenceOf(id)));
        aws.ifPresent(a -> a.reports().forEach(r -> evidence.add(r.path())));

        ControlStatus status;
        String reason;
        switch (c.responsibility()) {
            case INHERITED -> {
                AttestationResult a = aws.orElseThrow();
                status = switch (a.status()) {
                    case COVERED -> ControlStatus.INHERITED;
                    case GAP -> ControlStatus.GAP;
                    case BRIDGE_LETTER_NEEDED, NOT_FOUND -> ControlStatus.NEEDS_MANUAL_EVIDENCE;
                };
                reason = a.reason();
            }
            case CUSTOMER -> {
                CustomerResult mine = customer.orElseThrow();
                status = mine.status();
                reason = mine.reason();
            }
            default -> {
                AttestationResult a = aws.orElseThrow();
                CustomerResult mine = customer.orElseThrow();
                if (mine.status() == ControlStatus.NOT_SATISFIED) {
                    status = ControlStatus.NOT_SATISFIED;
                } else if (mine.status() == ControlStatus.GAP || a.status() == AttestationStatus.GAP) {
                    status = ControlStatus.GAP;
                } else if (mine.status() == ControlStatus.SATISFIED && a.status() == AttestationStatus.COVERED) {
                    status = ControlStatus.SATISFIED;
                } else {
                    status = ControlStatus.NEEDS_MANUAL_EVIDENCE;
                }
                reason = "AWS's part: " + a.reason() + " Your part: " + mine.reason();
            }
        }
        return new ControlResult(f.id(), c, status, reason, aws, customer, List.copyOf(evidence));
    }

    static CustomerResult customerHalf(Control c, Map<String, CheckSummary> summaries) {
        List<CheckSummary> mine = c.checks().stream().map(summaries::get).toList();
        if (mine.isEmpty()) {
            return new CustomerResult(ControlStatus.NEEDS_MANUAL_EVIDENCE, mine,
                    "No automated check covers this control; manual evidence is needed.");
        }
        long failing = mine.stream().filter(s -> s.fail() > 0).count();
        long failedResources = mine.stream().mapToLong(CheckSummary::fail).sum();
        if (failing > 0) {
            return new CustomerResult(ControlStatus.NOT_SATISFIED, mine, failing + " of " + mine.size()
                    + " automated check(s) fail, on " + failedResources + " resource(s).");
        }
        long gaps = mine.stream().filter(s -> s.gap() > 0).count();
        if (gaps > 0) {
            return new CustomerResult(ControlStatus.GAP, mine, gaps + " of " + mine.size()
                    + " automated check(s) could not be decided because evidence is missing.");
        }
        long passed = mine.stream().mapToLong(CheckSummary::pass).sum();
        if (passed == 0) {
            return new CustomerResult(ControlStatus.NEEDS_MANUAL_EVIDENCE, mine,
                    "The automated checks found nothing to evaluate; manual evidence is needed.");
        }
        if (c.checksSuffice()) {
            return new CustomerResult(ControlStatus.SATISFIED, mine, "All " + mine.size()
                    + " automated check(s) pass, on " + passed + " resource(s).");
        }
        return new CustomerResult(ControlStatus.NEEDS_MANUAL_EVIDENCE, mine, "All " + mine.size()
                + " automated check(s) pass, on " + passed + " resource(s); the rest of the control needs manual evidence.");
    }
}
