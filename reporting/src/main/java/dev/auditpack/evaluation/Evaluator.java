package dev.auditpack.evaluation;

import dev.auditpack.check.Check;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.exemption.Exemption;
import dev.auditpack.exemption.Exemptions;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.ControlRef;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.Responsibility;
import dev.auditpack.manual.ManualItem;
import dev.auditpack.profile.ResponsibilityProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Runs the checks over a locker and answers every control of every framework. */
public final class Evaluator {

    private Evaluator() {}

    public static Evaluation evaluate(
            EvidenceSet evidence, List<Framework> frameworks, List<Check> checks, Adjustments adjustments) {
        FindingStore findings = new FindingStore();
        FindingSink sink = accepting(findings, adjustments.exemptions());
        ResponsibilityProfile.Tally profile = new ResponsibilityProfile.Tally(ResponsibilityProfile.shipped());
        // Account by account, so only one account's documents are parsed and held at a time.
        for (String account : evidence.accounts()) {
            EvidenceSet view = evidence.forAccount(account);
            for (Check check : checks) {
                check.evaluate(view, sink);
            }
            profile.add(view);
        }
        Map<String, CheckSummary> summaries = findings.summarise(checks);
        Map<String, String> inUse = new LinkedHashMap<>();
        profile.entries().stream()
                .filter(e -> e.use() == ResponsibilityProfile.Use.IN_USE)
                .forEach(e -> inUse.put(e.service().id(), e.service().name()));
        Attestations attestations =
                Attestations.read(evidence).withServices(inUse, dev.auditpack.profile.AttestationServices.shipped());
        LocalDate periodEnd = evidence.index().period().end();
        List<FrameworkResult> results = new ArrayList<>();
        for (Framework f : frameworks) {
            List<ControlResult> controls = new ArrayList<>();
            List<BridgeLetter> letters =
                    ScopeRules.userLetters(f, adjustments, evidence.index().period());
            for (Control c : f.controls()) {
                ControlRef ref = new ControlRef(f.id(), c.id());
                List<ManualUse> manual = adjustments.manual().items().stream()
                        .filter(i -> i.controls().contains(ref))
                        .map(i -> new ManualUse(i, i.expiredBy(periodEnd)))
                        .toList();
                controls.add(ScopeRules.apply(
                        answer(
                                f,
                                c,
                                summaries,
                                findings,
                                attestations,
                                manual,
                                adjustments.exemptions().notApplicable(ref),
                                letters),
                        f,
                        adjustments.scope(),
                        evidence.index().period(),
                        evidence.index().finishedAt()));
            }
            results.add(new FrameworkResult(f, controls));
        }
        Map<String, Check> byId = new LinkedHashMap<>();
        checks.forEach(c -> byId.put(c.id(), c));
        return new Evaluation(
                evidence.index(),
                results,
                byId,
                summaries,
                findings,
                attestations.reports(),
                adjustments,
                profile.entries());
    }

    /** Turns failures an active exception accepts into ACCEPTED findings that say which exception. */
    private static FindingSink accepting(FindingStore store, Exemptions exemptions) {
        return f -> store.add(exemptions
                .acceptance(f)
                .map(e -> {
                    store.accepted(e.id());
                    return new Finding(
                            f.checkId(),
                            CheckStatus.ACCEPTED,
                            f.account(),
                            f.region(),
                            f.resource(),
                            f.reason() + " Accepted under exception " + e.describe(),
                            f.evidence());
                })
                .orElse(f));
    }

    static ControlResult answer(
            Framework f,
            Control c,
            Map<String, CheckSummary> summaries,
            FindingStore findings,
            Attestations attestations,
            List<ManualUse> manual,
            Optional<Exemption> notApplicable,
            List<BridgeLetter> letters) {
        Optional<AttestationResult> aws = attestations.evaluate(c.attestations(), f.attestationRule(), letters);
        List<ManualItem> valid =
                manual.stream().filter(m -> !m.expired()).map(ManualUse::item).toList();
        Optional<CustomerResult> customer = c.responsibility() == Responsibility.INHERITED
                ? Optional.empty()
                : Optional.of(CustomerHalf.of(c, summaries, valid, manual.size() - valid.size()));
        TreeSet<String> evidence = new TreeSet<>();
        c.checks().forEach(id -> evidence.addAll(findings.evidenceOf(id)));
        aws.ifPresent(a -> a.reports().forEach(r -> evidence.add(r.path())));
        aws.flatMap(AttestationResult::bridge).filter(b -> !b.manual()).ifPresent(b -> evidence.add(b.source()));

        if (notApplicable.isPresent()) {
            return new ControlResult(
                    f.id(),
                    c,
                    ControlStatus.NOT_APPLICABLE,
                    "Declared not applicable under exception "
                            + notApplicable.get().describe(),
                    aws,
                    customer,
                    List.copyOf(evidence),
                    manual,
                    notApplicable);
        }
        ControlStatus status;
        String reason;
        switch (c.responsibility()) {
            case INHERITED -> {
                AttestationResult a = aws.orElseThrow();
                status = switch (a.status()) {
                    case COVERED -> ControlStatus.INHERITED;
                    case GAP -> ControlStatus.GAP;
                    case BRIDGE_LETTER_NEEDED, NOT_COVERED, SERVICES_NOT_COVERED, NOT_FOUND ->
                        valid.isEmpty() ? ControlStatus.NEEDS_MANUAL_EVIDENCE : ControlStatus.MANUAL_PROVIDED;
                };
                reason = a.reason()
                        + (status == ControlStatus.MANUAL_PROVIDED
                                ? " Manual evidence provided: " + titles(valid) + "."
                                : "");
            }
            case CUSTOMER -> {
                CustomerResult mine = customer.orElseThrow();
                status = mine.status();
                reason = mine.reason();
            }
            default -> {
                AttestationResult a = aws.orElseThrow();
                CustomerResult mine = customer.orElseThrow();
                status = shared(a.status(), mine.status());
                reason = "AWS's part: " + a.reason() + " Your part: " + mine.reason();
            }
        }
        return new ControlResult(
                f.id(), c, status, reason, aws, customer, List.copyOf(evidence), manual, Optional.empty());
    }

    private static ControlStatus shared(AttestationStatus aws, ControlStatus mine) {
        if (mine == ControlStatus.NOT_SATISFIED || mine == ControlStatus.NOT_APPLICABLE) {
            return mine;
        }
        if (mine == ControlStatus.GAP || aws == AttestationStatus.GAP) {
            return ControlStatus.GAP;
        }
        if (aws != AttestationStatus.COVERED) {
            return ControlStatus.NEEDS_MANUAL_EVIDENCE;
        }
        return mine;
    }

    static String titles(List<ManualItem> items) {
        return String.join("; ", items.stream().map(ManualItem::title).toList());
    }
}
