package dev.auditpack.manual;

import java.time.LocalDate;

/**
 * What a manual evidence document that is AWS's bridge letter (continued operations letter) says: for which
 * framework's AWS attestation, from which day to which day AWS states its controls went on operating.
 *
 * @param framework the framework whose AWS report it extends, e.g. {@code soc2-2017}
 * @param from      first day it covers (the day after the report's period ends)
 * @param to        last day it covers
 */
public record BridgeClaim(String framework, LocalDate from, LocalDate to) {
    public BridgeClaim {
        if (framework == null || framework.isBlank()) {
            throw new IllegalArgumentException(
                    "bridges.framework is missing: name the framework whose AWS report it extends");
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("bridges needs from and to (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("bridges.to (" + to + ") is before bridges.from (" + from + ")");
        }
    }
}
