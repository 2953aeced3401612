package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Series;
import dev.auditpack.evidence.SnapshotLink;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code collect --series}: one more snapshot of a period store, chained to the one before it. */
final class SeriesCollection {

    private SeriesCollection() {}

    static EvidenceIndex collect(CollectCommand command) {
        if (command.resume || command.force) {
            throw new InputException(
                    command.resume ? "--resume" : "--force",
                    "cannot be combined with --series: a snapshot is never resumed or replaced, the next one is "
                            + "simply collected");
        }
        Optional<Cadence> cadence;
        try {
            cadence = Optional.ofNullable(command.cadence).map(Cadence::parse);
        } catch (IllegalArgumentException e) {
            throw new InputException("--cadence", e.getMessage());
        }
        Clock clock = Clock.systemUTC();
        // Checked before the store is touched, so a bad flag leaves nothing behind.
        AwsCollection.Request request = command.collect.request(command.series, false, false, clock);
        boolean existed = Files.exists(command.series);
        boolean fresh = !Series.isSeries(command.series);
        Series series =
                Series.openOrCreate(command.series, cadence, Optional.ofNullable(command.collect.period), clock);
        Series.Prepared next = series.prepare(clock);
        EvidenceIndex index;
        try {
            index = AwsCollection.collect(
                    withPeriod(request, series).snapshot(next.dir(), next.link()),
                    Progress.forTerminal(command.spec.commandLine().getErr()),
                    clock,
                    Version.current());
        } catch (RuntimeException | Error e) {
            removeUnfinished(next.dir());
            if (fresh) {
                // A series this run started, whose first snapshot failed: nothing of it is left behind.
                removeTree(command.series.resolve(Series.SNAPSHOTS));
                removeTree(command.series.resolve(Series.FILE));
                if (!existed) {
                    removeTree(command.series);
                }
            }
            throw e;
        }
        SnapshotLink.Previous head = series.advance(next.link().name());
        PrintWriter w = command.spec.commandLine().getOut();
        CollectCommand.summarise(index, next.dir(), w);
        w.println("  snapshot " + series.entries().size() + " of the "
                + series.cadence().word() + " series in "
                + command.series + " (period " + series.period().label() + "); its index sha256 is "
                + head.indexSha256());
        return index;
    }

    /** The request for the series' own period, whatever the flags defaulted to. */
    private static AwsCollection.Request withPeriod(AwsCollection.Request r, Series series) {
        return new AwsCollection.Request(
                r.out(),
                false,
                false,
                series.period(),
                r.regions(),
                r.allRegions(),
                r.accounts(),
                r.organization(),
                r.roleName(),
                r.externalId(),
                r.profile(),
                r.endpoint(),
                r.serviceEndpoints(),
                r.concurrency(),
                r.perService(),
                r.maxAttempts(),
                r.artifactReportSeries(),
                r.cloudTrailEvents(),
                Optional.empty());
    }

    /** A snapshot that did not finish has no index, so nothing refers to it; it goes, so the next run can start. */
    private static void removeUnfinished(Path dir) {
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve(LockerWriter.INDEX))) {
            return;
        }
        removeTree(dir);
    }

    private static void removeTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            // Left for the next run to name: it refuses to chain to a snapshot without an index.
        }
    }
}
