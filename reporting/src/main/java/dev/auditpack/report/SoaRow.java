package dev.auditpack.report;

import dev.auditpack.evaluation.ControlStatus;
import java.util.List;

/**
 * One row of a Statement of Applicability.
 *
 * @param id             control id
 * @param title          auditpack's title
 * @param theme          theme
 * @param applicable     whether the control is applicable
 * @param justification  why it is included or excluded
 * @param responsibility who operates it
 * @param status         the control's status in this pack
 * @param evidence       what it rests on, in a few words
 * @param implemented    {@code yes}, {@code partly}, {@code no} or {@code planned} (rules in
 *                       docs/statement-of-applicability.md); empty for an excluded control
 * @param risks          ids of the risks in the register whose treatment selects it
 * @param requirements   ids of the legal or contractual requirements that require it
 * @param services       AWS services in use that its checks concern
 */
public record SoaRow(
        String id,
        String title,
        String theme,
        boolean applicable,
        String justification,
        String responsibility,
        ControlStatus status,
        String evidence,
        String implemented,
        List<String> risks,
        List<String> requirements,
        List<String> services) {
    public SoaRow {
        implemented = implemented == null ? "" : implemented;
        risks = List.copyOf(risks);
        requirements = List.copyOf(requirements);
        services = List.copyOf(services);
    }

    /** A row without links to the risk register. */
    public SoaRow(
            String id,
            String title,
            String theme,
            boolean applicable,
            String justification,
            String responsibility,
            ControlStatus status,
            String evidence) {
        this(
                id,
                title,
                theme,
                applicable,
                justification,
                responsibility,
                status,
                evidence,
                "",
                List.of(),
                List.of(),
                List.of());
    }
}
