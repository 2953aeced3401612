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
 * @param sampleSeed        the seed to draw each change population's sample with, if any
 */
public record ReportOptions(
        String organisation,
        Instant generatedAt,
        String toolVersion,
        int findingsPerCheck,
        Branding branding,
        boolean redact,
        java.util.Optional<String> sampleSeed) {

    /** Options without samples. */
    public ReportOptions(
            String organisation,
            Instant generatedAt,
            String toolVersion,
            int findingsPerCheck,
            Branding branding,
            boolean redact) {
        this(organisation, generatedAt, toolVersion, findingsPerCheck, branding, redact, java.util.Optional.empty());
    }

    public ReportOptions {
        Objects.requireNonNull(sampleSeed);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(branding);
        Objects.requireNonNull(generatedAt);
        Objects.requireNonNull(toolVersion);
        if (findingsPerCheck < 0) {
            throw new IllegalArgumentException("findingsPerCheck must not be negative");
        }
    }
}
