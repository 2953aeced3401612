package dev.auditpack.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the user's audit covers beyond the frameworks themselves: which SOC 2 categories are examined, whether the
 * SOC 2 examination is Type 1 (design at a point in time) or Type 2 (operation over the period), and whether the
 * organisation's own premises are in its ISMS scope.
 *
 * @param soc2Type         1 or 2
 * @param categories       the categories chosen (ids, lower case); categories marked always are added by frameworks
 * @param premisesInScope  false when no premises of the organisation are in scope, so physical controls are AWS's alone
 */
public record AuditScope(int soc2Type, Set<String> categories, boolean premisesInScope) {

    /** The sentence printed with each physical control when no premises of the organisation are in scope. */
    public static final String NO_PREMISES = "No premises of the organisation are in the scope of its ISMS "
            + "(--no-premises): its information is processed only in AWS's data centres, so this physical control "
            + "is inherited from AWS's attestations.";

    public AuditScope {
        if (soc2Type != 1 && soc2Type != 2) {
            throw new IllegalArgumentException("SOC 2 type must be 1 or 2, not " + soc2Type);
        }
        categories = Set.copyOf(categories);
    }

    /** The categories examined when the user names none: Security, which SOC 2 always examines. */
    public static final String DEFAULT_CATEGORIES = "security";

    /** The defaults: SOC 2 Type 2 on Security alone, premises in scope. */
    public static AuditScope defaults() {
        return new AuditScope(2, Set.of("security"), true);
    }

    /**
     * Parses {@code security,availability} as given to {@code --soc2-categories}.
     *
     * @throws IllegalArgumentException naming a category no loaded framework knows
     */
    public static Set<String> categories(String text, List<Framework> frameworks) {
        Set<String> known = new TreeSet<>();
        frameworks.forEach(f -> f.categories().forEach(c -> known.add(c.id())));
        Set<String> chosen = new TreeSet<>();
        if (known.isEmpty() && DEFAULT_CATEGORIES.equals(text)) {
            // No framework is scoped by categories (a user's own SOC 2 file may have none): the default asks nothing.
            return chosen;
        }
        for (String part : text.split(",")) {
            String id = part.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
            if (id.isEmpty()) {
                continue;
            }
            if (!known.contains(id)) {
                throw new IllegalArgumentException(
                        "unknown SOC 2 category '" + part.strip() + "' (known: " + String.join(", ", known) + ")");
            }
            chosen.add(id);
        }
        return chosen;
    }

    /** True when the framework examines this control: it has no categories, or the control's is chosen or always in. */
    public boolean inScope(Framework f, Control c) {
        if (f.categories().isEmpty() || c.category() == null) {
            return true;
        }
        return categories.contains(c.category())
                || f.category(c.category()).map(Category::always).orElse(false);
    }

    /** True when the control is judged over the period, so a snapshot can show its design only. */
    public boolean overTime(Framework f, Control c) {
        return soc2Type == 2 && !f.categories().isEmpty() && c.overTime();
    }

    /** The frameworks with physical controls made AWS's alone when no premises of the organisation are in scope. */
    public List<Framework> apply(List<Framework> frameworks) {
        if (premisesInScope) {
            return frameworks;
        }
        List<Framework> out = new ArrayList<>();
        for (Framework f : frameworks) {
            out.add(f.withControls(f.controls().stream()
                    .map(c -> c.premises() && c.mappings().isEmpty()
                            ? c.changed(Responsibility.INHERITED, null, null, null)
                            : c)
                    .toList()));
        }
        return out;
    }

    /** The categories in scope of a framework, for the pack: the chosen ones and those always in. */
    public List<Category> chosen(Framework f) {
        return f.categories().stream()
                .filter(c -> c.always() || categories.contains(c.id()))
                .toList();
    }
}
