package dev.auditpack.framework;

import java.util.Locale;
import java.util.Objects;

/**
 * Picks AWS Artifact reports that attest AWS's side of a control: the report's series must equal
 * {@code series} and its name must contain {@code name}, both ignoring case.
 *
 * @param series Artifact report series, e.g. {@code SOC} or {@code ISO}
 * @param name   text the report name must contain, e.g. {@code SOC 2} or {@code 27001}
 */
public record AttestationSelector(String series, String name) {
    public AttestationSelector {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(name, "name");
        if (series.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("attestation series and name must not be blank");
        }
    }

    public boolean matches(String reportSeries, String reportName) {
        return reportSeries != null && reportName != null
                && series.equalsIgnoreCase(reportSeries.trim())
                && reportName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code SOC / SOC 2}, for people. */
    public String label() {
        return series + " / " + name;
    }
}
