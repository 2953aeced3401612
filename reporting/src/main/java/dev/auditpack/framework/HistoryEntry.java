package dev.auditpack.framework;

import java.time.LocalDate;

/**
 * One change to a framework file, kept in the file so a reviewer sees why a mapping is what it is.
 *
 * @param date    when
 * @param control the control changed, or {@code *} for the whole file
 * @param change  what changed and why, in a sentence
 */
public record HistoryEntry(String date, String control, String change) {
    public HistoryEntry {
        if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("history entry date '" + date + "' must be YYYY-MM-DD");
        }
        LocalDate.parse(date);
        if (control == null || control.isBlank() || change == null || change.isBlank()) {
            throw new IllegalArgumentException("history entry of " + date + " needs a control and a change");
        }
    }
}
