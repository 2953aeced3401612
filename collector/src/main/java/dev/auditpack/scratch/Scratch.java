package dev.auditpack.scratch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files and folders auditpack is using (staging folders, spooled findings, extracted lockers). They
 * hold findings and evidence, so a shutdown hook removes whatever is still listed when the program ends, also
 * when it is stopped with Ctrl-C or a TERM signal; each is unlisted once its owner has removed it.
 */
public final class Scratch {

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Scratch::removeAll, "auditpack-cleanup"));
    }

    private Scratch() {}

    /** A new temporary folder named {@code prefix…}, removed at exit if its owner has not removed it. */
    public static Path directory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        LIVE.add(dir);
        return dir;
    }

    /** A new temporary file named {@code prefix…suffix}, removed at exit if its owner has not removed it. */
    public static Path file(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        LIVE.add(file);
        return file;
    }

    /** Lists a file or folder made elsewhere (a staging folder), to be removed at exit unless unlisted. */
    public static void track(Path path) {
        LIVE.add(path);
    }

    /** Unlists a path its owner has removed or kept on purpose. */
    public static void forget(Path path) {
        LIVE.remove(path);
    }

    /** Removes a listed file or folder with everything in it, and unlists it. */
    public static void delete(Path path) throws IOException {
        deleteTree(path);
        LIVE.remove(path);
    }

    /** What is listed now: for tests. */
    static Set<Path> live() {
        return Set.copyOf(LIVE);
    }

    private static void removeAll() {
        for (Path path : List.copyOf(LIVE)) {
            // A writer may still be adding files while the hook runs; a second pass gets those.
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    deleteTree(path);
                    break;
                } catch (IOException | RuntimeException e) {
                    // try again; at exit there is no one left to tell
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
