package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.util.Objects;

/**
 * The index line for one collector a run planned: where its evidence lies and how long it stays fresh enough
 * to rely on. Recorded so that a locker is read by the terms it was collected under, not by whatever
 * collectors the reading auditpack happens to ship.
 *
 * @param scope    once per account, per account and region, per organisation or per run; every scope but
 *                 {@link CollectorScope#REGIONAL} is filed under region {@link Target#GLOBAL}
 * @param freshFor how long after collection the evidence may be relied on (ISO-8601 duration in JSON)
 */
public record CollectorEntry(
        CollectorScope scope,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Duration freshFor) {

    public CollectorEntry {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(freshFor, "freshFor");
        if (freshFor.isNegative() || freshFor.isZero()) {
            throw new IllegalArgumentException("freshFor must be positive, was " + freshFor);
        }
    }

    /** True when the collector runs once per account and region. */
    public boolean regional() {
        return scope == CollectorScope.REGIONAL;
    }
}
