package dev.auditpack.cli;

import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.input.InputException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Object Lock options of {@code publish} and of {@code collect --out s3://…}. */
final class RetentionSettings {

    @Option(
            names = "--retention",
            paramLabel = "compliance|governance",
            converter = ModeConverter.class,
            description = "Write every object under Object Lock retention in this mode (with --retain). compliance: "
                    + "no one, the root user included, can delete it or shorten its retention before the date; "
                    + "governance: users with s3:BypassGovernanceRetention can.")
    S3Locker.Mode mode;

    @Option(
            names = "--retain",
            paramLabel = "DAYS",
            description = "Days each object is retained, from the publish (with --retention; 1 to "
                    + S3Locker.MAX_RETAIN_DAYS + ").")
    Integer days;

    @Option(
            names = "--allow-no-object-lock",
            description = "Publish to a bucket without Object Lock. Its objects can then be replaced or deleted by "
                    + "anyone allowed to write to the bucket; verify still sees a change, but nothing prevents one.")
    boolean allowNoObjectLock;

    /** Whether any was given, for commands that accept them only with an S3 location. */
    boolean given() {
        return mode != null || days != null || allowNoObjectLock;
    }

    /** The first flag given, to name in an error. */
    String firstGiven() {
        return mode != null ? "--retention" : days != null ? "--retain" : "--allow-no-object-lock";
    }

    /**
     * The publish options.
     *
     * @throws InputException naming the flag when only one of --retention and --retain is given, or the days are
     *                        out of range
     */
    S3Locker.Options options(Clock clock) {
        if (mode != null && days == null) {
            throw new InputException("--retention", "needs --retain DAYS: how long each object is retained");
        }
        if (days != null && mode == null) {
            throw new InputException("--retain", "needs --retention compliance|governance");
        }
        if (days != null && (days < 1 || days > S3Locker.MAX_RETAIN_DAYS)) {
            throw new InputException(
                    "--retain", "'" + days + "' is not between 1 and " + S3Locker.MAX_RETAIN_DAYS + " days");
        }
        if (mode != null && allowNoObjectLock) {
            throw new InputException(
                    "--allow-no-object-lock", "cannot be combined with --retention: retention needs Object Lock");
        }
        Optional<S3Locker.Retention> retention =
                mode == null ? Optional.empty() : Optional.of(new S3Locker.Retention(mode, days));
        return new S3Locker.Options(retention, allowNoObjectLock, Version.current(), clock);
    }

    /** Reads the mode in any case. */
    static final class ModeConverter implements CommandLine.ITypeConverter<S3Locker.Mode> {
        @Override
        public S3Locker.Mode convert(String value) {
            try {
                return S3Locker.Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a retention mode (compliance or governance)");
            }
        }
    }
}
