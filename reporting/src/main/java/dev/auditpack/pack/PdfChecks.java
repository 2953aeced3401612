package dev.auditpack.pack;

import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.report.pdf.Formatting;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks of a pack's PDF that need nothing but the PDF: its signatures, its seal and the evidence inside it. */
final class PdfChecks {

    private static final String INDEX = ReportJob.EVIDENCE + "/" + LockerWriter.INDEX;

    private PdfChecks() {}

    /**
     * Reports each signature that does not verify or does not cover the whole file, and notes the valid one.
     *
     * @return every signature's verdict, in file order
     */
    static List<SignatureVerdict> signatures(String name, PackPdf pdf, List<String> problems, List<String> notes)
            throws IOException {
        List<SignatureVerdict> verdicts = pdf.signatures();
        if (verdicts.isEmpty()) {
            notes.add(name + " is not signed");
        }
        for (int i = 0; i < verdicts.size(); i++) {
            SignatureVerdict v = verdicts.get(i);
            if (v.valid()) {
                notes.add(Signers.note(name, "signature covers the whole file and is", v));
            } else {
                problems.add("INVALID " + name + " (signature " + (i + 1) + " of " + verdicts.size() + ": "
                        + Signers.bySigner(v) + v.problem() + ")");
            }
        }
        return verdicts;
    }

    /** The seal the PDF carries; a missing or unreadable one is a problem. */
    static Optional<PackSeal> seal(String name, PackPdf pdf, List<String> problems) {
        String where = name + "!/" + PackSeal.FILE;
        Optional<byte[]> bytes = pdf.read(PackSeal.FILE);
        if (bytes.isEmpty()) {
            problems.add("MISSING " + where + " (the PDF does not record whether the pack was signed)");
            return Optional.empty();
        }
        try {
            return Optional.of(PackSeal.parse(bytes.get()));
        } catch (IllegalArgumentException e) {
            problems.add("INVALID " + where + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * Checks the copies the PDF carries against the SHA-256 its seal records for them (seals of format 2 on): a PDF
     * must not vouch for hashes its own copies do not have.
     */
    static void contents(String name, PackPdf pdf, Optional<PackSeal> seal, List<String> problems, List<String> notes) {
        if (seal.isEmpty() || seal.get().contents().isEmpty()) {
            return;
        }
        int matching = 0;
        for (var recorded : seal.get().contents().entrySet()) {
            Optional<Locker.Digest> digest = pdf.digest(recorded.getKey());
            if (digest.isEmpty()) {
                problems.add("MISSING " + name + "!/" + recorded.getKey() + " (its " + PackSeal.FILE + " records it)");
            } else if (!digest.get().sha256().equals(recorded.getValue())) {
                problems.add("CHANGED " + name + "!/" + recorded.getKey() + " (" + PackSeal.FILE + " inside it records "
                        + "sha256 " + recorded.getValue() + ", found "
                        + digest.get().sha256() + ")");
            } else {
                matching++;
            }
        }
        if (matching == seal.get().contents().size()) {
            notes.add(name + ": " + String.join(", ", seal.get().contents().keySet()) + " inside it "
                    + (matching == 1 ? "matches" : "match") + " the SHA-256 its " + PackSeal.FILE + " records");
        }
    }

    /**
     * Checks the evidence files inside the PDF against the locker index inside it, and that nothing else is
     * embedded. A redacted PDF carries no evidence, only {@code results.json}.
     *
     * @return how many embedded files were checked
     */
    static int evidence(String name, PackPdf pdf, List<String> problems, List<String> notes) {
        for (String duplicate : pdf.duplicates()) {
            problems.add("DUPLICATE " + name + "!/" + duplicate + " (the PDF embeds two files of that name)");
        }
        if (!pdf.names().contains(ReportJob.RESULTS)) {
            problems.add("MISSING " + name + "!/" + ReportJob.RESULTS + " (the PDF carries the pack's answers)");
        }
        Set<String> expected = new HashSet<>(List.of(ReportJob.RESULTS, PackSeal.FILE));
        if (!pdf.names().contains(INDEX)) {
            if (pdf.redacted()) {
                notes.add(name + ": redacted, so it carries results.json but not the evidence");
            } else {
                problems.add("MISSING " + name + "!/" + INDEX + " (the PDF carries the evidence and its index)");
            }
        } else {
            expected.add(INDEX);
            EvidenceIndex index;
            try {
                index = EvidenceJson.mapper()
                        .readValue(
                                pdf.read(INDEX).orElseThrow(() -> new IOException("it cannot be decoded")),
                                EvidenceIndex.class);
            } catch (IOException | RuntimeException e) {
                problems.add("INVALID " + name + "!/" + INDEX + " (not a locker index: " + e.getMessage() + ")");
                return 0;
            }
            if (index.evidence().size() > Formatting.FILES_LISTED) {
                // A pack of more files carries none of them (PdfReport): the index alone ties the PDF to them.
                notes.add(name + ": its " + INDEX + " lists " + index.evidence().size() + " evidence files, more than "
                        + "the " + Formatting.FILES_LISTED
                        + " a PDF carries; check them in the pack zip or the locker");
                for (String embedded : pdf.names()) {
                    if (embedded.startsWith(ReportJob.EVIDENCE + "/") && !embedded.equals(INDEX)) {
                        problems.add("UNEXPECTED " + name + "!/" + embedded + " (a PDF whose " + INDEX
                                + " lists more than " + Formatting.FILES_LISTED + " files carries none of them)");
                        expected.add(embedded);
                    }
                }
            } else {
                int matching = 0;
                for (EvidenceEntry entry : index.evidence()) {
                    String embedded = ReportJob.EVIDENCE + "/" + entry.path();
                    expected.add(embedded);
                    Optional<Locker.Digest> digest = pdf.digest(embedded);
                    if (digest.isEmpty()) {
                        problems.add("MISSING " + name + "!/" + embedded + " (listed in " + INDEX + ")");
                    } else if (!digest.get().sha256().equals(entry.sha256())
                            || digest.get().size() != entry.size()) {
                        problems.add("CHANGED " + name + "!/" + embedded + " (expected sha256 " + entry.sha256()
                                + ", found " + digest.get().sha256() + ")");
                    } else {
                        matching++;
                    }
                }
                if (matching == index.evidence().size()) {
                    notes.add(name + ": " + matching + " evidence files inside it match the " + INDEX + " inside it");
                }
            }
        }
        for (String embedded : pdf.names()) {
            if (!expected.contains(embedded)) {
                problems.add("UNEXPECTED " + name + "!/" + embedded + " (not listed in " + INDEX + ")");
            }
        }
        return pdf.names().size();
    }
}
