package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Locale;

/**
 * How often a snapshot series is collected. A pause between two snapshots (or between the period's start or end and
 * the nearest snapshot) longer than {@link #allowed()} is a coverage gap: nothing was observed then.
 */
public enum Cadence {
    /** Once a day; up to 30 hours between snapshots, so a scheduled run may start late or run long. */
    DAILY(Duration.ofDays(1), Duration.ofHours(6)),
    /** Once a week; up to 8 days between snapshots. */
    WEEKLY(Duration.ofDays(7), Duration.ofDays(1));

    private final Duration interval;
    private final Duration tolerance;

    Cadence(Duration interval, Duration tolerance) {
        this.interval = interval;
        this.tolerance = tolerance;
    }

    public Duration interval() {
        return interval;
    }

    /** The longest pause between observations that still counts as the declared cadence. */
    public Duration allowed() {
        return interval.plus(tolerance);
    }

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code daily} or {@code weekly}.
     *
     * @throws IllegalArgumentException naming the accepted words
     */
    @JsonCreator
    public static Cadence parse(String text) {
        for (Cadence c : values()) {
            if (c.word().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a cadence; use daily or weekly");
    }
}
