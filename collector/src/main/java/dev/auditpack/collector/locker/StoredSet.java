package dev.auditpack.collector.locker;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.input.InputException;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * A published set read back from S3: the manifest, each object as found (its SHA-256, size, retention and version)
 * and every way the objects differ from the manifest.
 *
 * @param from     where it was read
 * @param manifest the manifest, if there was a readable one
 * @param dir      the folder the objects were written to
 * @param objects  every object read, the manifest last
 * @param problems objects missing, changed (against the manifest or S3's stored checksum) or not in the manifest
 * @param notes    what else was seen (an object replaced by identical bytes)
 */
public record StoredSet(
        S3Uri from,
        Optional<PublishManifest> manifest,
        Path dir,
        List<StoredSet.StoredObject> objects,
        List<Discrepancy> problems,
        List<String> notes) {

    /** Objects read at once. */
    private static final int PARALLEL = 8;

    public StoredSet {
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /**
     * One object as S3 returned it.
     *
     * @param path        its path under the prefix
     * @param sha256      the SHA-256 of the bytes read (hex)
     * @param size        bytes read
     * @param mode        its Object Lock retention mode, if any
     * @param retainUntil its retain-until date, if any
     * @param versionId   the version read, if the bucket keeps versions
     */
    public record StoredObject(
            String path,
            String sha256,
            long size,
            Optional<String> mode,
            Optional<Instant> retainUntil,
            Optional<String> versionId) {

        /** Under retention at {@code now}: a mode, and a retain-until date after it. */
        public boolean retainedAt(Instant now) {
            return mode.isPresent()
                    && retainUntil.isPresent()
                    && retainUntil.get().isAfter(now);
        }
    }

    /** True when every object is there and matches. */
    public boolean matches() {
        return problems.isEmpty();
    }

    static StoredSet download(S3Client s3, S3Uri from, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                try (Stream<Path> in = Files.list(target)) {
                    if (in.findAny().isPresent()) {
                        throw new InputException(dir, "is not empty; download into a new or empty folder");
                    }
                }
            }
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new InputException(dir, "cannot be used: " + e.getMessage(), e);
        }
        Path staging = target.resolveSibling("." + target.getFileName() + ".download-" + UUID.randomUUID());
        Scratch.track(staging);
        try {
            Files.createDirectory(staging);
            StoredSet set = fetch(s3, from, staging);
            if (!set.matches()) {
                throw new S3Locker.CheckFailedException(set);
            }
            Files.deleteIfExists(target);
            Files.move(staging, target);
            Scratch.forget(staging);
            return new StoredSet(from, set.manifest(), target, set.objects(), set.problems(), set.notes());
        } catch (IOException e) {
            throw new InputException(dir, "cannot be written: " + e.getMessage(), e);
        } finally {
            try {
                Scratch.delete(staging);
            } catch (IOException e) {
                // the shutdown hook tries again
            }
        }
    }

    static StoredSet fetch(S3Client s3, S3Uri from, Path dir) {
        Map<String, Long> listed = Prefix.list(s3, from);
        List<Discrepancy> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!listed.containsKey(PublishManifest.NAME)) {
            problems.add(new Discrepancy(
                    PublishManifest.NAME,
                    Discrepancy.Kind.MISSING,
                    listed.isEmpty()
                            ? "nothing is stored under " + from
                            : "not published by auditpack, or the publish did not finish"));
            return new StoredSet(from, Optional.empty(), dir, List.of(), problems, notes);
        }
        PublishManifest manifest = Prefix.manifest(s3, from);
        List<Future<Read>> reads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "auditpack-s3-read");
            t.setDaemon(true);
            return t;
        });
        try {
            for (PublishManifest.Entry e : manifest.objects()) {
                reads.add(pool.submit(() -> read(s3, from, e, dir)));
            }
            reads.add(pool.submit(() -> read(s3, from, null, dir)));
            List<StoredObject> objects = new ArrayList<>();
            for (Future<Read> f : reads) {
                Read r = f.get();
                r.object().ifPresent(objects::add);
                problems.addAll(r.problems());
                r.note().ifPresent(notes::add);
            }
            java.util.Set<String> known = new java.util.HashSet<>();
            manifest.objects().forEach(e -> known.add(e.path()));
            listed.keySet().stream()
                    .filter(p -> !known.contains(p) && !p.equals(PublishManifest.NAME))
                    .sorted()
                    .forEach(p -> problems.add(
                            new Discrepancy(p, Discrepancy.Kind.UNEXPECTED, "not listed in " + PublishManifest.NAME)));
            return new StoredSet(from, Optional.of(manifest), dir, objects, problems, notes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + from, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One object read: what was found, and how it differs. */
    private record Read(Optional<StoredObject> object, List<Discrepancy> problems, Optional<String> note) {}

    /** Reads the object of {@code entry} (or, for null, the manifest) into {@code dir}, hashing it on the way. */
    private static Read read(S3Client s3, S3Uri from, PublishManifest.Entry entry, Path dir) throws IOException {
        String path = entry == null ? PublishManifest.NAME : entry.path();
        Path file = entry == null ? null : dir.resolve(path).normalize();
        if (file != null && !file.startsWith(dir)) {
            return new Read(
                    Optional.empty(),
                    List.of(new Discrepancy(path, Discrepancy.Kind.CHANGED, "unsafe path")),
                    Optional.empty());
        }
        MessageDigest digest = Digests.newSha256();
        GetObjectResponse head;
        long size;
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(r -> r.bucket(from.bucket()).key(from.key(path)).checksumMode(ChecksumMode.ENABLED))) {
            head = in.response();
            InputStream hashing = new DigestInputStream(in, digest);
            if (file == null) {
                size = hashing.transferTo(OutputStream.nullOutputStream());
            } else {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    size = hashing.transferTo(out);
                }
            }
        } catch (NoSuchKeyException e) {
            return new Read(
                    Optional.empty(),
                    List.of(new Discrepancy(path, Discrepancy.Kind.MISSING, "listed in " + PublishManifest.NAME)),
                    Optional.empty());
        } catch (SdkClientException e) {
            if (e.getMessage() != null && e.getMessage().contains("checksum")) {
                return new Read(
                        Optional.empty(),
                        List.of(new Discrepancy(
                                path,
                                Discrepancy.Kind.CHANGED,
                                "the bytes differ from the SHA-256 S3 stored for them")),
                        Optional.empty());
            }
            throw S3Connection.failure(from, "GetObject " + path, e);
        } catch (SdkException e) {
            throw S3Connection.failure(from, "GetObject " + path, e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        StoredObject object = new StoredObject(
                path,
                sha256,
                size,
                Optional.ofNullable(head.objectLockModeAsString()),
                Optional.ofNullable(head.objectLockRetainUntilDate()),
                Optional.ofNullable(head.versionId()));
        // One line an object: the bytes against the manifest first, else the checksum S3 keeps for them.
        List<Discrepancy> problems = new ArrayList<>();
        Optional<String> note = Optional.empty();
        String stored = head.checksumSHA256();
        if (entry != null && (!entry.sha256().equals(sha256) || entry.size() != size)) {
            problems.add(new Discrepancy(
                    path,
                    Discrepancy.Kind.CHANGED,
                    "expected sha256 " + entry.sha256() + " and " + entry.size() + " bytes, found " + sha256 + " and "
                            + size + " bytes"
                            + entry.versionId()
                                    .filter(v -> !v.equals(head.versionId()))
                                    .map(v -> "; the published version " + v + " is no longer the current one")
                                    .orElse("")));
        } else if (stored == null) {
            problems.add(new Discrepancy(path, Discrepancy.Kind.CHANGED, "stored without a SHA-256 checksum"));
        } else if (!S3Locker.hex(stored).equals(sha256)) {
            problems.add(new Discrepancy(
                    path, Discrepancy.Kind.CHANGED, "S3 stored SHA-256 " + S3Locker.hex(stored) + ", read " + sha256));
        } else if (entry != null
                && entry.versionId().isPresent()
                && !entry.versionId().get().equals(head.versionId())) {
            note = Optional.of(path + ": the current version " + head.versionId() + " is not the published "
                    + entry.versionId().get() + ", though its bytes are the same");
        }
        return new Read(Optional.of(object), problems, note);
    }
}
