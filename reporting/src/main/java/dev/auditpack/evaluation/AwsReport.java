package dev.auditpack.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.AuditPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One AWS compliance report as AWS Artifact lists it.
 *
 * @param id          Artifact report id
 * @param name        report name
 * @param series      report series, e.g. {@code SOC}
 * @param category    report category
 * @param version     report version
 * @param periodStart first day the report covers (UTC)
 * @param periodEnd   last day the report covers (UTC)
 * @param state       publication state
 * @param path        locker path of the evidence that lists it
 */
public record AwsReport(
        String id,
        String name,
        String series,
        String category,
        long version,
        Optional<LocalDate> periodStart,
        Optional<LocalDate> periodEnd,
        String state,
        String path) {

    static AwsReport from(JsonNode n, String path) {
        return new AwsReport(
                n.path("id").asText(""),
                n.path("name").asText(""),
                n.path("series").asText(""),
                n.path("category").asText(""),
                n.path("version").asLong(0),
                day(n.path("periodStart")),
                day(n.path("periodEnd")),
                n.path("state").asText(""),
                path);
    }

    /** True when the report's period includes every day of the audit period. */
    public boolean covers(AuditPeriod period) {
        return periodStart.isPresent()
                && periodEnd.isPresent()
                && period.isCoveredBy(periodStart.get(), periodEnd.get());
    }

    /** {@code 2025-10-01 – 2026-09-30}, or "no period" when Artifact gave none. */
    public String periodLabel() {
        return periodStart.isPresent() && periodEnd.isPresent()
                ? periodStart.get() + " – " + periodEnd.get()
                : "no period";
    }

    private static Optional<LocalDate> day(JsonNode n) {
        if (!n.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(n.asText()).atZone(ZoneOffset.UTC).toLocalDate());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
