package dev.auditpack.report;

import dev.auditpack.framework.ControlRef;
import dev.auditpack.risk.RiskRegister;
import java.util.List;
import java.util.Objects;

/**
 * What a Statement of Applicability states before its rows: its version and approval, and the risk register its
 * justifications cite.
 *
 * @param approval     the SoA's version and approval
 * @param risks        the register's risks, in the file's order
 * @param requirements the register's legal or contractual requirements, in the file's order
 */
public record SoaHeader(SoaApproval approval, List<RiskRow> risks, List<RequirementRow> requirements) {

    /** No register: not approved, nothing cited. */
    public static final SoaHeader NONE = new SoaHeader(SoaApproval.NONE, List.of(), List.of());

    public SoaHeader {
        Objects.requireNonNull(approval);
        risks = List.copyOf(risks);
        requirements = List.copyOf(requirements);
    }

    /**
     * One risk of the register.
     *
     * @param id        its id
     * @param title     what could happen
     * @param treatment {@code modify}, {@code retain}, {@code avoid} or {@code share}
     * @param owner     who owns it, or empty
     * @param controls  the controls that treat it
     * @param planned   those its treatment plan is still putting in place
     * @param due       when they are due ({@code YYYY-MM-DD}), or empty
     */
    public record RiskRow(
            String id,
            String title,
            String treatment,
            String owner,
            List<String> controls,
            List<String> planned,
            String due) {
        public RiskRow {
            controls = List.copyOf(controls);
            planned = List.copyOf(planned);
        }
    }

    /**
     * One legal, regulatory or contractual requirement.
     *
     * @param id       its id
     * @param title    what it is
     * @param controls the controls it requires
     */
    public record RequirementRow(String id, String title, List<String> controls) {
        public RequirementRow {
            controls = List.copyOf(controls);
        }
    }

    /** The header for the framework {@code framework} from the register: only its controls are listed. */
    static SoaHeader of(RiskRegister register, String framework) {
        List<RiskRow> risks = register.risks().stream()
                .map(r -> new RiskRow(
                        r.id(),
                        r.title(),
                        r.treatment().key(),
                        r.owner(),
                        ids(r.controls(), framework),
                        ids(r.planned(), framework),
                        r.due().map(Object::toString).orElse("")))
                .toList();
        List<RequirementRow> requirements = register.requirements().stream()
                .map(r -> new RequirementRow(r.id(), r.title(), ids(r.controls(), framework)))
                .toList();
        return new SoaHeader(SoaApproval.of(register), risks, requirements);
    }

    private static List<String> ids(List<ControlRef> refs, String framework) {
        return refs.stream()
                .filter(c -> c.framework().equals(framework))
                .map(ControlRef::control)
                .toList();
    }
}
