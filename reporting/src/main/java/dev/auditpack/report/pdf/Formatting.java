package dev.auditpack.report.pdf;

import dev.auditpack.evaluation.StatusWords;
import dev.auditpack.report.EvidenceGroup;
import dev.auditpack.report.ReportModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Formatting functions the templates call as {@code fmt.time(...)}, {@code fmt.label(...)} and so on. */
public final class Formatting {

    /**
     * The most evidence files the PDF's evidence index lists one by one and the PDF carries inside it; a larger
     * locker is indexed by collector, and its files are in the pack zip only.
     */
    public static final int FILES_LISTED = 1_000;

    /** The most files of one collector a control names by path. */
    public static final int PATHS_NAMED = 4;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final Map<String, String> MEANINGS = Map.of(
            "SATISFIED", "Every part of the control is evidenced and passes.",
            "INHERITED", "AWS operates the control, and an AWS attestation covering the audit period says so.",
            "MANUAL_PROVIDED", "You supplied documents that answer the control.",
            "NOT_SATISFIED", "At least one automated check failed.",
            "GAP", "Evidence the control depends on could not be collected; nothing is known.",
            "NEEDS_MANUAL_EVIDENCE", "No API can show (all of) the control: supply documents, or AWS's bridge letter.",
            "NOT_APPLICABLE", "Declared not applicable, with a reason.");

    /** {@code 2026-11-28 19:58 UTC}. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A status, or a grade, as people read it. */
    public String label(Object status) {
        return StatusWords.of(status);
    }

    /** One sentence on what a control status means. */
    public String meaning(Object status) {
        return MEANINGS.getOrDefault(String.valueOf(status), "");
    }

    /** {@code part} as a percentage of {@code whole}, for bar widths. */
    public String percent(Number part, Number whole) {
        double w = whole.doubleValue();
        return w <= 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * part.doubleValue() / w);
    }

    /**
     * Whether the evidence index lists the pack's files one by one, and the PDF carries them: up to {@value
     * #FILES_LISTED} files. Above that the index has one row per collector only, as a list of tens of thousands of
     * hashes would run to hundreds of pages and help no reader, and tens of thousands of attachments would make the
     * PDF slow to build and to open; the locker index (attached), the workbook and {@code SHA256SUMS} list every file
     * in any case, and the pack zip holds them.
     */
    public boolean listsFiles(List<ReportModel.EvidenceRow> evidence) {
        return evidence.size() <= FILES_LISTED;
    }

    /**
     * Whether a control names a collector's files by path: when there are at most {@value #PATHS_NAMED} of them and
     * the index lists them (so each path links to its hash); otherwise the control names the collector and counts.
     */
    public boolean namesPaths(EvidenceGroup group, List<ReportModel.EvidenceRow> evidence) {
        return group.count() <= PATHS_NAMED && listsFiles(evidence);
    }

    /** How far a collector's files reach: {@code 800 files from 200 accounts in eu-west-1, us-east-1}. */
    public String spread(EvidenceGroup group) {
        String files = group.count() + (group.count() == 1 ? " file" : " files");
        String accounts = group.accounts() + (group.accounts() == 1 ? " account" : " accounts");
        List<String> regional =
                group.regions().stream().filter(r -> !r.equals("global")).toList();
        String where = regional.isEmpty()
                ? ", global"
                : " in " + String.join(", ", regional)
                        + (regional.size() < group.regions().size() ? " and global" : "");
        return files + " from " + accounts + where;
    }

    /** Evidence files grouped by the collector that wrote them, collectors in id order. */
    public List<EvidenceGroup> groups(List<ReportModel.EvidenceRow> evidence) {
        return EvidenceGroup.of(evidence);
    }

    /** The anchor of a collector's row in the evidence index: {@code evc-} and the id written as {@link #anchor} does. */
    public String collectorAnchor(String collector) {
        return "evc-" + anchor(collector).substring("ev-".length());
    }

    /**
     * The anchor of an evidence file's entry in the evidence index, {@code ev-} and the locker path with every
     * character other than a letter, digit or {@code -} written as {@code _} and its hex code, so that two paths never
     * share an anchor.
     */
    public String anchor(String path) {
        StringBuilder id = new StringBuilder("ev-");
        for (char ch : String.valueOf(path).toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-') {
                id.append(ch);
            } else {
                id.append('_').append(Integer.toHexString(ch));
            }
        }
        return id.toString();
    }
}
