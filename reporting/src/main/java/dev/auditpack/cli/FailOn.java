package dev.auditpack.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Outcomes a pipeline can choose to fail on with {@code --fail-on}. */
enum FailOn {
    COLLECTION_ERRORS,
    NOT_SATISFIED;

    /** Reads {@code collection-errors} and {@code not-satisfied}. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not one of collection-errors, not-satisfied");
            }
        }
    }
}
