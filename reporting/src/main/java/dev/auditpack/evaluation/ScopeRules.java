package dev.auditpack.evaluation;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.framework.AuditScope;
import dev.auditpack.framework.Category;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.Responsibility;
import java.time.Instant;
import java.util.List;

/**
 * Applies the audit's scope to a control's answer: criteria outside the SOC 2 categories chosen are out of scope;
 * under SOC 2 Type 2 a criterion about operation over time is never satisfied by one snapshot; physical controls
 * say whose premises they cover.
 */
final class ScopeRules {

    private ScopeRules() {}

    static ControlResult apply(ControlResult r, Framework f, AuditScope scope, AuditPeriod period, Instant snapshot) {
        Control c = r.control();
        if (!scope.inScope(f, c)) {
            String chosen = String.join(
                    ", ", scope.chosen(f).stream().map(Category::title).toList());
            String category = f.category(c.category()).map(Category::title).orElse(c.category());
            String note = "Out of scope: the " + category + " category is not among the " + f.shortName()
                    + " categories examined (" + chosen + "), so this " + f.itemName() + " is not examined and is "
                    + "not open work.";
            return r.scoped(ControlStatus.NOT_APPLICABLE, note, new ControlScope(true, false, note));
        }
        if (c.premises()) {
            String note = scope.premisesInScope() && c.responsibility() == Responsibility.SHARED
                    ? "Premises: AWS's data centres are inherited from AWS's attestations; the organisation's own "
                            + "premises in scope (offices, any server rooms) need its own evidence."
                    : !scope.premisesInScope() && c.responsibility() == Responsibility.INHERITED
                            ? AuditScope.NO_PREMISES
                            : "";
            if (!note.isEmpty()) {
                return r.scoped(r.status(), note + " " + r.reason(), new ControlScope(false, false, note));
            }
        }
        if (scope.overTime(f, c) && r.status() == ControlStatus.SATISFIED) {
            boolean documents = r.manual().stream().anyMatch(m -> !m.expired());
            String note = "Design evidenced at a point in time (the snapshot of " + snapshot + "); SOC 2 Type 2 needs "
                    + "evidence that it operated throughout " + period.start() + " – " + period.end()
                    + ", which one snapshot cannot give"
                    + (documents ? ", so the answer rests on the documents given." : ": that evidence is missing.");
            return r.scoped(
                    documents ? ControlStatus.MANUAL_PROVIDED : ControlStatus.NEEDS_MANUAL_EVIDENCE,
                    note + " " + r.reason(),
                    new ControlScope(false, true, note));
        }
        return r;
    }

    /** Bridge letters the user gave for a framework, unexpired at the end of the period. */
    static List<BridgeLetter> userLetters(Framework f, Adjustments adjustments, AuditPeriod period) {
        return adjustments.manual().items().stream()
                .filter(i ->
                        i.bridge().isPresent() && i.bridge().get().framework().equals(f.id()))
                .filter(i -> !i.expiredBy(period.end()))
                .map(i -> new BridgeLetter(
                        i.title(), i.bridge().get().from(), i.bridge().get().to(), "manual/" + i.file(), true))
                .toList();
    }
}
