package dev.auditpack.pack;

import dev.auditpack.check.Check;
import dev.auditpack.evaluation.period.Timeline;
import dev.auditpack.evaluation.period.Timelines;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.Series;
import dev.auditpack.evidence.SeriesChain;
import dev.auditpack.framework.Framework;
import dev.auditpack.input.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code report --evidence} names: one locker, or a period store whose chain must be sound. A series is
 * reported from its latest snapshot (today's statuses, as for one locker) plus the timeline over every snapshot.
 *
 * @param latest the locker the statuses are judged from
 * @param series the period store and its verified snapshots, or empty for one locker
 */
record SeriesInput(Locker latest, Optional<Chain> series) {

    /**
     * A verified series.
     *
     * @param series    the store
     * @param snapshots its snapshots, oldest first
     */
    record Chain(Series series, List<SeriesChain.Snapshot> snapshots) {}

    /**
     * Opens {@code evidence}. A period store is walked and every snapshot re-hashed first; a broken chain is refused,
     * naming the first problem.
     */
    static SeriesInput open(Path evidence, Path out) {
        if (!Series.isSeries(evidence)) {
            return new SeriesInput(Locker.open(evidence), Optional.empty());
        }
        if (out.toAbsolutePath()
                .normalize()
                .startsWith(evidence.toAbsolutePath().normalize())) {
            throw new InputException(
                    out,
                    "lies inside the period store " + evidence + "; a pack written there would change it. "
                            + "Write it elsewhere.");
        }
        Series series = Series.open(evidence);
        SeriesChain.Walk walk = SeriesChain.walk(series);
        if (!walk.sound()) {
            throw new InputException(
                    evidence,
                    "is a broken snapshot series: " + walk.problems().get(0)
                            + (walk.problems().size() > 1
                                    ? " (and " + (walk.problems().size() - 1) + " more problem(s))"
                                    : "")
                            + "; run 'auditpack verify " + evidence + "' for the list. No report was written.");
        }
        if (walk.snapshots().isEmpty()) {
            throw new InputException(evidence, "is a snapshot series without snapshots; collect one first");
        }
        SeriesChain.Snapshot last = walk.snapshots().get(walk.snapshots().size() - 1);
        return new SeriesInput(last.open(), Optional.of(new Chain(series, walk.snapshots())));
    }

    /**
     * Every locker the pack is made from: the series' snapshots, oldest first, each opened as it is reached; or the
     * one locker.
     */
    Iterable<Locker> lockers() {
        if (series.isEmpty()) {
            return List.of(latest);
        }
        List<SeriesChain.Snapshot> all = series.get().snapshots();
        return () -> all.stream().map(SeriesChain.Snapshot::open).iterator();
    }

    /** The timeline over every snapshot, for a series. */
    Optional<Timeline> timeline(List<Framework> frameworks, List<Check> checks) {
        return series.map(c ->
                Timelines.build(c.snapshots(), c.series().cadence(), c.series().period(), frameworks, checks));
    }
}
