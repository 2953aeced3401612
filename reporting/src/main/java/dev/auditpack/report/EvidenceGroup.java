package dev.auditpack.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evidence files one collector wrote, counted: how the PDF names a control's evidence and opens the evidence
 * index, so that neither grows with the number of accounts and regions (the files themselves are listed one by one in
 * the locker index, the workbook and {@code SHA256SUMS}).
 *
 * @param collector   collector id
 * @param files       the collector's files, in locker path order
 * @param accounts    distinct accounts among them
 * @param regions     distinct regions among them ({@code global} included), sorted
 * @param bytes       their total size
 * @param errorCount  failed calls recorded inside them
 * @param firstAt     the earliest collection time among them
 * @param lastAt      the latest collection time among them
 */
public record EvidenceGroup(
        String collector,
        List<ReportModel.EvidenceRow> files,
        int accounts,
        List<String> regions,
        long bytes,
        int errorCount,
        Instant firstAt,
        Instant lastAt) {

    public EvidenceGroup {
        files = List.copyOf(files);
        regions = List.copyOf(regions);
    }

    /** How many files the collector wrote. */
    public int count() {
        return files.size();
    }

    /** The files grouped by collector, collectors in id order. */
    public static List<EvidenceGroup> of(List<ReportModel.EvidenceRow> evidence) {
        Map<String, List<ReportModel.EvidenceRow>> byCollector = new TreeMap<>();
        for (ReportModel.EvidenceRow e : evidence) {
            byCollector.computeIfAbsent(e.collector(), k -> new ArrayList<>()).add(e);
        }
        List<EvidenceGroup> groups = new ArrayList<>(byCollector.size());
        byCollector.forEach((collector, rows) -> {
            rows.sort((a, b) -> a.path().compareTo(b.path()));
            TreeSet<String> accounts = new TreeSet<>();
            TreeSet<String> regions = new TreeSet<>();
            long bytes = 0;
            int errors = 0;
            Instant first = null;
            Instant last = null;
            for (ReportModel.EvidenceRow e : rows) {
                accounts.add(e.account());
                regions.add(e.region());
                bytes += e.size();
                errors += e.errorCount();
                if (e.collectedAt() != null) {
                    first = first == null || e.collectedAt().isBefore(first) ? e.collectedAt() : first;
                    last = last == null || e.collectedAt().isAfter(last) ? e.collectedAt() : last;
                }
            }
            groups.add(new EvidenceGroup(
                    collector, rows, accounts.size(), List.copyOf(regions), bytes, errors, first, last));
        });
        return groups;
    }
}
