package dev.auditpack.evidence;

import dev.auditpack.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The snapshots of a series, walked oldest first and checked link by link: each a complete locker whose files
 * match its index, linked to this series under its own folder name, naming the snapshot before it by name and by
 * the SHA-256 of that snapshot's {@code index.json}; the last one the head {@code series.json} names. So a
 * snapshot removed, reordered, altered or inserted is named, one line each.
 */
public final class SeriesChain {

    /**
     * One snapshot of the chain, without its locker held: a series of many large snapshots is read one at a time.
     *
     * @param name          its folder name
     * @param dir           its locker folder
     * @param indexSha256   SHA-256 of its {@code index.json}
     * @param startedAt     when its collection started
     * @param finishedAt    when it ended: the time it observes
     * @param evidenceFiles evidence files its index lists
     * @param errors        collection errors its index lists
     */
    public record Snapshot(
            String name,
            Path dir,
            String indexSha256,
            java.time.Instant startedAt,
            java.time.Instant finishedAt,
            int evidenceFiles,
            int errors) {
        public Snapshot {
            Objects.requireNonNull(name);
            Objects.requireNonNull(dir);
            Objects.requireNonNull(indexSha256);
            Objects.requireNonNull(startedAt);
            Objects.requireNonNull(finishedAt);
        }

        static Snapshot of(String name, Locker locker, String indexSha256) {
            EvidenceIndex index = locker.index();
            return new Snapshot(
                    name,
                    locker.root(),
                    indexSha256,
                    index.startedAt(),
                    index.finishedAt(),
                    index.evidence().size(),
                    index.errors().size());
        }

        /** Opens its locker again, to read it. */
        public Locker open() {
            return Locker.open(dir);
        }
    }

    /**
     * What the walk found.
     *
     * @param snapshots every snapshot that could be opened, oldest first
     * @param problems  one line per problem, each naming its snapshot (or {@code series.json}); empty for a sound chain
     */
    public record Walk(List<Snapshot> snapshots, List<String> problems) {
        public Walk {
            snapshots = List.copyOf(snapshots);
            problems = List.copyOf(problems);
        }

        public boolean sound() {
            return problems.isEmpty();
        }
    }

    private SeriesChain() {}

    /** Walks the chain of {@code series}, re-hashing every snapshot's files. */
    public static Walk walk(Series series) {
        List<Snapshot> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Snapshot before = null;
        for (String name : series.entries()) {
            String where = Series.SNAPSHOTS + "/" + name + ": ";
            Path dir = series.snapshot(name);
            if (!Files.isDirectory(dir) || !name.matches(Series.NAME_PATTERN)) {
                problems.add(where + "is not a snapshot folder (expected a folder named like 20261202T060000Z)");
                continue;
            }
            Locker locker;
            try {
                locker = Locker.open(dir);
            } catch (InputException e) {
                problems.add(where + "cannot be read: " + e.getMessage());
                continue;
            }
            Snapshot here = Snapshot.of(name, locker, Series.sha256(dir.resolve(LockerWriter.INDEX)));
            String problem = problem(series, before, here, locker.index());
            if (problem == null) {
                List<Discrepancy> files = locker.verify();
                if (!files.isEmpty()) {
                    Discrepancy d = files.get(0);
                    problem = "altered: " + d.path() + " is " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + (files.size() > 1 ? " and " + (files.size() - 1) + " more file(s) differ" : "")
                            + " (run 'auditpack verify " + dir + "' for the list)";
                }
            }
            if (problem != null) {
                problems.add(where + problem);
            }
            found.add(here);
            before = here;
        }
        SnapshotLink.Previous head = series.manifest().head();
        SnapshotLink.Previous last =
                before == null ? null : new SnapshotLink.Previous(before.name(), before.indexSha256());
        if (!Objects.equals(head, last)) {
            problems.add(Series.FILE + ": names " + Series.describe(head) + " as the latest snapshot, but the last is "
                    + Series.describe(last) + ": a snapshot was removed, added or altered at the end");
        }
        return new Walk(found, problems);
    }

    /** What is wrong with the link from {@code here} back to {@code before}, or null. */
    private static String problem(Series series, Snapshot before, Snapshot here, EvidenceIndex index) {
        if (index.snapshot().isEmpty()) {
            return "its index.json has no snapshot link: it was not collected into this series (inserted?)";
        }
        SnapshotLink link = index.snapshot().get();
        if (!link.series().equals(series.id())) {
            return "belongs to another series (" + link.series() + "), not " + series.id() + " (inserted?)";
        }
        if (!link.name().equals(here.name())) {
            return "its index.json names it " + link.name() + ": the snapshot was renamed (reordered?)";
        }
        if (!index.period().start().equals(series.period().start())
                || !index.period().end().equals(series.period().end())) {
            return "is for the period " + index.period().label() + ", not the series' "
                    + series.period().label();
        }
        SnapshotLink.Previous previous = link.previous();
        if (before == null) {
            return previous == null
                    ? null
                    : "names " + previous.name() + " as the snapshot before it, but it is the first: "
                            + "the snapshot(s) before it were removed";
        }
        if (previous == null) {
            return "says it is the first of the series, but " + before.name() + " comes before it (inserted?)";
        }
        if (!previous.name().equals(before.name())) {
            boolean present = Files.isDirectory(series.snapshot(previous.name()));
            return "names " + previous.name() + " as the snapshot before it, but the one before it is " + before.name()
                    + (present
                            ? ": a snapshot was inserted or the snapshots were reordered"
                            : ": a snapshot was removed");
        }
        if (!previous.indexSha256().equals(before.indexSha256())) {
            return "records sha256 " + previous.indexSha256() + " for the index of " + before.name() + ", which is now "
                    + before.indexSha256() + ": " + before.name() + " was altered";
        }
        if (!index.startedAt().isAfter(before.finishedAt())) {
            return "was collected at " + index.startedAt() + ", before " + before.name() + " finished (reordered?)";
        }
        return null;
    }
}
