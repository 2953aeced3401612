package dev.auditpack.report.excel;

import dev.auditpack.report.VisibleText;

/**
 * Text as a cell may hold it: never null, control characters shown as escapes (as on the PDF's pages), never longer
 * than Excel allows, and marked when cut.
 */
final class CellText {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CHARS = 32_767;

    static final String CUT_MARKER = " … [truncated by auditpack]";

    private CellText() {}

    /** The text, with control characters escaped, cut to Excel's limit with a visible marker when it is longer. */
    static String fit(String raw) {
        if (raw == null) {
            return "";
        }
        String text = VisibleText.of(raw);
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int keep = MAX_CHARS - CUT_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARKER;
    }

    /**
     * True when a spreadsheet would read the text as a formula if a user re-entered it or exported it to CSV.
     * Such text is still written as a string; it is also marked quote-prefixed so Excel keeps it text on edit.
     */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
