package dev.auditpack.check;

import java.util.Arrays;
import java.util.List;

/**
 * A resource pattern in which {@code *} matches any run of characters and everything else matches itself, as
 * AWS Backup selections and auditpack's exceptions write ARNs. Compiled once, matched many times, in time that
 * grows with the text and the pattern, never by backtracking: the literal parts between stars are found in turn,
 * each at its leftmost place, which is all a pattern with no other wildcard needs.
 */
public final class Glob {

    private final List<String> parts;

    private Glob(String glob) {
        this.parts = Arrays.asList(glob.split("\\*", -1));
    }

    public static Glob of(String glob) {
        return new Glob(glob);
    }

    /** Whether the whole of {@code text} matches. */
    public boolean matches(String text) {
        String first = parts.get(0);
        if (parts.size() == 1) {
            return text.equals(first);
        }
        String last = parts.get(parts.size() - 1);
        if (text.length() < first.length() + last.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        for (int i = 1; i < parts.size() - 1; i++) {
            String part = parts.get(i);
            if (part.isEmpty()) {
                continue;
            }
            int at = text.indexOf(part, from);
            if (at < 0 || at + part.length() > end) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }
}
