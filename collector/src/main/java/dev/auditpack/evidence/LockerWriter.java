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

    /** Name of the plan file an unfinished collection leaves, to be resumed from. */
    public static final String PLAN = "collection.json";

    private final Path root;
    private final boolean createdRoot;
    private final List<EvidenceEntry> entries = new ArrayList<>();
    private final java.util.Set<String> written = new java.util.HashSet<>();
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
                Files.deleteIfExists(dir.resolve(PLAN));
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
            Files.deleteIfExists(root.resolve(PLAN));
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
                written.add(key(doc.collector(), doc.account(), doc.region()));
                errors.addAll(doc.errors());
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence to " + root, e);
        }
    }

    /**
     * Opens an unfinished locker to complete it: the evidence files already there are kept (each was written
     * atomically, so each is whole), leftover temporary files are removed, and {@link #has} tells which
     * collector runs are done.
     *
     * @throws InputException when {@code dir} is already complete or was not left by an interrupted collection
     */
    public static LockerWriter resume(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "does not exist; there is nothing to resume");
        }
        if (Files.exists(dir.resolve(INDEX))) {
            throw new InputException(dir, "is a complete locker (it has index.json); there is nothing to resume");
        }
        if (!Files.exists(dir.resolve(PLAN))) {
            throw new InputException(dir.resolve(PLAN), "missing: this directory was not left by an interrupted collection");
        }
        LockerWriter writer = new LockerWriter(dir, false);
        try (Stream<Path> walk = Files.walk(dir.resolve("raw"))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.contains(".tmp-")) {
                    Files.delete(file);
                    continue;
                }
                String path = dir.relativize(file).toString().replace('\\', '/');
                EvidenceDocument doc;
                try {
                    doc = EvidenceJson.mapper().readValue(Files.readAllBytes(file), EvidenceDocument.class);
                } catch (IOException | RuntimeException e) {
                    Files.delete(file);
                    continue;
                }
                if (doc == null || !path.equals(doc.lockerPath())) {
                    Files.delete(file);
                    continue;
                }
                writer.entries.add(new EvidenceEntry(path, doc.collector(), doc.account(), doc.region(), doc.collectedAt(),
                        Digests.sha256(file), Files.size(file), doc.errors().size()));
                writer.written.add(key(doc.collector(), doc.account(), doc.region()));
                writer.errors.addAll(doc.errors());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was written before the interruption
        } catch (IOException e) {
            throw new InputException(dir, "cannot be read to resume: " + e.getMessage(), e);
        }
        return writer;
    }

    /** Reads the plan an interrupted collection left. */
    public <T> T readPlan(Class<T> type) {
        Path file = root.resolve(PLAN);
        try {
            return EvidenceJson.mapper().readValue(Files.readAllBytes(file), type);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file, "is not a valid collection plan: " + e.getMessage(), e);
        }
    }

    /** Writes the collection plan, before any evidence, so an interrupted run can be resumed. */
    public void writePlan(Object plan) {
        try {
            AtomicFiles.write(root.resolve(PLAN), EvidenceJson.mapper().writeValueAsBytes(plan));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(PLAN), e);
        }
    }

    /** True when evidence for this collector, account and region is already in the locker. */
    public synchronized boolean has(String collector, String account, String region) {
        return written.contains(key(collector, account, region));
    }

    private static String key(String collector, String account, String region) {
        return collector + "|" + account + "|" + region;
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
