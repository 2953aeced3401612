package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an audit covers, inclusive at both ends, such as {@code 2026-Q4} = 2026-10-01 to 2026-12-31.
 *
 * @param label how the user named the period ({@code 2026-Q4}, {@code 2026}, {@code 2026-10-01..2026-12-31})
 * @param start first day of the period
 * @param end   last day of the period
 */
public record AuditPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public AuditPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Reads a period as a user writes it: {@code 2026-Q4}, {@code 2026-H2}, {@code 2026-11}, {@code 2026},
     * or an explicit {@code 2026-10-01..2026-12-31}.
     *
     * @throws IllegalArgumentException with a message naming the accepted forms
     */
    public static AuditPeriod parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        Matcher m;
        try {
            if ((m = QUARTER.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
                return new AuditPeriod(
                        year + "-Q" + q, start, start.plusMonths(3).minusDays(1));
            }
            if ((m = HALF.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int h = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
                return new AuditPeriod(
                        year + "-H" + h, start, start.plusMonths(6).minusDays(1));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new AuditPeriod(ym.toString(), ym.atDay(1), ym.atEndOfMonth());
            }
            if ((m = YEAR.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new AuditPeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                return new AuditPeriod(t, LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date range: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a period; use 2026-Q4, 2026-H2, 2026-11, 2026 or 2026-10-01..2026-12-31");
    }

    /** The calendar quarter that contains {@code day}. */
    public static AuditPeriod quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    /** True when [{@code from}, {@code to}] includes every day of this period. */
    public boolean isCoveredBy(LocalDate from, LocalDate to) {
        return !from.isAfter(start) && !to.isBefore(end);
    }

    /** The first instant of the period, at midnight UTC of its first day. */
    @JsonIgnore
    public java.time.Instant startInstant() {
        return start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period, at midnight UTC after its last day. */
    @JsonIgnore
    public java.time.Instant endExclusive() {
        return end.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** Number of days in the period. */
    @JsonIgnore
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
