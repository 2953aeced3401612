package dev.auditpack.pack;

import dev.auditpack.evidence.AtomicFiles;
import dev.auditpack.input.InputException;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An output directory written all-or-nothing: files are written into a hidden staging folder inside it
 * and moved into place only when every one of them succeeded. Existing files are replaced only when the
 * user said so. If anything fails, nothing new is left behind.
 */
public final class OutputDirectory implements AutoCloseable {

    /** Name prefix of the hidden staging folder. */
    static final String STAGING = ".auditpack-staging-";

    private final Path dir;
    private final Path staging;
    private final boolean createdDir;
    private final List<String> names;
    private final OutputLock lock;
    private boolean committed;
    private boolean closed;

    private OutputDirectory(Path dir, Path staging, boolean createdDir, List<String> names, OutputLock lock) {
        this.dir = dir;
        this.staging = staging;
        this.createdDir = createdDir;
        this.names = List.copyOf(names);
        this.lock = lock;
    }

    /**
     * Prepares {@code dir} to receive {@code names}.
     *
     * @throws InputException when it is not a directory, cannot be written, is being written by another run
     *                        ({@link OutputLock}), or already holds one of the files and {@code replace} is off
     */
    public static OutputDirectory prepare(Path dir, List<String> names, boolean replace) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir, "exists and is not a directory");
        }
        if (!replace) {
            refuseExisting(dir, names);
        }
        boolean created = !Files.exists(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir, "cannot be created: " + describe(e));
        }
        OutputLock lock;
        try {
            lock = OutputLock.acquire(dir);
        } catch (InputException e) {
            removeIfCreated(dir, created);
            throw e;
        }
        Path staging = dir.resolve(STAGING + UUID.randomUUID());
        try {
            if (!replace) {
                // Again, now that no other run can be writing them.
                refuseExisting(dir, names);
            }
            Files.createDirectory(staging);
            Scratch.track(staging);
        } catch (IOException | InputException e) {
            lock.close();
            removeIfCreated(dir, created);
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(dir, "is not writable: " + describe((IOException) e));
        }
        return new OutputDirectory(dir, staging, created, names, lock);
    }

    private static void refuseExisting(Path dir, List<String> names) {
        for (String name : names) {
            if (Files.exists(dir.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(dir.resolve(name), "already exists; pass --force to replace it");
            }
        }
    }

    /** Where to write {@code name} before it is committed. */
    public Path staged(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException(name + " was not announced to the output directory");
        }
        return staging.resolve(name);
    }

    public Path dir() {
        return dir;
    }

    /** Moves every staged file into place. */
    public List<Path> commit() {
        try {
            for (String name : names) {
                Path from = staging.resolve(name);
                if (!Files.exists(from)) {
                    throw new IllegalStateException(name + " was never written");
                }
                Path to = dir.resolve(name);
                if (Files.isDirectory(from)) {
                    deleteTree(to);
                    Files.move(from, to);
                } else {
                    AtomicFiles.move(from, to);
                }
            }
            committed = true;
            deleteTree(staging);
            Scratch.forget(staging);
            return names.stream().map(dir::resolve).toList();
        } catch (IOException e) {
            throw new InputException(dir, "cannot take the outputs: " + describe(e), e);
        }
    }

    /** Removes the staging folder, and the directory itself if this run created it and it is empty. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            deleteTree(staging);
            Scratch.forget(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + staging, e);
        } finally {
            lock.close();
        }
        if (!committed) {
            removeIfCreated(dir, createdDir);
        }
    }

    /**
     * Writes one output file, naming it when that fails (a full disk, a quota).
     *
     * @throws InputException naming the file and the system's reason
     */
    public static void write(Path file, Body body) {
        try (java.io.OutputStream s = Files.newOutputStream(file)) {
            body.write(s);
        } catch (IOException e) {
            throw new InputException(file, "cannot be written: " + describe(e), e);
        }
    }

    /** What writes one output. */
    public interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static void removeIfCreated(Path dir, boolean created) {
        if (!created) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (IOException e) {
            // leave it; it is empty or not ours to judge
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The system's reason for an I/O failure, for one line. */
    static String describe(IOException e) {
        String kind = e.getClass() == IOException.class
                ? ""
                : e.getClass().getSimpleName().replace("Exception", "");
        String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason()
                : e.getMessage();
        return (kind + (reason == null ? "" : (kind.isEmpty() ? "" : " ") + reason)).strip();
    }
}
