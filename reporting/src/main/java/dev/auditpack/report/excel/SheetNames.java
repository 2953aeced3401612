package dev.auditpack.report.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Gives each sheet a name Excel accepts (31 characters, none of {@code []:*?/\}) that no other sheet has. */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** The wanted name made valid, with " (2)", " (3)"… added when a sheet already has it (Excel ignores case). */
    String claim(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))
                            .strip()
                    + suffix;
        }
        taken.add(key(name));
        return name;
    }

    static String valid(String wanted) {
        StringBuilder b = new StringBuilder();
        String s = wanted == null ? "" : wanted;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        String name = b.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
            if (Character.isHighSurrogate(name.charAt(MAX_LENGTH - 1))) {
                name = name.substring(0, MAX_LENGTH - 1);
            }
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        if (name.isEmpty()) {
            return "Sheet";
        }
        // Excel reserves "History" for its change tracking.
        return name.equalsIgnoreCase("History") ? "History sheet" : name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
