package dev.auditpack.pack;

import dev.auditpack.input.InputException;
import dev.auditpack.secrets.SecretFinding;
import dev.auditpack.secrets.SecretScanner;
import java.util.List;

/** The build's refusal of a pack that holds a secret: the same scan as {@code auditpack scan}. */
final class SecretRefusal {

    private SecretRefusal() {}

    /**
     * Refuses the pack when any output holds a secret or cannot be scanned. The zip holds every other output byte
     * for byte (PackArchive checks each hash as it writes), so the zip and the ticket summary beside it are all
     * there is to scan, and they are scanned exactly as {@code auditpack scan} scans them: the PDF's pages by the
     * text PDFBox extracts, every entry and embedded file through the same decoding, the same limits.
     */
    static void refuse(OutputDirectory out, boolean redacted) {
        List<SecretFinding> found =
                new java.util.ArrayList<>(SecretScanner.patterns().scan(out.staged(ReportJob.ZIP)));
        if (redacted) {
            found.addAll(SecretScanner.patterns().scan(out.staged(ReportJob.REDACTED_ZIP)));
        }
        found.addAll(SecretScanner.patterns().scan(out.staged(ReportJob.TICKET)));
        if (!found.isEmpty()) {
            SecretFinding first = found.get(0);
            throw new InputException(
                    first.file(),
                    first.problem()
                            + (found.size() > 1 ? " (" + (found.size() - 1) + " more finding(s) in the pack)" : "")
                            + "; no pack was written. Remove it from what the pack is made of (evidence, manual evidence, "
                            + "organisation name, templates) and build it again.");
        }
    }
}
