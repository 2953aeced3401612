package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a pack zip with nothing but itself: every file against {@code SHA256SUMS}, the signature over
 * {@code SHA256SUMS}, the PDF's signatures, and the evidence locker inside against its index (a redacted pack,
 * made for tickets, holds none).
 */
public final class PackVerifier {

    /**
     * What verifying a pack found.
     *
     * @param problems one line per problem, each naming its file; empty when all is well
     * @param notes    what was checked and found sound, one line each
     * @param files    how many files {@code SHA256SUMS} lists
     */
    public record Verdict(List<String> problems, List<String> notes, int files) {
        public Verdict {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private PackVerifier() {}

    /**
     * Verifies {@code zip}, streaming each entry.
     *
     * @throws InputException when the file is missing or not a zip
     */
    public static Verdict verify(Path zip) {
        return verify(zip, Optional.empty());
    }

    /**
     * Verifies {@code zip}, streaming each entry, and requires every signature to be by the certificate whose
     * SHA-256 fingerprint is {@code expected}, when given.
     *
     * @param expected a fingerprint as {@link #fingerprint(String)} reads it
     * @throws InputException when the file is missing or not a zip
     */
    public static Verdict verify(Path zip, Optional<String> expected) {
        return verify(zip, expected, Set.of());
    }

    /**
     * Verifies {@code zip} as {@link #verify(Path, Optional)} does, and requires every review in it to be signed by
     * one of the certificates whose SHA-256 fingerprints are {@code reviewers}, when any are given.
     *
     * @param reviewers fingerprints as {@link #fingerprint(String)} reads them
     * @throws InputException when the file is missing or not a zip
     */
    public static Verdict verify(Path zip, Optional<String> expected, Set<String> reviewers) {
        Objects.requireNonNull(zip);
        Set<String> pinned = reviewers.stream().map(Signers::normalise).collect(java.util.stream.Collectors.toSet());
        Optional<String> wanted = expected.map(Signers::normalise);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            // Read strictly first: a zip that hides, smuggles or blows up content is not verified further.
            List<String> unsafe = ZipStructure.problems(zip);
            if (!unsafe.isEmpty()) {
                return new Verdict(unsafe, notes, 0);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(zip, "missing: no such pack");
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Map<String, ZipEntry> entries = entries(file, problems);
            Checksums sums = checksums(file, entries.get(Checksums.FILE), problems);
            // The signatures are checked on the same threads as the files are hashed: neither needs the other.
            List<String> signatureProblems = new ArrayList<>();
            List<String> signatureNotes = new ArrayList<>();
            PackSignatures checker = new PackSignatures(file, entries, signatureProblems, signatureNotes);
            LockerCheck lockerCheck = new LockerCheck(zip, entries);
            Map<String, Locker.Digest> digests;
            try (lockerCheck) {
                digests = digests(file, entries, sums.sha256ByPath().keySet(), () -> {
                    checker.checkChecksums();
                    checker.checkPdfs();
                    lockerCheck.open(checker.redacted());
                });
                checker.finish(digests, wanted);
                for (var listed : sums.sha256ByPath().entrySet()) {
                    Locker.Digest actual = digests.get(listed.getKey());
                    if (actual == null) {
                        problems.add("MISSING " + listed.getKey() + " (listed in " + Checksums.FILE + ")");
                    } else if (!actual.sha256().equals(listed.getValue())) {
                        problems.add("CHANGED " + listed.getKey() + " (expected sha256 " + listed.getValue()
                                + ", found " + actual.sha256() + ")");
                    }
                }
                entries.keySet().stream()
                        .filter(name -> !sums.sha256ByPath().containsKey(name))
                        .filter(name -> !name.equals(Checksums.FILE) && !name.equals(PackArchive.SIGNATURE))
                        .filter(name -> !ReviewChecks.isReview(name))
                        .forEach(
                                name -> problems.add("UNEXPECTED " + name + " (not listed in " + Checksums.FILE + ")"));
                problems.addAll(signatureProblems);
                notes.addAll(signatureNotes);
                lockerCheck.compare(digests, problems, notes);
            }
            ReviewChecks.check(file, entries, digests, pinned, problems, notes);
            return new Verdict(problems, notes, sums.sha256ByPath().size());
        } catch (NoSuchFileException e) {
            throw new InputException(zip, "missing: no such pack");
        } catch (ZipException e) {
            throw new InputException(zip, "is not a zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A certificate's SHA-256 fingerprint as a user may type it (colons or not, any case, openssl's
     * {@code sha256 Fingerprint=} prefix kept or not), in the form {@code verify} prints.
     *
     * @throws IllegalArgumentException when it is not 64 hex digits
     */
    public static String fingerprint(String text) {
        return Signers.normalise(text);
    }

    /** Every file entry by name; directory entries are skipped and repeated names reported. */
    private static Map<String, ZipEntry> entries(ZipFile file, List<String> problems) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(file.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.putIfAbsent(entry.getName(), entry) != null) {
                problems.add(
                        "DUPLICATE " + entry.getName() + " (the zip holds it more than once; tools may unpack either)");
            }
        }
        return entries;
    }

    private static Checksums checksums(ZipFile file, ZipEntry entry, List<String> problems) throws IOException {
        if (entry == null) {
            problems.add("MISSING " + Checksums.FILE + " (without it no file can be checked)");
            return new Checksums(Collections.emptySortedMap());
        }
        try (InputStream in = file.getInputStream(entry)) {
            return Checksums.parse(in.readAllBytes(), problems::add);
        }
    }

    /**
     * The SHA-256 and length of each entry named in {@code names} that the zip holds, each streamed; entries are
     * inflated and hashed on every core, largest first, so one big file does not finish last alone.
     */
    /** Work done beside the hashing, on the same threads. */
    private interface Alongside {
        void run() throws IOException;
    }

    private static Map<String, Locker.Digest> digests(
            ZipFile file, Map<String, ZipEntry> entries, Set<String> names, Alongside alongside) throws IOException {
        List<ZipEntry> work = names.stream()
                .map(entries::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingLong(ZipEntry::getCompressedSize).reversed())
                .toList();
        Map<String, Locker.Digest> digests = new ConcurrentHashMap<>();
        int threads = Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "auditpack-verify");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> {
                alongside.run();
                return null;
            }));
            for (ZipEntry entry : work) {
                tasks.add(pool.submit(() -> {
                    digests.put(entry.getName(), sha256(file, entry));
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while hashing the pack", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot hash the pack", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return digests;
    }

    /** SHA-256 and length of one entry, streamed. */
    private static Locker.Digest sha256(ZipFile file, ZipEntry entry) throws IOException {
        MessageDigest digest = Digests.newSha256();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (ZipException e) {
            // A damaged compressed stream is a changed file, not an unreadable pack.
            return new Locker.Digest("unreadable (" + e.getMessage() + ")", -1);
        }
        return new Locker.Digest(HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Checks the locker inside the zip against its index. The index is opened and read beside the hashing, and
     * compared with the hashes once they are done. A redacted pack (its PDF says so) is made for tickets and holds no
     * locker, by design: the full pack beside it does.
     */
    private static final class LockerCheck implements AutoCloseable {
        private static final String INDEX = ReportJob.EVIDENCE + "/" + LockerWriter.INDEX;
        private final Path zip;
        private final Map<String, ZipEntry> entries;
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private FileSystem fs;
        private Locker locker;

        LockerCheck(Path zip, Map<String, ZipEntry> entries) {
            this.zip = zip;
            this.entries = entries;
        }

        /** Opens the locker, or notes why there is none to check. */
        void open(boolean redacted) {
            if (!entries.containsKey(INDEX) && redacted) {
                boolean evidence = entries.keySet().stream().anyMatch(n -> n.startsWith(ReportJob.EVIDENCE + "/"));
                if (evidence) {
                    problems.add("MISSING " + INDEX + " (the pack holds evidence files without their index)");
                } else {
                    notes.add("redacted pack: it holds no evidence locker; the full pack, for auditors only, does");
                }
                return;
            }
            if (!entries.containsKey(INDEX)) {
                problems.add("MISSING " + INDEX + " (a pack holds its evidence locker)");
                return;
            }
            try {
                fs = FileSystems.newFileSystem(zip);
                locker = Locker.open(fs.getPath("/" + ReportJob.EVIDENCE));
            } catch (InputException e) {
                problems.add("INVALID " + INDEX + " (" + e.problem() + ")");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + zip + " as a file system", e);
            }
        }

        /** Compares the locker's index with the hashes of the zip's files; a file the sums do not list is read again. */
        void compare(Map<String, Locker.Digest> digests, List<String> problems, List<String> notes) {
            problems.addAll(this.problems);
            notes.addAll(this.notes);
            if (locker == null) {
                return;
            }
            try {
                List<Discrepancy> found = locker.verify(path -> digests.get(ReportJob.EVIDENCE + "/" + path));
                for (Discrepancy d : found) {
                    String detail = d.detail().contains(LockerWriter.INDEX)
                            ? d.detail().replace(LockerWriter.INDEX, INDEX)
                            : INDEX + " " + d.detail();
                    problems.add(new Discrepancy(ReportJob.EVIDENCE + "/" + d.path(), d.kind(), detail).describe());
                }
                if (found.isEmpty()) {
                    notes.add(ReportJob.EVIDENCE + "/: "
                            + locker.index().evidence().size() + " evidence files match " + INDEX);
                }
            } catch (InputException e) {
                problems.add("INVALID " + INDEX + " (" + e.problem() + ")");
            }
        }

        @Override
        public void close() throws IOException {
            if (fs != null) {
                fs.close();
            }
        }
    }
}
