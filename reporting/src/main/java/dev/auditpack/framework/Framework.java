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
 */
public record Framework(String framework, String title, String shortName, String version, String description,
                        List<Control> controls, Boolean statementOfApplicability) {

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
