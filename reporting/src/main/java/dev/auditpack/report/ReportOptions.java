package dev.auditpack.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Choices that shape a report but not its conclusions.
 *
 * @param organisation      name on the cover; blank to name the accounts instead
 * @param generatedAt       generation time shown in the pack
 * @param toolVersion       auditpack version that generated it
 * @param findingsPerCheck  failing resources listed per check in the PDF (the workbook lists all)
 * @param branding          title, logo, marking and wording of the PDF
 * @param redact            whether account ids and IP addresses are masked in everything written from the model
 */
public record ReportOptions(
        String organisation,
        Instant generatedAt,
        String toolVersion,
        int findingsPerCheck,
        Branding branding,
        boolean redact) {
    public ReportOptions {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(branding);
        Objects.requireNonNull(generatedAt);
        Objects.requireNonNull(toolVersion);
        if (findingsPerCheck < 0) {
            throw new IllegalArgumentException("findingsPerCheck must not be negative");
        }
    }
}
