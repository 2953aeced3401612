package dev.auditpack.cli;

import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack publish}: keeps a locker or pack in S3, under Object Lock. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Copy an evidence locker, a period store, a pack folder or a pack zip to S3, each object with its SHA-256 "
                    + "for S3 to check on arrival and, with --retention and --retain, under Object Lock retention. "
                    + PublishManifest.NAME + ", listing every object with its SHA-256, is written last, so a set "
                    + "without it is unfinished.",
            "The bucket must have Object Lock enabled (or give --allow-no-object-lock). Objects already under the "
                    + "prefix must be the very bytes publish would write, or nothing is written; so a publish that "
                    + "stopped can be run again to finish. Only the named bucket is written to. "
                    + "See docs/s3-locker.md for the permissions it needs."
        })
final class PublishCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "PATH",
            description = "An evidence locker, a period store, a pack folder (--out of report, run or demo) or a "
                    + "pack zip.")
    Path source;

    @Option(names = "--to", required = true, paramLabel = "s3://BUCKET/PREFIX", description = "Where to publish.")
    String to;

    @Mixin
    RetentionSettings retention;

    @Mixin
    S3Settings s3;

    @Override
    public Integer call() {
        S3Uri target = S3Uri.parse(to, "--to");
        S3Locker.Options options = retention.options(Clock.systemUTC());
        S3Locker.Published done;
        try (S3Locker locker = S3Locker.connect(s3.connection())) {
            done = locker.publish(source, target, options);
        }
        describe(done, source.toString(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** What a publish did, for {@code publish} and {@code collect --out s3://…}. */
    static void describe(S3Locker.Published done, String what, PrintWriter w) {
        PublishManifest m = done.manifest();
        w.println("Published " + m.kind() + " " + what + " to " + done.to() + ": " + done.uploaded()
                + " object(s) written (" + done.bytes() + " bytes), " + done.alreadyThere()
                + " already there byte for byte; " + PublishManifest.NAME + " lists "
                + m.objects().size()
                + " object(s)");
        w.println("  Object Lock: " + (m.objectLock() ? "enabled" : "NOT enabled on the bucket") + "; retention: "
                + m.retention().map(r -> r.mode() + " until " + r.retainUntil()).orElse("none written"));
        done.notes().forEach(n -> w.println("  note: " + n));
    }
}
