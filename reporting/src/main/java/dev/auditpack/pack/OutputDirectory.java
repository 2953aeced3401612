package dev.auditpack.pack;

import dev.auditpack.evidence.AtomicFiles;
import dev.auditpack.input.InputException;
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

    private final Path dir;
    private final Path staging;
    private final boolean createdDir;
    private final List<String> names;
    private boolean committed;

    private OutputDirectory(Path dir, Path staging, boolean createdDir, List<String> names) {
        this.dir = dir;
        this.staging = staging;
        this.createdDir = createdDir;
        this.names = List.copyOf(names);
    }

    /**
     * Prepares {@code dir} to receive {@code names}.
     *
     * @throws InputException when it is not a directory, cannot be written, or already holds one of the
     *                        files and {@code replace} is off
     */
    public static OutputDirectory prepare(Path dir, List<String> names, boolean replace) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir, "exists and is not a directory");
        }
        if (!replace) {
            for (String name : names) {
                if (Files.exists(dir.resolve(name))) {
                    throw new InputException(dir.resolve(name), "already exists; pass --force to replace it");
                }
            }
        }
        boolean created = !Files.exists(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InputException(dir, "cannot be created: " + describe(e));
        }
        Path staging = dir.resolve(".auditpack-staging-" + UUID.randomUUID());
        try {
            Files.createDirectory(staging);
        } catch (IOException e) {
            removeIfCreated(dir, created);
            throw new InputException(dir, "is not writable: " + describe(e));
        }
        return new OutputDirectory(dir, staging, created, names);
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
            return names.stream().map(dir::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the outputs into " + dir, e);
        }
    }

    /** Removes the staging folder, and the directory itself if this run created it and it is empty. */
    @Override
    public void close() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + staging, e);
        }
        if (!committed) {
            removeIfCreated(dir, createdDir);
        }
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

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
