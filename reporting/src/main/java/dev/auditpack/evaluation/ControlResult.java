package dev.auditpack.evaluation;

import dev.auditpack.framework.Control;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one control of one framework.
 *
 * @param framework framework id
 * @param control   the control as the framework file defines it
 * @param status    the overall answer
 * @param reason    one sentence saying why
 * @param aws       AWS's half, for inherited and shared controls
 * @param customer  the customer's half, for shared and customer controls
 * @param evidence  locker paths of every evidence file the answer rests on, sorted
 * @param manual    manual evidence documents naming this control, expired ones included and marked
 * @param notApplicable the exception declaring the control not applicable, if one is active
 * @param scope     what the audit's scope did to the answer (out of scope, design only, premises)
 */
public record ControlResult(
        String framework,
        Control control,
        ControlStatus status,
        String reason,
        Optional<AttestationResult> aws,
        Optional<CustomerResult> customer,
        List<String> evidence,
        List<ManualUse> manual,
        Optional<dev.auditpack.exemption.Exemption> notApplicable,
        ControlScope scope) {
    public ControlResult {
        Objects.requireNonNull(framework);
        Objects.requireNonNull(control);
        Objects.requireNonNull(status);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(aws);
        Objects.requireNonNull(customer);
        evidence = evidence.stream().sorted().distinct().toList();
        manual = List.copyOf(manual);
        Objects.requireNonNull(notApplicable);
        scope = scope == null ? ControlScope.NONE : scope;
    }

    /** A result the audit's scope did not change. */
    public ControlResult(
            String framework,
            Control control,
            ControlStatus status,
            String reason,
            Optional<AttestationResult> aws,
            Optional<CustomerResult> customer,
            List<String> evidence,
            List<ManualUse> manual,
            Optional<dev.auditpack.exemption.Exemption> notApplicable) {
        this(framework, control, status, reason, aws, customer, evidence, manual, notApplicable, ControlScope.NONE);
    }

    /** The same result with another status, reason and scope note. */
    public ControlResult scoped(ControlStatus newStatus, String newReason, ControlScope newScope) {
        return new ControlResult(
                framework, control, newStatus, newReason, aws, customer, evidence, manual, notApplicable, newScope);
    }
}
