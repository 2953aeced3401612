package dev.auditpack.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A finished locker opened for reading: its index, its evidence files, and a check of both against each other. */
public final class Locker {

    /** Largest {@code index.json} read; a locker of 100 accounts in 17 regions needs about 10 MiB. */
    public static final long INDEX_LIMIT = 256L << 20;
    /** Largest evidence file read; each is parsed whole. */
    public static final long EVIDENCE_LIMIT = 512L << 20;

    private final Path root;
    private final EvidenceIndex index;

    private Locker(Path root, EvidenceIndex index) {
        this.root = root;
        this.index = index;
    }

    /**
     * Opens the locker in {@code dir}.
     *
     * @throws InputException naming {@code index.json} when it is missing, not JSON, or not a locker index
     */
    public static Locker open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "is not a directory (expected an evidence locker)");
        }
        Path indexFile = dir.resolve(LockerWriter.INDEX);
        JsonNode tree;
        try {
            InputFiles.checkInside(dir, indexFile);
            tree = EvidenceJson.mapper().readTree(InputFiles.readBounded(indexFile, INDEX_LIMIT));
        } catch (NoSuchFileException e) {
            throw new InputException(indexFile, "missing: not an evidence locker, or its collection did not finish");
        } catch (JsonProcessingException e) {
            throw new InputException(indexFile, "is not valid JSON: " + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw new InputException(indexFile, "cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InputException(indexFile, "is not a locker index (expected a JSON object)");
        }
        int version = tree.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw new InputException(indexFile, "has no formatVersion: not a locker index");
        }
        if (version > EvidenceIndex.CURRENT_FORMAT) {
            throw new InputException(
                    indexFile,
                    "uses locker format " + version + ", newer than this auditpack reads (up to "
                            + EvidenceIndex.CURRENT_FORMAT + ")");
        }
        try {
            return new Locker(dir, EvidenceJson.mapper().treeToValue(tree, EvidenceIndex.class));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(indexFile, "is not a valid locker index: " + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new InputException(indexFile, "is not a valid locker index: " + e.getOriginalMessage() + pathOf(e));
        }
    }

    /**
     * The locker {@code path} is or lies inside, if any: the nearest folder from {@code path} up that has a
     * {@code raw/} folder and an {@code index.json} or a collection plan. Judged on real paths, so a link cannot hide
     * the locker.
     */
    public static Optional<Path> enclosing(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        Path real;
        try {
            real = existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            real = p;
        }
        for (Path d = real; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("raw"))
                    && (Files.isRegularFile(d.resolve(LockerWriter.INDEX))
                            || Files.isRegularFile(d.resolve(LockerWriter.PLAN)))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public EvidenceIndex index() {
        return index;
    }

    /**
     * Reads one evidence file.
     *
     * @throws InputException naming the file when it is missing or not an evidence document
     */
    public EvidenceDocument read(EvidenceEntry entry) {
        Path file = root.resolve(entry.path());
        try {
            InputFiles.checkInside(root, file);
            EvidenceDocument doc = EvidenceJson.mapper()
                    .readValue(InputFiles.readBounded(file, EVIDENCE_LIMIT), EvidenceDocument.class);
            if (doc == null) {
                throw new InputException(file, "is empty: expected an evidence document");
            }
            if (!doc.collector().equals(entry.collector())
                    || !doc.account().equals(entry.account())
                    || !doc.region().equals(entry.region())) {
                throw new InputException(
                        file,
                        "does not hold what the index says (" + entry.collector() + ", " + entry.account() + ", "
                                + entry.region() + ")");
            }
            return doc;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "missing: listed in index.json but not in the locker");
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(file, "is not a valid evidence document: " + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new InputException(file, "is not valid evidence JSON: " + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A file's SHA-256 and length, as a caller that has just read it found them.
     *
     * @param sha256 lower-case hex
     * @param size   bytes
     */
    public record Digest(String sha256, long size) {}

    /** Re-hashes every file the index lists, evidence and attachments, and looks for files it does not list. */
    public List<Discrepancy> verify() {
        return verify(path -> null);
    }

    /**
     * As {@link #verify()}, taking each file's digest from {@code known} (by its path in the locker) where it has
     * one, rather than reading the file again: for a caller that has hashed the files already.
     */
    public List<Discrepancy> verify(java.util.function.Function<String, Digest> known) {
        List<Discrepancy> found = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (EvidenceEntry entry : index.evidence()) {
            listed.add(entry.path());
            verify(entry.path(), entry.sha256(), entry.size(), known.apply(entry.path()), found);
        }
        for (AttachmentEntry attachment : index.attachments()) {
            listed.add(attachment.path());
            verify(attachment.path(), attachment.sha256(), attachment.size(), known.apply(attachment.path()), found);
        }
        Path raw = root.resolve("raw");
        if (Files.isDirectory(raw)) {
            try (Stream<Path> walk = Files.walk(raw)) {
                walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !listed.contains(p))
                        .sorted()
                        .forEach(p ->
                                found.add(new Discrepancy(p, Discrepancy.Kind.UNEXPECTED, "not listed in index.json")));
            } catch (IOException e) {
                found.add(new Discrepancy("raw", Discrepancy.Kind.MISSING, "cannot be listed: " + e.getMessage()));
            }
        }
        return found;
    }

    private void verify(String path, String sha256, long expectedSize, Digest known, List<Discrepancy> found) {
        Path file = root.resolve(path);
        try {
            if (known == null) {
                // Opening a FIFO or a device would wait for ever or read without end.
                InputFiles.checkInside(root, file);
                InputFiles.checkRegular(file, Long.MAX_VALUE);
            }
            long size = known != null ? known.size() : Files.size(file);
            String actual = known != null ? known.sha256() : Digests.sha256(file);
            if (!actual.equals(sha256) || size != expectedSize) {
                found.add(new Discrepancy(
                        path,
                        Discrepancy.Kind.CHANGED,
                        "expected sha256 " + sha256 + " and " + expectedSize + " bytes, found " + actual + " and "
                                + size + " bytes"));
            }
        } catch (NoSuchFileException e) {
            found.add(new Discrepancy(path, Discrepancy.Kind.MISSING, "listed in index.json"));
        } catch (InputException e) {
            found.add(new Discrepancy(path, Discrepancy.Kind.CHANGED, e.problem()));
        } catch (IOException e) {
            found.add(new Discrepancy(path, Discrepancy.Kind.MISSING, "cannot be read: " + e.getMessage()));
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                && !m.getPath().isEmpty()) {
            return " at " + m.getPathReference();
        }
        return locationOf(e);
    }
}
