package dev.auditpack.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param itemName    what the framework calls its items in the pack: {@code control} (default) or {@code criterion}
 * @param awsAttestation which AWS attestations may evidence its controls' AWS half; needed when any control names one
 * @param categories  the categories its scope is chosen by (SOC 2), or empty when all of it is always in scope
 * @param history     the changes made to the file, oldest first
 * @param grading     how a control that is not satisfied is graded: {@code nonconformities} (major, minor,
 *                    opportunity for improvement, as ISO certification bodies grade) or {@code exceptions}
 *                    (exceptions out of the tested population, as SOC 2 reports them; the default)
 */
public record Framework(
        String framework,
        String title,
        String shortName,
        String version,
        String description,
        List<Control> controls,
        Boolean statementOfApplicability,
        String itemName,
        AttestationRule awsAttestation,
        List<Category> categories,
        List<HistoryEntry> history,
        String grading) {

    /** The grading a framework file gets when it names none. */
    public static final String EXCEPTIONS = "exceptions";
    /** Grading as nonconformities: major, minor, opportunity for improvement. */
    public static final String NONCONFORMITIES = "nonconformities";

    public Framework {
        for (var f : new String[][] {{framework, "framework"}, {title, "title"}, {shortName, "shortName"}}) {
            if (f[0] == null || f[0].isBlank()) {
                throw new IllegalArgumentException(f[1] + " is missing");
            }
        }
        if (!framework.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "framework id '" + framework + "' must be lower-case letters, digits and dashes");
        }
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        statementOfApplicability = Boolean.TRUE.equals(statementOfApplicability);
        grading = grading == null ? EXCEPTIONS : grading;
        if (!grading.equals(EXCEPTIONS) && !grading.equals(NONCONFORMITIES)) {
            throw new IllegalArgumentException(
                    "grading '" + grading + "' is unknown: use " + NONCONFORMITIES + " or " + EXCEPTIONS);
        }
        itemName = itemName == null || itemName.isBlank() ? "control" : itemName.strip();
        categories = categories == null ? List.of() : List.copyOf(categories);
        history = history == null ? List.of() : List.copyOf(history);
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
        for (Control c : controls) {
            for (AttestationSelector s : c.attestations()) {
                if (awsAttestation == null) {
                    throw new IllegalArgumentException("control " + c.id() + " names attestation " + s.label()
                            + " but the framework has no awsAttestation rule saying which attestations it accepts");
                }
                if (!awsAttestation.allows(s)) {
                    throw new IllegalArgumentException("control " + c.id() + " names attestation " + s.label()
                            + ", which this framework does not accept (accepts: "
                            + String.join(
                                    ", ",
                                    awsAttestation.accepts().stream()
                                            .map(AttestationSelector::label)
                                            .toList())
                            + ")");
                }
            }
        }
        Set<String> categoryIds = categories.stream().map(Category::id).collect(Collectors.toSet());
        if (!categories.isEmpty()) {
            if (categories.stream().noneMatch(Category::always)) {
                throw new IllegalArgumentException("categories: none is marked always: true");
            }
            for (Control c : controls) {
                if (c.category() == null || !categoryIds.contains(c.category())) {
                    throw new IllegalArgumentException("control " + c.id() + " has category '" + c.category()
                            + "', which is not one of "
                            + String.join(", ", categoryIds.stream().sorted().toList()));
                }
            }
        }
    }

    /** A framework as older code builds it: controls, no attestation rule, categories or history. */
    public Framework(
            String framework,
            String title,
            String shortName,
            String version,
            String description,
            List<Control> controls,
            Boolean statementOfApplicability) {
        this(
                framework,
                title,
                shortName,
                version,
                description,
                controls,
                statementOfApplicability,
                null,
                null,
                null,
                null,
                null);
    }

    public String id() {
        return framework;
    }

    /** The same framework with other controls. */
    public Framework withControls(List<Control> other) {
        return new Framework(
                framework,
                title,
                shortName,
                version,
                description,
                other,
                statementOfApplicability,
                itemName,
                awsAttestation,
                categories,
                history,
                grading);
    }

    /** The attestation rule, if the framework has one. */
    public Optional<AttestationRule> attestationRule() {
        return Optional.ofNullable(awsAttestation);
    }

    /** The category with this id, if the framework has it. */
    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
