package dev.auditpack.report.pdf;

import dev.auditpack.report.StatusWords;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Formatting functions the templates call as {@code fmt.time(...)}, {@code fmt.label(...)} and so on. */
public final class Formatting {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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
        return StatusWords.of(status);
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

    /**
     * The anchor of an evidence file's entry in the evidence index, {@code ev-} and the locker path with every
     * character other than a letter, digit or {@code -} written as {@code _} and its hex code, so that two paths never
     * share an anchor.
     */
    public String anchor(String path) {
        StringBuilder id = new StringBuilder("ev-");
        for (char ch : String.valueOf(path).toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-') {
                id.append(ch);
            } else {
                id.append('_').append(Integer.toHexString(ch));
            }
        }
        return id.toString();
    }
}
