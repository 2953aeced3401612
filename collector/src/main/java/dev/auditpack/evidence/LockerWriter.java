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
    private final java.util.Set<EvidenceKey> written = new java.util.HashSet<>();
    private final List<CollectionError> errors = new ArrayList<>();
    private final List<AttachmentEntry> attachments = new ArrayList<>();
    /** Attachments of collector runs whose evidence file is not written yet, by collector, account and region. */
    private final java.util.Map<EvidenceKey, List<AttachmentEntry>> pending = new java.util.HashMap<>();

    /** Where the locker stands in a snapshot series, written into its index; null for a locker of its own. */
    private SnapshotLink snapshot;

    /** The shard of a plan this locker holds, written into its index; null for a locker collected in one run. */
    private PlanLink plan;

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
                    throw new InputException(
                            dir,
                            "already contains files; choose an empty directory or pass --force to replace its evidence");
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
        attachments.clear();
        pending.clear();
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
            EvidenceEntry entry = new EvidenceEntry(
                    path,
                    doc.collector(),
                    doc.account(),
                    doc.region(),
                    doc.collectedAt(),
                    Digests.sha256(bytes),
                    bytes.length,
                    doc.errors().size());
            synchronized (this) {
                entries.add(entry);
                EvidenceKey key = doc.key();
                written.add(key);
                errors.addAll(doc.errors());
                attachments.addAll(pending.getOrDefault(key, List.of()));
                pending.remove(key);
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence to " + root, e);
        }
    }

    /**
     * Stores a document a collector received besides its API answers (a report PDF) under
     * {@code raw/<account>/<region>/<collector>/<name>}, atomically, with its hash. It joins the
     * index when the collector's evidence file is {@linkplain #write written}; until then
     * {@link #discardAttachments} removes it, so a collector run that fails leaves no file behind.
     *
     * @param name file name, a plain path segment such as {@code report-0123456789abcdef-v3.pdf}
     * @throws IOException when the file cannot be written; nothing is kept
     */
    public AttachmentEntry attach(
            String collector,
            String account,
            String region,
            String name,
            String mediaType,
            String title,
            boolean confidential,
            byte[] content)
            throws IOException {
        String path = AttachmentEntry.pathFor(account, region, collector, name);
        if (!EvidenceEntry.isSafePath(path)) {
            throw new IllegalArgumentException("attachment name '" + name + "' is not a plain file name");
        }
        Path file = root.resolve(path);
        AtomicFiles.write(file, content);
        AttachmentEntry entry = new AttachmentEntry(
                path, collector, account, Digests.sha256(content), content.length, mediaType, title, confidential);
        pend(new EvidenceKey(collector, account, region), entry);
        return entry;
    }

    /**
     * Like {@link #attach}, for a document written as a stream: the sink hashes what is written, and on
     * {@linkplain AttachmentSink#commit commit} the file is put in place and joins the collector run's attachments.
     */
    public AttachmentSink openAttachment(
            String collector,
            String account,
            String region,
            String name,
            String mediaType,
            String title,
            boolean confidential)
            throws IOException {
        String path = AttachmentEntry.pathFor(account, region, collector, name);
        if (!EvidenceEntry.isSafePath(path)) {
            throw new IllegalArgumentException("attachment name '" + name + "' is not a plain file name");
        }
        EvidenceKey key = new EvidenceKey(collector, account, region);
        return new AttachmentSink(root.resolve(path), (sha256, size) -> {
            AttachmentEntry entry =
                    new AttachmentEntry(path, collector, account, sha256, size, mediaType, title, confidential);
            pend(key, entry);
            return entry;
        });
    }

    private synchronized void pend(EvidenceKey key, AttachmentEntry entry) {
        List<AttachmentEntry> unit = pending.computeIfAbsent(key, k -> new ArrayList<>());
        unit.removeIf(a -> a.path().equals(entry.path()));
        unit.add(entry);
    }

    /** Deletes the attachments of a collector run that ended without an evidence file. */
    public void discardAttachments(String collector, String account, String region) {
        List<AttachmentEntry> unit;
        synchronized (this) {
            unit = pending.remove(new EvidenceKey(collector, account, region));
        }
        if (unit == null) {
            return;
        }
        try {
            for (AttachmentEntry a : unit) {
                Files.deleteIfExists(root.resolve(a.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the attachments of " + collector + " from " + root, e);
        }
    }

    /**
     * Opens an unfinished locker to complete it: the evidence files already there are kept (each was written
     * atomically, so each is whole), leftover temporary files are removed, and {@link #has} tells which
     * collector runs are done. A collector run that stored attachments is redone in full: its attachments and its
     * evidence file are removed, because what the index says of each attachment was never written.
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
            throw new InputException(
                    dir.resolve(PLAN), "missing: this directory was not left by an interrupted collection");
        }
        LockerWriter writer = new LockerWriter(dir, false);
        try {
            removeAttachedRuns(dir.resolve("raw"));
        } catch (IOException e) {
            throw new InputException(dir, "cannot be read to resume: " + e.getMessage(), e);
        }
        try (Stream<Path> walk = Files.walk(dir.resolve("raw"))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.contains(".tmp-")) {
                    Files.delete(file);
                    continue;
                }
                String path = dir.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                EvidenceDocument doc;
                try {
                    doc = EvidenceJson.mapper().readValue(bytes, EvidenceDocument.class);
                } catch (IOException | RuntimeException e) {
                    Files.delete(file);
                    continue;
                }
                if (doc == null || !path.equals(doc.lockerPath())) {
                    Files.delete(file);
                    continue;
                }
                writer.entries.add(new EvidenceEntry(
                        path,
                        doc.collector(),
                        doc.account(),
                        doc.region(),
                        doc.collectedAt(),
                        Digests.sha256(bytes),
                        bytes.length,
                        doc.errors().size()));
                writer.written.add(doc.key());
                writer.errors.addAll(doc.errors());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was written before the interruption
        } catch (IOException e) {
            throw new InputException(dir, "cannot be read to resume: " + e.getMessage(), e);
        }
        return writer;
    }

    /** Removes each {@code raw/<account>/<region>/<collector>/} folder of attachments and that collector's file. */
    private static void removeAttachedRuns(Path raw) throws IOException {
        if (!Files.isDirectory(raw)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(raw, 3)) {
            folders = walk.filter(p -> raw.relativize(p).getNameCount() == 3 && Files.isDirectory(p))
                    .toList();
        }
        for (Path folder : folders) {
            deleteTree(folder);
            Files.deleteIfExists(folder.resolveSibling(folder.getFileName() + ".json"));
        }
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
        return written.contains(new EvidenceKey(collector, account, region));
    }

    /** Makes the locker a snapshot of a series: {@link #finish} writes the link into its index. */
    public synchronized void link(SnapshotLink link) {
        this.snapshot = link;
    }

    /** Makes the locker a shard of a plan: {@link #finish} writes the link into its index. */
    public synchronized void shard(PlanLink link) {
        this.plan = link;
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

    /**
     * Writes {@code index.json}; after this the locker is complete and verifiable. Attachments of collector runs
     * that never wrote their evidence file are deleted first.
     *
     * @param collectors the scope and freshness limit of each collector the run planned, by id
     */
    public synchronized EvidenceIndex finish(
            String runId,
            String toolVersion,
            AuditPeriod period,
            Scope scope,
            Optional<CallerIdentity> caller,
            java.time.Instant startedAt,
            java.time.Instant finishedAt,
            java.util.Map<String, CollectorEntry> collectors) {
        for (EvidenceKey key : List.copyOf(pending.keySet())) {
            discardAttachments(key.collector(), key.account(), key.region());
        }
        EvidenceIndex index = new EvidenceIndex(
                EvidenceIndex.CURRENT_FORMAT,
                runId,
                toolVersion,
                period,
                scope,
                caller,
                startedAt,
                finishedAt,
                entries,
                errors,
                attachments,
                collectors,
                Optional.ofNullable(snapshot),
                Optional.ofNullable(plan));
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
