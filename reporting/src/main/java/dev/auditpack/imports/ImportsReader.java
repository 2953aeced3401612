package dev.auditpack.imports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evaluation.ControlResult;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.SecurityHubEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the pack's {@link ImportsSection}: the files given with {@code --import} and the locker's collected
 * {@code securityhub.findings}, each finding placed on controls through the {@link ScannerMap}. It reads the
 * evaluation's statuses only to print them beside the lines; it never changes one.
 */
public final class ImportsReader {

    /** Folder of the imported files inside a pack. */
    public static final String FOLDER = "imports";

    private ImportsReader() {}

    /** The section for these files and this locker, or {@link ImportsSection#EMPTY} when there is neither. */
    public static ImportsSection read(List<ScannerFile.Read> files, Locker locker, List<FrameworkResult> results) {
        List<Batch> batches = new ArrayList<>();
        for (ScannerFile.Read f : files) {
            batches.add(new Batch(
                    f.name(), "imported", FOLDER + "/" + f.name(), f.sha256(), f.size(), f.format(), f.findings(), ""));
        }
        batches.addAll(collected(locker));
        if (batches.isEmpty()) {
            return ImportsSection.EMPTY;
        }
        ScannerMap map = ScannerMap.shipped(
                results.stream().map(FrameworkResult::framework).toList());
        Map<String, ControlResult> byLabel = new LinkedHashMap<>();
        results.forEach(r -> r.controls()
                .forEach(c -> byLabel.put(r.framework().id() + ":" + c.control().id(), c)));

        List<ImportsSection.Source> sources = new ArrayList<>();
        List<ImportsSection.Row> rows = new ArrayList<>();
        List<ImportsSection.Unmapped> unmapped = new ArrayList<>();
        // control label -> source -> tally, in the frameworks' order
        Map<String, Map<String, Tally>> perControl = new LinkedHashMap<>();
        byLabel.keySet().forEach(label -> perControl.put(label, new LinkedHashMap<>()));
        for (Batch b : batches) {
            int pass = 0;
            int fail = 0;
            int mapped = 0;
            TreeSet<String> tools = new TreeSet<>();
            TreeSet<String> times = new TreeSet<>();
            Map<String, ImportsSection.Unmapped> lost = new TreeMap<>();
            for (ScannerFinding f : b.findings()) {
                String tool = (f.tool() + " " + f.toolVersion()).strip();
                tools.add(tool);
                times.add(f.time());
                pass += f.outcome().equals("PASS") ? 1 : 0;
                fail += f.outcome().equals("FAIL") ? 1 : 0;
                Optional<ScannerMap.Target> target = map.target(f.namespace(), f.scannerId());
                rows.add(row(f, b.sha256(), target));
                if (target.isEmpty()) {
                    lost.merge(
                            f.namespace() + " " + f.scannerId(),
                            new ImportsSection.Unmapped(
                                    b.name(),
                                    f.tool(),
                                    f.namespace(),
                                    f.scannerId(),
                                    f.title(),
                                    1,
                                    f.outcome().equals("FAIL") ? 1 : 0),
                            (a, n) -> new ImportsSection.Unmapped(
                                    a.source(),
                                    a.tool(),
                                    a.namespace(),
                                    a.scannerId(),
                                    a.title(),
                                    a.findings() + 1,
                                    a.fail() + n.fail()));
                    continue;
                }
                mapped++;
                for (String label : target.get().controls()) {
                    perControl
                            .computeIfAbsent(label, k -> new LinkedHashMap<>())
                            .computeIfAbsent(b.name(), k -> new Tally())
                            .add(f, tool);
                }
            }
            unmapped.addAll(lost.values());
            int total = b.findings().size();
            sources.add(new ImportsSection.Source(
                    b.name(),
                    b.origin(),
                    b.path(),
                    b.sha256(),
                    b.size(),
                    b.format(),
                    List.copyOf(tools),
                    times.isEmpty() ? "" : times.first(),
                    times.isEmpty() ? "" : times.last(),
                    total,
                    pass,
                    fail,
                    total - pass - fail,
                    mapped,
                    b.note()));
        }
        List<ImportsSection.ControlLine> lines = new ArrayList<>();
        perControl.forEach((label, bySource) -> bySource.forEach((source, t) -> {
            ControlResult c = byLabel.get(label);
            int colon = label.indexOf(':');
            lines.add(new ImportsSection.ControlLine(
                    label.substring(0, colon),
                    label.substring(colon + 1),
                    c == null ? "" : c.control().title(),
                    c == null ? "" : c.status().name(),
                    source,
                    String.join(", ", t.tools),
                    t.times.first(),
                    t.times.last(),
                    t.pass,
                    t.fail,
                    t.other,
                    List.copyOf(t.ids),
                    t.line(source)));
        }));
        rows.sort(Comparator.comparing((ImportsSection.Row r) -> r.controls().isEmpty())
                .thenComparing(r -> !r.outcome().equals("FAIL")));
        return new ImportsSection(map.source(), sources, lines, rows, unmapped);
    }

