package dev.auditpack.report.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Breaks lines only after white space, so that an identifier (a control id such as {@code A.5.15}, a locker path, an
 * ARN, an e-mail address, {@code j.smith}) is never split where it has a dot, colon, slash or hyphen, as the
 * renderer's own URL-aware breaker and Java's line breaker both do. A word too long for its line is still broken by
 * CSS {@code word-wrap: break-word}, letter by letter, rather than run off the page.
 */
final class SpaceLineBreaker implements FSTextBreaker {

    private String text = "";
    private int position;

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        position = 0;
    }

    /** The next place a line may break: after a run of white space, or the end of the text; -1 after that. */
    @Override
    public int next() {
        if (position >= text.length()) {
            position = text.length() + 1;
            return -1;
        }
        int i = position;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        position = i;
        return i;
    }
}
