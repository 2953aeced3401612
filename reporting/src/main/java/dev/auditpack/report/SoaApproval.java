package dev.auditpack.report;

import dev.auditpack.risk.RiskRegister;
import java.util.Objects;

/**
 * The version and approval of a Statement of Applicability, as the risk register states them.
 *
 * @param version    the SoA's version, or empty when the register gives none
 * @param approvedBy who approved it, or empty
 * @param approvedOn when ({@code YYYY-MM-DD}), or empty
 * @param approved   true only when both who and when are given
 * @param statement  the sentence printed on the SoA's header
 */
public record SoaApproval(String version, String approvedBy, String approvedOn, boolean approved, String statement) {

    /** No approval: what a pack says when the risk register gives none, or no register was given. */
    public static final SoaApproval NONE = new SoaApproval(
            "",
            "",
            "",
            false,
            "This Statement of Applicability is not approved: no risk register with an approval (soa: version, "
                    + "approvedBy, approvedOn) was given.");

    public SoaApproval {
        Objects.requireNonNull(version);
        Objects.requireNonNull(approvedBy);
        Objects.requireNonNull(approvedOn);
        Objects.requireNonNull(statement);
    }

    /** The approval the register gives, or {@link #NONE}. */
    static SoaApproval of(RiskRegister register) {
        return register.approval()
                .map(a -> {
                    String on = a.approvedOn().map(Object::toString).orElse("");
                    String statement = a.approved()
                            ? "Version " + a.version() + ", approved by " + a.approvedBy() + " on " + on + "."
                            : "Version " + a.version()
                                    + ", not approved: the risk register names no approver and date.";
                    return new SoaApproval(a.version(), a.approvedBy(), on, a.approved(), statement);
                })
                .orElse(NONE);
    }
}
