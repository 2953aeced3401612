package dev.auditpack.report.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Formatting functions the templates call as {@code fmt.time(...)}, {@code fmt.label(...)} and so on. */
public final class Formatting {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("SATISFIED", "Satisfied"),
            Map.entry("NOT_SATISFIED", "Not satisfied"),
            Map.entry("INHERITED", "Inherited"),
            Map.entry("NEEDS_MANUAL_EVIDENCE", "Needs manual evidence"),
            Map.entry("MANUAL_PROVIDED", "Manual evidence provided"),
            Map.entry("GAP", "Gap"),
            Map.entry("NOT_APPLICABLE", "Not applicable"),
            Map.entry("COVERED", "Covered"),
            Map.entry("BRIDGE_LETTER_NEEDED", "Bridge letter needed"),
            Map.entry("NOT_FOUND", "No report"),
            Map.entry("NOT_COVERED", "Period not covered"),
            Map.entry("SERVICES_NOT_COVERED", "Services not covered"),
            Map.entry("PASS", "Pass"),
            Map.entry("FAIL", "Fail"),
            Map.entry("ACCEPTED", "Accepted"));

    private static final Map<String, String> MEANINGS = Map.of(
            "SATISFIED", "Every part of the control is evidenced and passes.",
            "INHERITED", "AWS operates the control, and an AWS attestation covering the audit period says so.",
            "MANUAL_PROVIDED", "You supplied documents that answer the control.",
            "NOT_SATISFIED", "At least one automated check failed.",
            "GAP", "Evidence the control depends on could not be collected; nothing is known.",
            "NEEDS_MANUAL_EVIDENCE", "No API can show (all of) the control: supply documents, or AWS's bridge letter.",
            "NOT_APPLICABLE", "Declared not applicable, with a reason.");

    /** {@code 2026-11-28 19:58 UTC}. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A status, or a grade, as people read it. */
    public String label(Object status) {
        String key = String.valueOf(status);
        for (dev.auditpack.evaluation.Grade g : dev.auditpack.evaluation.Grade.values()) {
            if (g.name().equals(key)) {
                return g.label();
            }
        }
        return LABELS.getOrDefault(key, key);
    }

    /** One sentence on what a control status means. */
    public String meaning(Object status) {
        return MEANINGS.getOrDefault(String.valueOf(status), "");
    }

    /** {@code part} as a percentage of {@code whole}, for bar widths. */
    public String percent(Number part, Number whole) {
        double w = whole.doubleValue();
        return w <= 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * part.doubleValue() / w);
    }
}
