package dev.auditpack.evidence;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a locker: each evidence file atomically as it arrives, and {@code index.json} last, so a run
 * that stops half-way leaves no index and can never be mistaken for a complete locker. Thread-safe.
 */
public final class LockerWriter {

    /** Name of the index file at the locker root. */
    public static final String INDEX = "index.json";

    private final Path root;
    private final boolean createdRoot;
    private final List<EvidenceEntry> entries = new ArrayList<>();
    private final List<CollectionError> errors = new ArrayList<>();

    private LockerWriter(Path root, boolean createdRoot) {
        this.root = root;
        this.createdRoot = createdRoot;
    }

    /**
     * Opens {@code dir} for a new locker. An existing non-empty directory is refused unless
     * {@code replace} is set; then its index is removed first (so it stops being a valid locker at once)
     * and its old raw evidence is deleted. Other files in the directory are left alone.
     */
    public static LockerWriter create(Path dir, boolean replace) {
        boolean created = !Files.exists(dir);
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new InputException(dir, "exists and is not a directory");
            }
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                if (!replace) {
                    throw new InputException(dir, "already contains files; choose an empty directory or pass --force to replace its evidence");
                }
                Files.deleteIfExists(dir.resolve(INDEX));
                deleteTree(dir.resolve("raw"));
            }
            Files.createDirectories(dir.resolve("raw"));
            if (!Files.isWritable(dir)) {
                throw new InputException(dir, "is not writable");
            }
        } catch (IOException e) {
            throw new InputException(dir, "cannot be prepared for evidence: " + e.getMessage(), e);
        }
        return new LockerWriter(dir, created);
    }

    /** Removes everything this writer wrote, for a run that could not collect anything at all. */
    public synchronized void discard() {
        try {
            deleteTree(root.resolve("raw"));
            if (createdRoot) {
                try (Stream<Path> s = Files.list(root)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(root);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + root, e);
        }
        entries.clear();
        errors.clear();
    }

    public Path root() {
        return root;
    }

    /** Writes one evidence file atomically and remembers its index entry. */
    public EvidenceEntry write(EvidenceDocument doc) {
        try {
            byte[] bytes = EvidenceJson.mapper().writeValueAsBytes(doc);
            String path = doc.lockerPath();
            AtomicFiles.write(root.resolve(path), bytes);
            EvidenceEntry entry = new EvidenceEntry(path, doc.collector(), doc.account(), doc.region(),
                    doc.collectedAt(), Digests.sha256(bytes), bytes.length, doc.errors().size());
            synchronized (this) {
                entries.add(entry);
                errors.addAll(doc.errors());
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence to " + root, e);
        }
    }

    /** Records a call that produced no evidence file at all. */
    public synchronized void recordError(CollectionError error) {
        errors.add(error);
    }

    public synchronized List<CollectionError> errors() {
        return List.copyOf(errors);
    }

    public synchronized List<EvidenceEntry> entries() {
        return List.copyOf(entries);
    }

    /** Writes {@code index.json}; after this the locker is complete and verifiable. */
    public synchronized EvidenceIndex finish(String runId, String toolVersion, AuditPeriod period, Scope scope,
                                             Optional<CallerIdentity> caller, java.time.Instant startedAt,
                                             java.time.Instant finishedAt) {
        EvidenceIndex index = new EvidenceIndex(EvidenceIndex.CURRENT_FORMAT, runId, toolVersion, period, scope,
                caller, startedAt, finishedAt, entries, errors);
        try {
            AtomicFiles.write(root.resolve(INDEX), EvidenceJson.mapper().writeValueAsBytes(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(INDEX), e);
        }
        return index;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
