package dev.auditpack.framework;

import java.util.Locale;

/**
 * Picks AWS Artifact reports that attest AWS's side of a control: the report's series must equal
 * {@code series} and its name must contain {@code name}, both ignoring case.
 *
 * @param series Artifact report series, e.g. {@code SOC} or {@code ISO}
 * @param name   text the report name must contain, e.g. {@code SOC 2} or {@code 27001}
 */
public record AttestationSelector(String series, String name) {
    public AttestationSelector {
        if (series == null || series.isBlank()) {
            throw new IllegalArgumentException("an attestation names no series (e.g. {series: SOC, name: SOC 2})");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attestation of series " + series + " names no report name");
        }
    }

    public boolean matches(String reportSeries, String reportName) {
        return reportSeries != null
                && reportName != null
                && series.equalsIgnoreCase(reportSeries.trim())
                && reportName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code SOC / SOC 2}, for people. */
    public String label() {
        return series + " / " + name;
    }
}
