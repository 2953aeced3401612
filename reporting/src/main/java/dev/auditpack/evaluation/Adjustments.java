package dev.auditpack.evaluation;

import dev.auditpack.exemption.Exemptions;
import dev.auditpack.framework.FrameworkOverrides;
import dev.auditpack.manual.ManualEvidence;
import dev.auditpack.risk.RiskRegister;
import java.util.Objects;

/**
 * What the user adds to the collected evidence: manual evidence, exceptions, changes to controls and the risk register.
 *
 * @param manual     manual evidence documents
 * @param exemptions accepted findings and not-applicable controls
 * @param overrides  changes to shipped controls (already applied to the frameworks; kept for justifications)
 * @param scope      SOC 2 categories and type, and whether the organisation's premises are in scope
 * @param cuecs      the complementary user entity controls AWS expects of its customers
 * @param risks      the risk register: risks and requirements that select controls, and the SoA's approval
 */
public record Adjustments(
        ManualEvidence manual,
        Exemptions exemptions,
        FrameworkOverrides overrides,
        dev.auditpack.framework.AuditScope scope,
        dev.auditpack.framework.ComplementaryControls cuecs,
        RiskRegister risks) {
    public Adjustments {
        risks = risks == null ? RiskRegister.none() : risks;
        Objects.requireNonNull(manual);
        Objects.requireNonNull(exemptions);
        Objects.requireNonNull(overrides);
        scope = scope == null ? dev.auditpack.framework.AuditScope.defaults() : scope;
        cuecs = cuecs == null ? dev.auditpack.framework.ComplementaryControls.none() : cuecs;
    }

    /** The user's additions without a risk register. */
    public Adjustments(
            ManualEvidence manual,
            Exemptions exemptions,
            FrameworkOverrides overrides,
            dev.auditpack.framework.AuditScope scope,
            dev.auditpack.framework.ComplementaryControls cuecs) {
        this(manual, exemptions, overrides, scope, cuecs, null);
    }

    /** The user's additions under the default scope. */
    public Adjustments(ManualEvidence manual, Exemptions exemptions, FrameworkOverrides overrides) {
        this(manual, exemptions, overrides, null, null);
    }

    public static Adjustments none() {
        return new Adjustments(ManualEvidence.none(), Exemptions.none(), FrameworkOverrides.none());
    }
}
