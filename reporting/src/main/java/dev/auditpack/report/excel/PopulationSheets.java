package dev.auditpack.report.excel;

import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.population.PopulationReader;
import dev.auditpack.population.PopulationSection;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet per change population ("Pop joiners", "Pop access-granted", …): every event, read from the locker's
 * population files as a stream, with the sampled ones marked and ranked, and the auditor's tickmark and comment
 * columns; and a "Populations" sheet with each population's size, sample, seed, and the coverage and GAP days.
 * A redacted pack lists only the sampled events, from the model, which is masked.
 */
final class PopulationSheets {

    static final String NAME = "Populations";

    static final List<Column> SUMMARY_COLUMNS = List.of(
            Column.of("Population", 28),
            Column.wrapped("Title", 40),
            Column.wrapped("Controls", 36),
            Column.of("Events", 10),
            Column.of("Sample size", 12),
            Column.wrapped("Sample size basis", 44),
            Column.of("Seed", 20),
            Column.of("Sheet", 30));

    static final List<Column> COVERAGE_COLUMNS = List.of(
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.of("From", 12),
            Column.of("To", 12),
            Column.of("Covered by / GAP", 14),
            Column.wrapped("Source or reason", 70),
            Column.of("Events", 10));

    static final List<Column> EVENT_COLUMNS = Column.withAuditorColumns(List.of(
            Column.of("Sampled", 9),
            Column.of("Sample rank", 11),
            Column.of("Time", 21),
            Column.of("Event", 28),
            Column.wrapped("Actor", 44),
            Column.wrapped("Target", 40),
            Column.of("Account", 14),
            Column.of("Region", 14),
            Column.of("Event id", 38),
            Column.wrapped("Locker file", 60),
            Column.of("File SHA-256", 66)));

    private PopulationSheets() {}

    static void write(
            SXSSFWorkbook workbook,
            SheetNames names,
            Styles styles,
            PopulationSection section,
            Optional<Path> locker,
            boolean redacted,
            int maxRowsPerSheet) {
        if (section.isEmpty()) {
            return;
        }
        TableSheet summary = new TableSheet(workbook, names.claim(NAME), styles, SUMMARY_COLUMNS);
        TableSheet coverage = new TableSheet(workbook, names.claim("Population coverage"), styles, COVERAGE_COLUMNS);
        for (PopulationSection.Interval i : section.coverage()) {
            interval(coverage, i, "covered");
        }
        for (PopulationSection.Interval i : section.gaps()) {
            interval(coverage, i, "GAP");
        }
        coverage.finish();
        for (PopulationSection.PopulationSummary p : section.populations()) {
            String sheetName = names.claim("Pop " + p.id());
            summary.addRow()
                    .text(p.id())
                    .text(p.title())
                    .lines(p.controls().entrySet().stream()
                            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                            .toList())
                    .number(p.events())
                    .number(p.sample().map(PopulationSection.Sample::size).orElse(null))
                    .text(p.sample().map(PopulationSection.Sample::basis).orElse("no sample: no seed given"))
                    .text(p.sample().map(PopulationSection.Sample::seed).orElse(""))
                    .text(sheetName);
            TableSheet sheet = new TableSheet(workbook, sheetName, styles, EVENT_COLUMNS);
            Map<String, Integer> ranks = new HashMap<>();
            p.sample().ifPresent(s -> {
                for (int i = 0; i < s.items().size(); i++) {
                    ranks.put(s.items().get(i).id(), i + 1);
                }
            });
            if (redacted || locker.isEmpty()) {
                p.sample().ifPresent(s -> s.items().forEach(e -> row(sheet, e, ranks)));
            } else {
                long[] left = {0};
                for (String file : p.files()) {
                    PopulationReader.each(locker.get().resolve(file), e -> {
                        if (sheet.rowsWritten() < maxRowsPerSheet - 1) {
                            row(sheet, e, ranks);
                        } else {
                            left[0]++;
                        }
                    });
                }
                if (left[0] > 0) {
                    // Never a silent cut: the last row says how many events the sheet could not hold.
                    sheet.addRow()
                            .text("")
                            .number((Integer) null)
                            .text("")
                            .text(left[0] + " more events: the sheet is "
                                    + "full; the population files in the locker list every event");
                }
            }
            sheet.finish();
        }
        summary.finish();
    }

    private static void row(TableSheet sheet, PopulationEvent e, Map<String, Integer> ranks) {
        Integer rank = ranks.get(e.id());
        sheet.addRow()
                .text(rank == null ? "" : "Yes")
                .number(rank)
                .text(e.time())
                .text(e.name())
                .text(e.actor())
                .text(e.target())
                .text(e.account())
                .text(e.region())
                .text(e.id())
                .text(e.file())
                .text(e.sha256());
    }

    private static void interval(TableSheet sheet, PopulationSection.Interval i, String kind) {
        sheet.addRow()
                .text(i.account())
                .text(i.region())
                .date(i.start())
                .date(i.end())
                .text(kind)
                .text(i.what())
                .number(i.events());
    }
}
