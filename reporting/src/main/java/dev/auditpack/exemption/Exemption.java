package dev.auditpack.exemption;

import dev.auditpack.check.Finding;
import dev.auditpack.check.Glob;
import dev.auditpack.framework.ControlRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One exception: either a risk acceptance for a check's failing resources, or a control declared not
 * applicable. Both stay visible in the pack; neither is ever silently dropped.
 *
 * @param id        the user's reference, e.g. {@code EX-12}
 * @param check     the check whose failures are accepted (risk acceptance), or empty
 * @param resource  resource ARN or glob ({@code *} matches any run of characters) the acceptance covers
 * @param account   account the acceptance is limited to, or empty for all
 * @param control   the control declared not applicable, or empty
 * @param reason    why
 * @param approver  who approved it
 * @param approved  when it was approved
 * @param expires   the last day it applies
 */
public record Exemption(
        String id,
        Optional<String> check,
        String resource,
        Optional<String> account,
        Optional<ControlRef> control,
        String reason,
        String approver,
        LocalDate approved,
        LocalDate expires) {
    public Exemption {
        Objects.requireNonNull(id);
        Objects.requireNonNull(check);
        resource = resource == null ? "*" : resource;
        Objects.requireNonNull(account);
        Objects.requireNonNull(control);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(approver);
        Objects.requireNonNull(approved);
        Objects.requireNonNull(expires);
    }

    /** True for a risk acceptance of findings, false for a not-applicable control. */
    public boolean acceptsFindings() {
        return check.isPresent();
    }

    /** True when it still applies on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !expires.isBefore(day);
    }

    /** True when this acceptance covers the finding; {@code resource} is this acceptance's pattern, compiled. */
    boolean covers(Finding f, Glob resource) {
        return check.isPresent()
                && check.get().equals(f.checkId())
                && account.map(a -> a.equals(f.account())).orElse(true)
                && resource.matches(f.resource());
    }

    /** One line for the pack: {@code EX-12, approved by J. Doe on 2026-10-01, until 2027-03-31: reason}. */
    public String describe() {
        return id + ", approved by " + approver + " on " + approved + ", until " + expires + ": " + reason;
    }
}
