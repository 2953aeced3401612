package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which source covered each day of the period, and why each other day is a GAP; written as intervals of
 * consecutive days with the same source (or the same reason).
 */
final class Coverage {

    private record Outcome(String source, long files, long events, String gap) {}

    private final Map<LocalDate, Outcome> days = new TreeMap<>();

    /** A day read from a source; a day whose files could not all be read is a GAP even so. */
    void covered(LocalDate day, String source, DaySource.Day read) {
        days.put(
                day,
                read.covered()
                        ? new Outcome(source, read.files(), read.events(), null)
                        : new Outcome(source, read.files(), read.events(), source + ": " + read.gapReason()));
    }

    void gap(LocalDate day, String reason) {
        days.put(day, new Outcome(null, 0, 0, reason));
    }

    /** True when a source read the day, completely or not (a day whose files were bad is not read again). */
    boolean known(LocalDate day) {
        return days.containsKey(day);
    }

    /** Writes {@code Coverage[]} ({start, end, source, files, events}) and {@code Gaps[]} ({start, end, reason}). */
    void write(ObjectNode data) {
        ArrayNode covered = data.putArray("Coverage");
        ArrayNode gaps = data.putArray("Gaps");
        ObjectNode open = null;
        String key = null;
        LocalDate previous = null;
        for (Map.Entry<LocalDate, Outcome> e : days.entrySet()) {
            Outcome o = e.getValue();
            String k = o.gap() == null ? "covered:" + o.source() : "gap:" + o.gap();
            boolean continues =
                    open != null && Objects.equals(key, k) && e.getKey().equals(previous.plusDays(1));
            if (continues) {
                open.put("end", e.getKey().toString());
                if (o.gap() == null) {
                    open.put("files", open.get("files").asLong() + o.files())
                            .put("events", open.get("events").asLong() + o.events());
                }
            } else {
                open = (o.gap() == null ? covered : gaps)
                        .addObject()
                        .put("start", e.getKey().toString())
                        .put("end", e.getKey().toString());
                if (o.gap() == null) {
                    open.put("source", o.source()).put("files", o.files()).put("events", o.events());
                } else {
                    open.put("reason", o.gap());
                }
                key = k;
            }
            previous = e.getKey();
        }
    }
}
