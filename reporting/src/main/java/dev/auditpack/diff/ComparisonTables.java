package dev.auditpack.diff;

import dev.auditpack.evaluation.StatusWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a comparison as tables of text, in the order every output gives them: the Markdown for the ticket and
 * the workbooks ({@code diff --xlsx}, one sheet per table; the pack's workbook, one sheet holding all) read these, so
 * they say the same.
 */
public final class ComparisonTables {

    /**
     * One part.
     *
     * @param title   the part's title, also its sheet's name
     * @param note    one sentence under the title, or empty
     * @param headers column headers
     * @param rows    rows, each as long as {@code headers}
     */
    public record Table(String title, String note, List<String> headers, List<List<String>> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private ComparisonTables() {}

    /** Every part, empty ones included (an empty table says that nothing changed there). */
    public static List<Table> of(Comparison c) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(
                "Controls changed",
                "Controls whose status or grade differs between the two packs, per framework.",
                List.of(
                        "Framework",
                        "Control",
                        "Title",
                        "Status before",
                        "Status after",
                        "Grade before",
                        "Grade after"),
                c.controls().stream()
                        .map(x -> List.of(
                                x.frameworkName(),
                                x.control(),
                                x.title(),
                                words(x.statusBefore()),
                                words(x.statusAfter()),
                                words(x.gradeBefore()),
                                words(x.gradeAfter())))
                        .toList()));
        tables.add(findings(
                "New findings",
                "Failing now, not failing (or not judged) in the previous pack.",
                c.findings().added(),
                false));
        tables.add(findings(
                "Resolved findings",
                "Failing in the previous pack, judged passing (or not applicable) now; days open are counted to "
                        + "the previous pack's observation.",
                c.findings().resolved(),
                true));
        tables.add(findings("Recurring findings", c.openBasis(), c.findings().recurring(), true));
        tables.add(findings(
                "Findings not observed",
                "Failing in the previous pack and not judged now: the resource is gone, or its evidence is missing "
                        + "or a GAP. Not counted as resolved; days open are counted to the previous pack's observation.",
                c.findings().notObserved(),
                true));
        tables.add(new Table(
                "Expiring",
                "Exceptions and manual documents of the current pack that expire by " + c.nextQuarterEnd()
                        + ", the end of the quarter after its audit period; days are counted from the period's end "
                        + "(" + c.current().periodEnd() + "), negative when already expired then.",
                List.of("Kind", "Id", "What", "Expires", "Days after period end"),
                c.expiring().stream()
                        .map(e -> List.of(
                                e.kind(),
                                e.id(),
                                e.subject(),
                                e.expires().toString(),
                                String.valueOf(e.daysAfterPeriodEnd())))
                        .toList()));
        tables.add(new Table(
                "Evidence missing",
                "Evidence files (collector, account, region) the previous pack holds that the current one lacks or "
                        + "could not collect.",
                List.of("Collector", "Account", "Region", "Collected before", "Now"),
                c.missingEvidence().stream()
                        .map(m -> List.of(m.collector(), m.account(), m.region(), time(m.previously()), m.now()))
                        .toList()));
        return tables;
    }

    private static Table findings(String title, String note, List<Comparison.FindingChange> rows, boolean open) {
        List<String> headers =
                new ArrayList<>(List.of("Check", "Account", "Region", "Resource", "Severity", "Status", "Reason"));
        if (open) {
            headers.addAll(List.of("Open since", "Days open"));
        }
        return new Table(
                title,
                note,
                headers,
                rows.stream()
                        .map(f -> {
                            List<String> row = new ArrayList<>(List.of(
                                    f.checkId(),
                                    f.account(),
                                    f.region(),
                                    f.resource(),
                                    StatusWords.of(f.severity()),
                                    StatusWords.of(f.status()),
                                    f.reason()));
                            if (open) {
                                row.add(time(f.openSince()));
                                row.add(String.valueOf(f.daysOpen()));
                            }
                            return (List<String>) row;
                        })
                        .toList());
    }

    /** A time to the second, as the tables print it; results.json keeps the full precision. */
    static String time(java.time.Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A status or grade as the pack's PDF and workbook word it ("Not satisfied"), or a dash when there is none. */
    private static String words(String s) {
        return s.isEmpty() ? "—" : StatusWords.of(s);
    }
}