    private static ImportsSection.Row row(ScannerFinding f, String sha256, Optional<ScannerMap.Target> target) {
        return new ImportsSection.Row(
                f.source(),
                sha256,
                f.tool(),
                f.toolVersion(),
                f.namespace(),
                f.scannerId(),
                f.title(),
                f.status(),
                f.outcome(),
                f.account(),
                f.region(),
                f.resource(),
                f.time(),
                target.map(ScannerMap.Target::via).orElse(""),
                target.map(ScannerMap.Target::controls).orElse(List.of()));
    }

    /** The locker's {@code securityhub.findings} files, one batch each; a region without findings says why. */
    static List<Batch> collected(Locker locker) {
        List<Batch> out = new ArrayList<>();
        for (EvidenceEntry e : locker.index().evidence()) {
            if (!e.collector().equals(SecurityHubEvidence.FINDINGS)) {
                continue;
            }
            JsonNode data = locker.read(e).data();
            OperationResult got = OperationResult.from(data.get(SecurityHubEvidence.GET_FINDINGS));
            List<ScannerFinding> findings = new ArrayList<>();
            String note = "";
            if (got.outcome() == Outcome.OK) {
                int i = 0;
                for (JsonNode f : got.response().path("Findings")) {
                    try {
                        findings.add(ScannerFile.asff(f, i++, e.path()));
                    } catch (ScannerFile.ShapeException bad) {
                        // Security Hub's own answer, recorded as given: a finding it returned without the fields
                        // ASFF requires is named, not dropped.
                        note = (note.isEmpty() ? "" : note + "; ") + bad.getMessage();
                    }
                }
            } else if (got.outcome() == Outcome.ABSENT) {
                note = "Security Hub is not enabled in " + e.account() + " " + e.region() + " (" + got.errorCode()
                        + ")";
            } else {
                note = "GetFindings failed: " + got.errorCode()
                        + (got.message() == null ? "" : " (" + got.message() + ")")
                        + "; these findings are unknown, not absent";
            }
            out.add(new Batch(
                    e.path(),
                    "collected",
                    "evidence/" + e.path(),
                    e.sha256(),
                    e.size(),
                    ScannerFile.ASFF,
                    findings,
                    note));
        }
        // A region whose GetFindings failed outright has no file, only a collection error: it is named, not skipped.
        locker.index().errors().stream()
                .filter(e -> e.collector().equals(SecurityHubEvidence.FINDINGS))
                .forEach(e -> out.add(new Batch(
                        SecurityHubEvidence.FINDINGS + " " + e.account() + " " + e.region(),
                        "collected",
                        "",
                        "",
                        0,
                        ScannerFile.ASFF,
                        List.of(),
                        e.operation() + " failed: " + e.errorCode()
                                + (e.message() == null ? "" : " (" + e.message() + ")")
                                + "; these findings are unknown, not absent (a collection error)")));
        return out;
    }

    record Batch(
            String name,
            String origin,
            String path,
            String sha256,
            long size,
            String format,
            List<ScannerFinding> findings,
            String note) {}

    /** One source's findings on one control. */
    private static final class Tally {
        final TreeSet<String> tools = new TreeSet<>();
        final TreeSet<String> times = new TreeSet<>();
        final TreeSet<String> ids = new TreeSet<>();
        int pass;
        int fail;
        int other;

        void add(ScannerFinding f, String tool) {
            tools.add(tool);
            times.add(f.time());
            ids.add(f.scannerId());
            switch (f.outcome()) {
                case "PASS" -> pass++;
                case "FAIL" -> fail++;
                default -> other++;
            }
        }

        String line(String source) {
            String first = times.first().substring(0, Math.min(10, times.first().length()));
            String last = times.last().substring(0, Math.min(10, times.last().length()));
            return "Imported from " + String.join(", ", tools) + ", "
                    + (first.equals(last) ? first : first + " to " + last)
                    + " (" + source + "): " + pass + " pass, " + fail + " fail"
                    + (other > 0 ? ", " + other + " other" : "")
                    + " (" + String.join(", ", ids) + ")";
        }
    }
}
