package dev.auditpack.report;

/**
 * Makes text safe for XML 1.0 and visible on a page or in a cell: control characters, which XML forbids or a reader
 * cannot see, become escapes such as <code>&#92;u0001</code>, so one stray byte in an organisation name or an AWS tag
 * shows up in the pack instead of stopping it.
 */
public final class VisibleText {

    private VisibleText() {}

    /** {@code text} with every character XML 1.0 forbids or a page cannot show written as a backslash, u and four hex digits. */
    public static String of(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (shown(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            out.append(String.format("\\u%04X", (int) c));
        }
        return out == null ? text : out.toString();
    }

    private static boolean shown(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0xfffe || c == 0xffff) {
            return false;
        }
        return !Character.isSurrogate(c);
    }
}
