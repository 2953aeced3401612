package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.collector.locker.S3Connection;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.input.InputException;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code collect --out s3://bucket/prefix}: checks the bucket and the prefix first, collects into a locker in a
 * temporary folder (removed however the program ends, Ctrl-C included), then publishes it as {@code publish} does.
 */
final class S3Collection {

    private S3Collection() {}

    static int collect(CollectCommand command) {
        S3Uri uri = S3Uri.parse(command.outArg, "--out");
        if (command.resume || command.force) {
            throw new InputException(
                    command.resume ? "--resume" : "--force",
                    "cannot be combined with --out s3://…: the locker is collected afresh in a temporary folder and "
                            + "published, and publish never replaces objects");
        }
        if (command.cadence != null) {
            throw new InputException("--cadence", "applies to a period store; give it with --series DIR");
        }
        Clock clock = Clock.systemUTC();
        S3Locker.Options options = command.retention.options(clock);
        // Every flag is checked before the bucket is asked or anything collected.
        var sharded = command.shardScope();
        command.collect.request(Path.of("locker"), false, false, clock);
        S3Connection connection = S3Paths.connection(command.collect);
        PrintWriter out = command.spec.commandLine().getOut();
        try (S3Locker locker = S3Locker.connect(connection)) {
            S3Paths.checkNewTarget(locker, uri, options);
            Path scratch = Scratch.directory("auditpack-collect-");
            try {
                Path dir = scratch.resolve("locker");
                EvidenceIndex index = AwsCollection.collect(
                        command.collect.request(dir, false, false, clock),
                        sharded,
                        Progress.forTerminal(command.spec.commandLine().getErr()),
                        clock,
                        Version.current());
                S3Locker.Published published = locker.publish(dir, uri, options);
                CollectCommand.summarise(index, uri.toString(), out);
                PublishCommand.describe(published, "collected", out);
                return command.failOn.contains(FailOn.COLLECTION_ERRORS)
                                && !index.errors().isEmpty()
                        ? ExitCodes.COLLECTION_ERRORS
                        : ExitCodes.OK;
            } finally {
                Scratch.delete(scratch);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot use a temporary folder for the locker", e);
        }
    }
}
