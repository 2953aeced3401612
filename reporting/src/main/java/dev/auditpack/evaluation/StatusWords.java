package dev.auditpack.evaluation;

import java.util.Map;

/**
 * Statuses, grades, check severities and collection error categories as people read them ("Needs manual evidence"
 * for {@code NEEDS_MANUAL_EVIDENCE}, "High" for {@code HIGH}, "Access denied" for {@code ACCESS_DENIED}), shared by
 * the PDF and the workbook. results.json keeps the enum names: it is for programs.
 */
public final class StatusWords {

    private static final Map<String, String> WORDS = Map.ofEntries(
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
            Map.entry("ACCEPTED", "Accepted"),
            Map.entry("CRITICAL", "Critical"),
            Map.entry("HIGH", "High"),
            Map.entry("MEDIUM", "Medium"),
            Map.entry("LOW", "Low"),
            Map.entry("ACCESS_DENIED", "Access denied"),
            Map.entry("THROTTLED", "Throttled"),
            Map.entry("UNSUPPORTED", "Unsupported"),
            Map.entry("TIMEOUT", "Timed out"),
            Map.entry("SERVICE_ERROR", "AWS service error"),
            Map.entry("OTHER", "Other"),
            Map.entry("EFFECTIVE", "Effective"),
            Map.entry("NOT_EFFECTIVE", "Not effective"),
            Map.entry("NOT_TESTED", "Not tested directly"),
            Map.entry("PASSED_THROUGHOUT", "Passed throughout"),
            Map.entry("FAILED", "Failed"));

    private StatusWords() {}

    /** The words for a status, grade, severity or error category name; a name it does not know comes back unchanged. */
    public static String of(Object status) {
        String key = String.valueOf(status);
        for (Grade g : Grade.values()) {
            if (g.name().equals(key)) {
                return g.label();
            }
        }
        return WORDS.getOrDefault(key, key);
    }
}
