package dev.auditpack.cli;

import dev.auditpack.evidence.AuditPeriod;
import picocli.CommandLine;

/** Reads {@code --period} (2026-Q4, 2026-H2, 2026-11, 2026 or 2026-10-01..2026-12-31) as an audit period. */
final class AuditPeriodConverter implements CommandLine.ITypeConverter<AuditPeriod> {
    @Override
    public AuditPeriod convert(String value) {
        try {
            return AuditPeriod.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
