package dev.auditpack.report;

import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.framework.Control;
import dev.auditpack.risk.RiskRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the justification of one control's inclusion or exclusion from data: the control's own purpose (its
 * title, theme and who operates it, from the framework file), the risks whose treatment selects it, the legal or
 * contractual requirements that require it, and the AWS services in use its checks concern. No two controls share
 * a sentence; where nothing in the register selects an applicable control, it says so.
 */
final class SoaJustification {

    /**
     * What a justification is built from.
     *
     * @param result       the control's result
     * @param applicable   whether it applies
     * @param own          the organisation's own justification from the overrides file, if any
     * @param risks        the risks that select it
     * @param requirements the requirements that require it
     * @param services     names of the AWS services in use its checks concern
     * @param register     whether a risk register with risks or requirements was given
     */
    record Inputs(
            ControlResult result,
            boolean applicable,
            Optional<String> own,
            List<RiskRegister.Risk> risks,
            List<RiskRegister.Requirement> requirements,
            List<String> services,
            boolean register) {}

    private SoaJustification() {}

    static String of(Inputs in) {
        return in.applicable() ? included(in) : excluded(in);
    }

    private static String included(Inputs in) {
        Control c = in.result().control();
        List<String> parts = new ArrayList<>();
        parts.add(in.own().map(SoaJustification::sentence).orElseGet(() -> purpose(in.result())));
        if (!in.risks().isEmpty()) {
            parts.add("Selected to treat "
                    + join(in.risks().stream().map(SoaJustification::risk).toList()) + ".");
        }
        if (!in.requirements().isEmpty()) {
            parts.add("Required by "
                    + join(in.requirements().stream()
                            .map(r -> r.id() + " (" + r.title() + ")")
                            .toList()) + ".");
        }
        if (in.risks().isEmpty() && in.requirements().isEmpty()) {
            parts.add(
                    in.register()
                            ? "No risk in the register selects it and no listed legal or contractual requirement requires "
                                    + "it; it is kept in the " + c.theme().toLowerCase(Locale.ROOT) + " baseline."
                            : "No risk register was given, so no risk or requirement is linked to it.");
        }
        in.risks().stream()
                .filter(r -> r.planned().stream().anyMatch(p -> p.control().equals(c.id())))
                .findFirst()
                .ifPresent(r -> parts.add("Risk " + r.id() + "'s treatment plan lists it as planned"
                        + r.due().map(d -> " (due " + d + ")").orElse("") + "."));
        if (!in.services().isEmpty()) {
            parts.add("It concerns the AWS services in use " + join(in.services()) + ", which its checks examine.");
        }
        return String.join(" ", parts);
    }

    /** The control's purpose in the pack's words: its title, its theme and who operates it. */
    private static String purpose(ControlResult cr) {
        Control c = cr.control();
        if (c.premises() && !cr.scope().note().isEmpty()) {
            return "Included for " + lower(c.title()) + ". "
                    + sentence(cr.scope().note());
        }
        String who = switch (c.responsibility()) {
            case INHERITED ->
                "AWS operates it for the data centres and hardware that hold the organisation's data, "
                        + "and its attestations evidence it";
            case SHARED -> "AWS runs its layer and the organisation runs its own";
            case CUSTOMER -> "the organisation operates it itself";
        };
        return "Included for " + lower(c.title()) + " (" + c.theme().toLowerCase(Locale.ROOT) + " control): " + who
                + ".";
    }

    private static String excluded(Inputs in) {
        ControlResult cr = in.result();
        String base = cr.notApplicable()
                .map(e -> "Excluded under exception " + e.describe())
                .orElse(in.own().map(SoaJustification::sentence).orElse(cr.reason()));
        List<String> parts = new ArrayList<>(List.of(sentence(base)));
        if (!in.risks().isEmpty() || !in.requirements().isEmpty()) {
            List<String> ids = new ArrayList<>(
                    in.risks().stream().map(RiskRegister.Risk::id).toList());
            in.requirements().forEach(r -> ids.add(r.id()));
            parts.add("Yet the register links it to " + join(ids) + "; review the exclusion.");
        }
        return String.join(" ", parts);
    }

    private static String risk(RiskRegister.Risk r) {
        return "risk " + r.id() + " (" + r.title() + "; " + r.treatment().key() + ")";
    }

    private static String lower(String title) {
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(1));
        return title.isEmpty() || acronym ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
