package dev.auditpack.imports;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Other scanners' findings in the pack, as supporting evidence: the files they came from (each with its SHA-256),
 * per control the lines "Imported from Prowler 5.1.0, 2026-11-20: …", every finding with the controls it was mapped
 * to, and the scanner ids the map does not know. Nothing here changes a control's status; an imported failure is
 * at most an exception for the auditor to weigh.
 *
 * @param mapSource what the scanner map rests on, as its file says
 * @param sources   the imported files and the locker's collected Security Hub findings
 * @param controls  one line per control and source that has mapped findings, in the frameworks' order
 * @param findings  every finding, mapped failures first
 * @param unmapped  the scanner ids no entry of the map names, with how many findings each had
 */
public record ImportsSection(
        String mapSource,
        List<Source> sources,
        List<ControlLine> controls,
        List<Row> findings,
        List<Unmapped> unmapped) {

    /** Nothing imported or collected. */
    public static final ImportsSection EMPTY = new ImportsSection("", List.of(), List.of(), List.of(), List.of());

    public ImportsSection {
        sources = List.copyOf(sources);
        controls = List.copyOf(controls);
        findings = List.copyOf(findings);
        unmapped = List.copyOf(unmapped);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /** Findings mapped to at least one control. */
    public long mappedCount() {
        return findings.stream().filter(r -> !r.controls().isEmpty()).count();
    }

    /** Findings the map does not place. */
    public long unmappedCount() {
        return findings.size() - mappedCount();
    }

    /** Mapped findings the scanner failed: shown as imported exceptions, never as auditpack's findings. */
    public long exceptionCount() {
        return findings.stream()
                .filter(r -> !r.controls().isEmpty() && r.outcome().equals("FAIL"))
                .count();
    }

    /**
     * A file of findings.
     *
     * @param origin   {@code imported} (given with {@code --import}) or {@code collected} (the locker's
     *                 {@code securityhub.findings})
     * @param path     where it is in the pack: {@code imports/<name>} or {@code evidence/raw/...}
     * @param tools    the tools and versions its findings name, e.g. {@code Prowler 5.1.0}
     * @param from     the earliest finding time, or empty
     * @param to       the latest finding time, or empty
     * @param note     why a collected source holds no findings (Security Hub off, a failed call), or empty
     */
    public record Source(
            String name,
            String origin,
            String path,
            String sha256,
            long size,
            String format,
            List<String> tools,
            String from,
            String to,
            int findings,
            int pass,
            int fail,
            int other,
            int mapped,
            String note) {
        public Source {
            tools = List.copyOf(tools);
        }
    }

    /**
     * What one source says about one control.
     *
     * @param status     the control's status from auditpack's own evidence, unchanged by the import
     * @param scannerIds the scanner's ids behind the line
     * @param line       the sentence the PDF prints
     */
    public record ControlLine(
            String framework,
            String control,
            String title,
            String status,
            String source,
            String tools,
            String from,
            String to,
            int pass,
            int fail,
            int other,
            List<String> scannerIds,
            String line) {
        public ControlLine {
            scannerIds = List.copyOf(scannerIds);
        }
    }

    /**
     * One imported finding.
     *
     * @param sourceSha256 the SHA-256 of the file it came from
     * @param outcome  {@code PASS}, {@code FAIL} or {@code OTHER}
     * @param via      auditpack's check the map leads through, {@code direct} for an entry naming controls, or
     *                 empty when unmapped
     * @param controls {@code framework:control} labels it supports; empty when unmapped
     */
    public record Row(
            String source,
            String sourceSha256,
            String tool,
            String toolVersion,
            String namespace,
            String scannerId,
            String title,
            String status,
            String outcome,
            String account,
            String region,
            String resource,
            String time,
            String via,
            List<String> controls) {
        public Row {
            controls = List.copyOf(controls);
        }
    }

    /** A scanner id the map does not name, per source. */
    public record Unmapped(
            String source, String tool, String namespace, String scannerId, String title, int findings, int fail) {}
}
