package dev.auditpack.report.excel;

import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.evaluation.period.ControlPeriod;
import dev.auditpack.evaluation.period.Interval;
import dev.auditpack.evaluation.period.ResourceTimeline;
import dev.auditpack.evaluation.period.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheets of a pack made from a snapshot series: Timeline (one row per check and resource, with its intervals)
 * and Over the period (one row per control: its verdict over the period and its deviations with their dates).
 */
final class TimelineSheets {

    static final String TIMELINE = "Timeline";
    static final String PERIOD = "Over the period";

    /** Deviations listed in a control's cell; the rest are counted, and all are in results.json. */
    static final int DEVIATIONS_PER_CELL = 25;

    static final List<Column> TIMELINE_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Check", 40),
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.wrapped("Resource", 50),
            Column.of("Over the period", 18),
            Column.wrapped("Intervals (UTC dates)", 44),
            Column.of("First seen", 20),
            Column.of("Last seen", 20),
            Column.wrapped("Why (first failure or gap)", 50)));

    static final List<Column> PERIOD_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Framework", 16),
            Column.of("Control", 10),
            Column.wrapped("Title", 36),
            Column.of("Over the period", 18),
            Column.wrapped("Statement", 60),
            Column.wrapped("Direct checks", 36),
            Column.wrapped("Deviations (UTC dates)", 70)));

    private TimelineSheets() {}

    static void timeline(TableSheet sheet, Timeline timeline, int maxRows) {
        int written = 0;
        for (ResourceTimeline r : timeline.rows()) {
            if (written == maxRows - 2) {
                sheet.addRow()
                        .text("… " + (timeline.rows().size() - written)
                                + " more rows: see timeline.rows in results.json")
                        .blank();
                break;
            }
            List<Interval> intervals = r.intervals();
            sheet.addRow()
                    .text(r.checkId())
                    .text(r.account())
                    .text(r.region())
                    .text(r.resource())
                    .status(r.verdict())
                    .lines(intervals.stream().map(TimelineSheets::words).toList())
                    .instant(intervals.isEmpty() ? null : intervals.get(0).from())
                    .instant(
                            intervals.isEmpty()
                                    ? null
                                    : intervals.get(intervals.size() - 1).to())
                    .text(intervals.stream()
                            .map(Interval::note)
                            .filter(n -> !n.isEmpty())
                            .findFirst()
                            .orElse(""));
            written++;
        }
        sheet.finish();
    }

    static void period(TableSheet sheet, Timeline timeline) {
        for (ControlPeriod c : timeline.controls()) {
            List<String> lines = new ArrayList<>();
            for (ControlPeriod.Deviation d : c.deviations()) {
                if (lines.size() == DEVIATIONS_PER_CELL) {
                    lines.add("… " + (c.deviations().size() - DEVIATIONS_PER_CELL) + " more in the Timeline sheet");
                    break;
                }
                lines.add(words(d.interval())
                        + (d.checkId().isEmpty() ? "" : ": " + d.checkId() + " on " + d.resource()));
            }
            sheet.addRow()
                    .text(c.framework())
                    .text(c.control())
                    .text(c.title())
                    .status(c.verdict())
                    .text(c.statement())
                    .lines(c.checks())
                    .lines(lines);
        }
        sheet.finish();
    }

    private static String words(Interval i) {
        return StatusWords.of(i.status().name()) + " " + i.dates();
    }
}
