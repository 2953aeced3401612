package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A period store: one audit period's snapshots, each an ordinary locker under {@code snapshots/<UTC time>/}, chained
 * by the SHA-256 of the previous snapshot's index ({@link SnapshotLink}), with {@code series.json} naming the
 * cadence, the period and the latest snapshot (the head). {@link SeriesChain} walks and checks the chain.
 */
public final class Series {

    /** The series file at the store's root. */
    public static final String FILE = "series.json";
    /** The folder holding one locker per snapshot. */
    public static final String SNAPSHOTS = "snapshots";
    /** A snapshot's folder name: its UTC start time, to the second. */
    public static final String NAME_PATTERN = "\\d{8}T\\d{6}Z";

    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * The contents of {@code series.json}.
     *
     * @param formatVersion 1
     * @param id            random id every snapshot's link repeats, so a snapshot of another series is told apart
     * @param cadence       how often snapshots are taken
     * @param period        the audit period every snapshot is collected for
     * @param createdAt     when the series was started
     * @param head          the latest snapshot and the SHA-256 of its index, or null before the first
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Manifest(
            int formatVersion,
            String id,
            Cadence cadence,
            AuditPeriod period,
            Instant createdAt,
            SnapshotLink.Previous head) {
        public Manifest {
            if (formatVersion < 1) {
                throw new IllegalArgumentException("formatVersion must be 1");
            }
            if (formatVersion > 1) {
                throw new IllegalArgumentException(
                        "uses series format " + formatVersion + ", newer than this auditpack reads (up to 1)");
            }
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * A snapshot about to be collected.
     *
     * @param dir  its locker folder, not yet created
     * @param link what its index will say about its place in the series
     */
    public record Prepared(Path dir, SnapshotLink link) {}

    private final Path root;
    private Manifest manifest;

    private Series(Path root, Manifest manifest) {
        this.root = root;
        this.manifest = manifest;
    }

    /** True when {@code dir} is a period store (it has {@code series.json}). */
    public static boolean isSeries(Path dir) {
        return Files.isDirectory(dir) && Files.exists(dir.resolve(FILE));
    }

    /**
     * Opens the series in {@code dir}.
     *
     * @throws InputException naming {@code series.json} when it is missing or invalid
     */
    public static Series open(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            InputFiles.checkInside(dir, file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file, "missing: " + dir + " is not a snapshot series");
        }
        Manifest m = InputFiles.read(file, EvidenceJson.mapper(), Manifest.class);
        if (m == null) {
            throw new InputException(file, "is empty: expected a snapshot series description");
        }
        return new Series(dir, m);
    }

    /**
     * Opens the series in {@code dir}, or starts one there when the folder is missing or empty.
     *
     * @param cadence required to start a series; when given for an existing one it must match
     * @param period  the period of a new series (default: the current quarter); when given it must match
     */
    public static Series openOrCreate(Path dir, Optional<Cadence> cadence, Optional<AuditPeriod> period, Clock clock) {
        if (isSeries(dir)) {
            Series s = open(dir);
            cadence.filter(c -> c != s.cadence()).ifPresent(c -> {
                throw new InputException(
                        "--cadence",
                        "is " + c.word() + " but the series in " + dir + " is "
                                + s.cadence().word());
            });
            period.filter(p -> !p.start().equals(s.period().start())
                            || !p.end().equals(s.period().end()))
                    .ifPresent(p -> {
                        throw new InputException(
                                "--period",
                                "is " + p.label() + " but the series in " + dir + " is for "
                                        + s.period().label());
                    });
            return s;
        }
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                throw new InputException(dir, "is not a snapshot series (it has no " + FILE + ") and is not empty");
            }
        } catch (IOException e) {
            throw new InputException(dir, "cannot be read: " + e.getMessage(), e);
        }
        if (cadence.isEmpty()) {
            throw new InputException("--cadence", "is needed to start a snapshot series in " + dir);
        }
        Instant now = clock.instant();
        Manifest m = new Manifest(
                1,
                UUID.randomUUID().toString(),
                cadence.get(),
                period.orElseGet(
                        () -> AuditPeriod.quarterOf(now.atZone(ZoneOffset.UTC).toLocalDate())),
                now,
                null);
        Series s = new Series(dir, m);
        s.write(m);
        return s;
    }

    public Path root() {
        return root;
    }

    public Manifest manifest() {
        return manifest;
    }

    public String id() {
        return manifest.id();
    }

    public Cadence cadence() {
        return manifest.cadence();
    }

    public AuditPeriod period() {
        return manifest.period();
    }

    /** Folder of the named snapshot. */
    public Path snapshot(String name) {
        return root.resolve(SNAPSHOTS).resolve(name);
    }

    /** Every entry of {@code snapshots/}, sorted by name (which is time order for well-formed names). */
    public List<String> entries() {
        Path dir = root.resolve(SNAPSHOTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * The next snapshot's folder and link. Refuses when the last snapshot did not finish or the head in
     * {@code series.json} does not match it, so a snapshot is never chained to a broken series.
     */
    public Prepared prepare(Clock clock) {
        List<String> names = entries();
        SnapshotLink.Previous previous = null;
        if (!names.isEmpty()) {
            String last = names.get(names.size() - 1);
            Path index = snapshot(last).resolve(LockerWriter.INDEX);
            if (!Files.isRegularFile(index)) {
                throw new InputException(
                        snapshot(last),
                        "did not finish (no index.json); remove it, then collect again (nothing refers to it)");
            }
            previous = new SnapshotLink.Previous(last, sha256(index));
            if (!previous.equals(manifest.head())) {
                throw new InputException(
                        root.resolve(FILE),
                        "names " + describe(manifest.head()) + " as the latest snapshot, but the last one is " + last
                                + "; run 'auditpack verify " + root + "'");
            }
        } else if (manifest.head() != null) {
            throw new InputException(
                    root.resolve(FILE),
                    "names " + describe(manifest.head()) + " as the latest snapshot, but " + SNAPSHOTS
                            + "/ holds none; run 'auditpack verify " + root + "'");
        }
        String name = NAME.format(clock.instant());
        if (previous != null && name.compareTo(previous.name()) <= 0) {
            throw new InputException(
                    snapshot(name),
                    "would not come after the latest snapshot " + previous.name()
                            + " (one a second at most; is the clock right?)");
        }
        return new Prepared(snapshot(name), new SnapshotLink(manifest.id(), name, previous));
    }

    /** Makes the finished snapshot {@code name} the head, in {@code series.json}; returns the new head. */
    public SnapshotLink.Previous advance(String name) {
        SnapshotLink.Previous head =
                new SnapshotLink.Previous(name, sha256(snapshot(name).resolve(LockerWriter.INDEX)));
        Manifest next = new Manifest(
                manifest.formatVersion(),
                manifest.id(),
                manifest.cadence(),
                manifest.period(),
                manifest.createdAt(),
                head);
        write(next);
        manifest = next;
        return head;
    }

    static String describe(SnapshotLink.Previous p) {
        return p == null ? "no snapshot" : p.name() + " (index sha256 " + p.indexSha256() + ")";
    }

    static String sha256(Path file) {
        try {
            return Digests.sha256(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void write(Manifest m) {
        try {
            Files.createDirectories(root.resolve(SNAPSHOTS));
            AtomicFiles.write(root.resolve(FILE), EvidenceJson.mapper().writeValueAsBytes(m));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(FILE), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
