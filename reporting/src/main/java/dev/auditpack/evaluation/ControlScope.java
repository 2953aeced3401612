package dev.auditpack.evaluation;

import java.util.Objects;

/**
 * What the audit's scope did to a control's answer: left out of the SOC 2 categories examined, judged on its
 * design only because one snapshot cannot show operation over a period, or a note on premises.
 *
 * @param outOfScope true when the control is outside the categories chosen, so not examined and not open work
 * @param designOnly true when the checks evidence the design at the snapshot's time and evidence over the period
 *                   is missing (SOC 2 Type 2)
 * @param note       one sentence for the pack, or empty
 */
public record ControlScope(boolean outOfScope, boolean designOnly, String note) {
    /** Nothing to say. */
    public static final ControlScope NONE = new ControlScope(false, false, "");

    public ControlScope {
        Objects.requireNonNull(note);
    }
}
