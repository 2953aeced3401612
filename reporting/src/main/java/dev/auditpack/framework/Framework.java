package dev.auditpack.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A control framework read from its data file.
 *
 * @param framework   id, e.g. {@code iso27001-2022}
 * @param title       full title, e.g. {@code ISO/IEC 27001:2022 Annex A}
 * @param shortName   short name for tables and sheet names, e.g. {@code ISO 27001}
 * @param version     edition of the standard
 * @param description what the file covers
 * @param controls    every control, in the standard's order
 * @param statementOfApplicability whether the pack includes a Statement of Applicability for it (ISO 27001)
 * @param grading     how a control that is not satisfied is graded: {@code nonconformities} (major, minor,
 *                    opportunity for improvement, as ISO certification bodies grade) or {@code exceptions}
 *                    (exceptions out of the tested population, as SOC 2 reports them; the default)
 */
public record Framework(String framework, String title, String shortName, String version, String description,
                        List<Control> controls, Boolean statementOfApplicability, String grading) {

    /** The grading a framework file gets when it names none. */
    public static final String EXCEPTIONS = "exceptions";
    /** Grading as nonconformities: major, minor, opportunity for improvement. */
    public static final String NONCONFORMITIES = "nonconformities";

    /** A framework graded by exceptions. */
    public Framework(String framework, String title, String shortName, String version, String description,
                     List<Control> controls, Boolean statementOfApplicability) {
        this(framework, title, shortName, version, description, controls, statementOfApplicability, null);
    }

    public Framework {
        for (var f : new String[][] {{framework, "framework"}, {title, "title"}, {shortName, "shortName"}}) {
            if (f[0] == null || f[0].isBlank()) {
                throw new IllegalArgumentException(f[1] + " is missing");
            }
        }
        if (!framework.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("framework id '" + framework + "' must be lower-case letters, digits and dashes");
        }
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        statementOfApplicability = Boolean.TRUE.equals(statementOfApplicability);
        grading = grading == null ? EXCEPTIONS : grading;
        if (!grading.equals(EXCEPTIONS) && !grading.equals(NONCONFORMITIES)) {
            throw new IllegalArgumentException("grading '" + grading + "' is unknown: use " + NONCONFORMITIES + " or "
                    + EXCEPTIONS);
        }
        controls = List.copyOf(Objects.requireNonNull(controls, "controls is missing"));
        if (controls.isEmpty()) {
            throw new IllegalArgumentException("controls is empty");
        }
        Set<String> seen = new HashSet<>();
        for (Control c : controls) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("control " + c.id() + " is listed twice");
            }
        }
    }

    public String id() {
        return framework;
    }
}
