package dev.auditpack.evaluation;

import dev.auditpack.exemption.Exemptions;
import dev.auditpack.framework.FrameworkOverrides;
import dev.auditpack.manual.ManualEvidence;
import java.util.Objects;

/**
 * What the user adds to the collected evidence: manual evidence, exceptions, and changes to controls.
 *
 * @param manual     manual evidence documents
 * @param exemptions accepted findings and not-applicable controls
 * @param overrides  changes to shipped controls (already applied to the frameworks; kept for justifications)
 */
public record Adjustments(ManualEvidence manual, Exemptions exemptions, FrameworkOverrides overrides) {
    public Adjustments {
        Objects.requireNonNull(manual);
        Objects.requireNonNull(exemptions);
        Objects.requireNonNull(overrides);
    }

    public static Adjustments none() {
        return new Adjustments(ManualEvidence.none(), Exemptions.none(), FrameworkOverrides.none());
    }
}
