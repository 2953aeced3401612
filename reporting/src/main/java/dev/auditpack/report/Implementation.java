package dev.auditpack.report;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.evaluation.CheckSummary;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.framework.CheckMapping;
import dev.auditpack.risk.RiskRegister;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an applicable control is implemented, as the Statement of Applicability states it, derived from the
 * control's status (rules in docs/statement-of-applicability.md):
 * <ul>
 *   <li>{@code yes}: SATISFIED, INHERITED, or MANUAL_PROVIDED (shown by the documents);</li>
 *   <li>{@code partly}: not shown as a whole (NOT_SATISFIED, NEEDS_MANUAL_EVIDENCE or GAP) while at least one of its
 *       direct checks passes;</li>
 *   <li>{@code planned}: not shown as a whole, and a risk's treatment plan lists it as planned;</li>
 *   <li>{@code no}: otherwise.</li>
 * </ul>
 */
enum Implementation {
    YES,
    PARTLY,
    NO,
    PLANNED;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Implementation of(ControlResult cr, Map<String, CheckSummary> summaries, Optional<RiskRegister.Risk> plan) {
        switch (cr.status()) {
            case SATISFIED, INHERITED, MANUAL_PROVIDED:
                return YES;
            default:
                break;
        }
        if (plan.isPresent()) {
            return PLANNED;
        }
        for (CheckMapping m : cr.control().mappings()) {
            CheckSummary s = summaries.get(m.check());
            if (m.direct() && s != null && (s.status() == CheckStatus.PASS || s.status() == CheckStatus.ACCEPTED)) {
                return PARTLY;
            }
        }
        return NO;
    }
}
