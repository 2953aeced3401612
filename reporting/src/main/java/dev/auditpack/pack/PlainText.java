package dev.auditpack.pack;

import dev.auditpack.report.VisibleText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the templates of the pack's plain-text files (README.txt, ticket-summary.md) use to write values from AWS or
 * the user safely, as {@code text} in their data: each value on one line, control characters as escapes, Markdown's
 * special characters escaped; and times, sizes and statuses as people read them. Public, with public methods, so
 * sandboxed templates may call it.
 */
public final class PlainText {

    private static final Pattern MARKDOWN = Pattern.compile("([\\\\`*_\\[\\]<>|#])");

    /** A value on one line, so it cannot start a line of its own in the file. */
    public String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** A value for a Markdown table cell: on one line, control characters as escapes, Markdown's characters escaped. */
    public String markdown(String text) {
        return MARKDOWN.matcher(VisibleText.of(oneLine(text))).replaceAll("\\\\$1");
    }

    /** A time to the second, e.g. {@code 2027-01-03T09:10:11Z}. */
    public String seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Exact bytes, and a rounded size for people, e.g. {@code 3.3 MiB (3,500,000 bytes)}. */
    public String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1024) {
            return exact;
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%s)", value, units[unit], exact);
    }

    /** A status for people: {@code NOT_SATISFIED} becomes {@code Not satisfied}. */
    public String label(String status) {
        String words = status.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A paragraph broken into lines of at most {@code width} characters (a longer word has a line to itself), every
     * line after the first indented by {@code indent} spaces; no line break after the last.
     */
    public String wrap(String text, int width, int indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : oneLine(text).strip().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n" + " ".repeat(Math.max(0, indent)), lines);
    }
}
