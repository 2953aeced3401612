package dev.auditpack.collector.locker;

import dev.auditpack.input.InputException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockConfiguration;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence lockers and packs kept in S3. {@link #publish} writes a local locker, period store, pack folder or pack
 * zip under {@code s3://bucket/prefix}: each object with its SHA-256 for S3 to check on arrival, with Object Lock
 * retention when asked, never over a different object already there, and {@value PublishManifest#NAME} last.
 * {@link #download} brings a published set back into a local folder, checking every object against the manifest
 * and the checksum S3 stored; {@link #check} does the same into a scratch folder and reports rather than refuses.
 * Writes go only to the named bucket.
 */
public final class S3Locker implements AutoCloseable {

    /** Longest retention asked for: a hundred years. */
    public static final int MAX_RETAIN_DAYS = 36_500;

    /** Objects written at once. */
    private static final int PARALLEL = 8;

    private final S3Client s3;
    private final boolean owned;

    /** Uses {@code s3} and leaves it open on {@link #close()}. */
    public S3Locker(S3Client s3) {
        this(s3, false);
    }

    private S3Locker(S3Client s3, boolean owned) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.owned = owned;
    }

    /** Builds its own client from {@code connection}; closing this closes it. */
    public static S3Locker connect(S3Connection connection) {
        return new S3Locker(connection.client(), true);
    }

    /** The two Object Lock retention modes. */
    public enum Mode {
        /** No one, the root user included, can delete or shorten it before the date. */
        COMPLIANCE,
        /** Users with s3:BypassGovernanceRetention can delete or shorten it. */
        GOVERNANCE
    }

    /** Object Lock retention to write on each object: a mode, and days from the publish. */
    public record Retention(Mode mode, int days) {
        public Retention {
            Objects.requireNonNull(mode, "mode");
            if (days < 1 || days > MAX_RETAIN_DAYS) {
                throw new IllegalArgumentException("days must be between 1 and " + MAX_RETAIN_DAYS);
            }
        }
    }

    /**
     * How to publish.
     *
     * @param retention         retention to write on every object, or empty for none (the bucket's default rule,
     *                          if it has one, still applies)
     * @param allowNoObjectLock publish to a bucket without Object Lock, whose objects can then be replaced or deleted
     * @param toolVersion       the auditpack version, recorded in the manifest
     * @param clock             the time of the publish; the retain-until date counts from it
     */
    public record Options(Optional<Retention> retention, boolean allowNoObjectLock, String toolVersion, Clock clock) {
        public Options {
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(toolVersion, "toolVersion");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /**
     * What a publish did.
     *
     * @param to            where
     * @param manifest      the manifest written (or found, when the same set was already there)
     * @param uploaded      objects written, the manifest included
     * @param alreadyThere  objects found byte-identical and kept
     * @param bytes         bytes written
     * @param notes         what the user should know (no Object Lock, the bucket's default retention, …)
     */
    public record Published(
            S3Uri to, PublishManifest manifest, int uploaded, int alreadyThere, long bytes, List<String> notes) {
        public Published {
            notes = List.copyOf(notes);
        }
    }

    /** What the bucket says about Object Lock: whether it is on, and its default retention rule if it has one. */
    public record LockState(boolean enabled, Optional<String> defaultRule) {}

    /**
     * Checks, before anything is collected or written, that {@code to} can take a publish with {@code options}: the
     * bucket has Object Lock (or {@code allowNoObjectLock}), and retention is asked only where it can be written.
     *
     * @return the bucket's Object Lock state
     * @throws InputException naming {@code to} when it cannot
     */
    public LockState checkTarget(S3Uri to, Options options) {
        LockState lock = lockState(to);
        if (!lock.enabled() && options.retention().isPresent()) {
            throw new InputException(
                    to.toString(),
                    "bucket " + to.bucket() + " has no Object Lock enabled, so --retention cannot be written; use a "
                            + "bucket created with Object Lock");
        }
        if (!lock.enabled() && !options.allowNoObjectLock()) {
            throw new InputException(
                    to.toString(),
                    "bucket " + to.bucket() + " has no Object Lock enabled (GetObjectLockConfiguration), so what is "
                            + "published there could be replaced or deleted; use a bucket created with Object Lock, "
                            + "or pass --allow-no-object-lock");
        }
        return lock;
    }

    /**
     * Publishes {@code source} (a locker, period store, pack folder or pack zip) under {@code to}. Objects already
     * there must be the very bytes publish would write, or nothing is written; so a publish that was cut off can be
     * run again to finish, and one that finished is left as it is.
     *
     * @throws InputException when the source is not publishable, the bucket is refused, the prefix holds other
     *                        objects, or an S3 call fails (then the manifest is not written)
     */
    public Published publish(Path source, S3Uri to, Options options) {
        PublishSource files = PublishSource.read(source);
        LockState lock = checkTarget(to, options);
        Instant now = options.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<PublishManifest.Retention> retention = options.retention()
                .map(r -> new PublishManifest.Retention(r.mode().name(), now.plus(Duration.ofDays(r.days()))));
        Map<String, String> found = Prefix.existing(s3, to, files);
        List<String> notes = new ArrayList<>();
        if (!lock.enabled()) {
            notes.add("bucket " + to.bucket() + " has no Object Lock: anyone allowed to write to it can replace or "
                    + "delete these objects; verify will see a change, but nothing prevents one");
        } else if (retention.isEmpty()) {
            notes.add(lock.defaultRule()
                    .map(rule -> "no --retention given: the bucket's default retention (" + rule + ") applies")
                    .orElse("no --retention given and the bucket has no default retention: the objects are not "
                            + "locked and can be deleted by anyone allowed to"));
        }
        if (found.containsKey(PublishManifest.NAME)) {
            PublishManifest existing = Prefix.manifest(s3, to);
            List<String> already =
                    new ArrayList<>(List.of("already published: every object is there, byte for byte; nothing was "
                            + "written, and each object keeps the retention it was published with"));
            if (retention.isPresent()
                    && !existing.retention()
                            .map(PublishManifest.Retention::mode)
                            .equals(retention.map(PublishManifest.Retention::mode))) {
                already.add("the stored set was published with "
                        + existing.retention()
                                .map(r -> r.mode() + " retention until " + r.retainUntil())
                                .orElse("no retention")
                        + ", not the " + retention.get().mode() + " retention asked for now");
            }
            return new Published(to, existing, 0, files.files().size() + 1, 0, already);
        }
        Map<String, Optional<String>> versions = new ConcurrentHashMap<>();
        found.forEach((path, version) -> versions.put(path, Optional.ofNullable(version)));
        List<PublishSource.File> todo =
                files.files().stream().filter(f -> !found.containsKey(f.path())).toList();
        // The files themselves at once, then the files that close the set, in order, then the manifest.
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, r -> {
            Thread t = new Thread(r, "auditpack-s3-write");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (PublishSource.File f : todo) {
                if (!PublishSource.seal(f.path())) {
                    writes.add(pool.submit(() -> versions.put(f.path(), put(to, f, retention))));
                }
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + to, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (PublishSource.File f : todo) {
            if (PublishSource.seal(f.path())) {
                versions.put(f.path(), put(to, f, retention));
            }
        }
        long bytes = todo.stream().mapToLong(PublishSource.File::size).sum();
        List<PublishManifest.Entry> entries = files.files().stream()
                .map(f -> new PublishManifest.Entry(f.path(), f.sha256(), f.size(), versions.get(f.path())))
                .toList();
        PublishManifest manifest = new PublishManifest(
                PublishManifest.FORMAT, files.kind(), now, options.toolVersion(), lock.enabled(), retention, entries);
        byte[] json = manifest.toJson();
        put(
                to,
                PublishManifest.NAME,
                RequestBody.fromBytes(json),
                dev.auditpack.evidence.Digests.sha256(json),
                json.length,
                retention);
        int kept = found.size();
        return new Published(to, manifest, files.files().size() + 1 - kept, kept, bytes + json.length, notes);
    }

    private Optional<String> put(S3Uri to, PublishSource.File f, Optional<PublishManifest.Retention> retention) {
        return put(to, f.path(), RequestBody.fromFile(f.file()), f.sha256(), f.size(), retention);
    }

    private Optional<String> put(
            S3Uri to,
            String path,
            RequestBody body,
            String sha256,
            long size,
            Optional<PublishManifest.Retention> retention) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(to.bucket())
                .key(to.key(path))
                .contentLength(size)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                .checksumSHA256(base64(sha256))
                // Refused by S3 if someone wrote the key since it was listed: publish never replaces an object.
                .ifNoneMatch("*");
        retention.ifPresent(r -> request.objectLockMode(r.mode()).objectLockRetainUntilDate(r.retainUntil()));
        try {
            PutObjectResponse answer = s3.putObject(request.build(), body);
            return Optional.ofNullable(answer.versionId());
        } catch (SdkException e) {
            throw S3Connection.failure(
                    to,
                    "PutObject " + path + " (" + PublishManifest.NAME + " was not written, so the set reads as "
                            + "unfinished; run publish again to finish it)",
                    e);
        }
    }

    /** Whether nothing is stored under {@code at} yet. */
    public boolean isEmpty(S3Uri at) {
        try {
            return s3.listObjectsV2(
                            r -> r.bucket(at.bucket()).prefix(at.listPrefix()).maxKeys(1))
                    .contents()
                    .isEmpty();
        } catch (SdkException e) {
            throw S3Connection.failure(at, "ListObjectsV2", e);
        }
    }

    /** The bucket's Object Lock state, from GetObjectLockConfiguration. */
    public LockState lockState(S3Uri to) {
        try {
            ObjectLockConfiguration config =
                    s3.getObjectLockConfiguration(r -> r.bucket(to.bucket())).objectLockConfiguration();
            boolean on = config != null && "Enabled".equals(config.objectLockEnabledAsString());
            Optional<String> rule = Optional.ofNullable(config)
                    .map(ObjectLockConfiguration::rule)
                    .map(r -> r.defaultRetention())
                    .filter(d -> d.mode() != null)
                    .map(d -> d.modeAsString() + ", " + (d.days() != null ? d.days() + " days" : d.years() + " years"));
            return new LockState(on, on ? rule : Optional.empty());
        } catch (S3Exception e) {
            if ("ObjectLockConfigurationNotFoundError"
                    .equals(
                            e.awsErrorDetails() == null
                                    ? null
                                    : e.awsErrorDetails().errorCode())) {
                return new LockState(false, Optional.empty());
            }
            throw S3Connection.failure(to, "GetObjectLockConfiguration on bucket " + to.bucket(), e);
        } catch (SdkException e) {
            throw S3Connection.failure(to, "GetObjectLockConfiguration on bucket " + to.bucket(), e);
        }
    }

    /**
     * Downloads the set published under {@code from} into {@code dir}, which must be missing or empty: every object
     * the manifest lists, each checked against the manifest's SHA-256 and size and the SHA-256 S3 stored. The folder
     * then holds the locker or pack as it was published (the manifest is not copied into it). Nothing is left in
     * {@code dir} unless every object matched.
     *
     * @return each object with its retention and version
     * @throws InputException  when {@code dir} is not empty or an S3 call fails
     * @throws CheckFailedException naming every object that is missing, changed or unexpected
     */
    public StoredSet download(S3Uri from, Path dir) {
        return StoredSet.download(s3, from, dir);
    }

    /**
     * As {@link #download}, into {@code scratch} (a new empty folder the caller removes), collecting every
     * problem instead of failing at the first: for {@code verify}.
     */
    public StoredSet check(S3Uri from, Path scratch) {
        return StoredSet.fetch(s3, from, scratch);
    }

    /**
     * Reads the one object at {@code at} (its prefix is the key), checked against the SHA-256 S3 stored for it when
     * it stored one; empty when there is none.
     *
     * @throws InputException when the object is too large, damaged, or an S3 call fails
     */
    public Optional<byte[]> findObject(S3Uri at) {
        return SingleObject.find(s3, at);
    }

    /** Whether the object at {@code at} (its prefix is the key) exists. */
    public boolean exists(S3Uri at) {
        return SingleObject.exists(s3, at);
    }

    /**
     * Writes {@code bytes} as the one object at {@code at} (its prefix is the key) with its SHA-256 for S3 to check.
     *
     * @return false when the very same bytes were already there (nothing written)
     * @throws InputException when a different object is there, or an S3 call fails
     */
    public boolean putObject(S3Uri at, byte[] bytes) {
        return SingleObject.put(s3, at, bytes);
    }

    /** A downloaded set that does not match its manifest. */
    public static final class CheckFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StoredSet set;

        CheckFailedException(StoredSet set) {
            super(set.from() + ": " + set.problems().size() + " object(s) do not match " + PublishManifest.NAME
                    + ", first: " + set.problems().get(0).describe());
            this.set = set;
        }

        public StoredSet set() {
            return set;
        }
    }

    static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    /** A checksum header as hex; a composite one (of parts, {@code …-3}) is not a SHA-256 and is shown as it is. */
    static String hex(String base64) {
        try {
            return HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }

    @Override
    public void close() {
        if (owned) {
            s3.close();
        }
    }
}
