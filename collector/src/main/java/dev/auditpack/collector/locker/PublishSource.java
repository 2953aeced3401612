package dev.auditpack.collector.locker;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Series;
import dev.auditpack.evidence.SeriesChain;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a publish uploads from a local path, hashed and in the order it is written: every file first, then the files
 * that say a set is complete (a locker's {@code index.json}, a period store's {@code series.json}, a pack's
 * {@code SHA256SUMS} and its signature), deepest first, so no reader sees a complete-looking set before its files
 * are all there. Hidden files (the output lock, staging folders, temporary files) are left out.
 *
 * @param root  the folder the paths are relative to (the zip's folder for a zip)
 * @param kind  {@code locker}, {@code series}, {@code pack} or {@code pack-zip}
 * @param files in upload order
 */
record PublishSource(Path root, String kind, List<PublishSource.File> files) {

    /** Files that close a set, written after the files they describe. */
    private static final Set<String> SEALS = Set.of(LockerWriter.INDEX, Series.FILE, "SHA256SUMS", "SHA256SUMS.p7s");
    /** Largest object one PutObject writes. */
    static final long PUT_LIMIT = 5L << 30;

    /** One file to upload: its path under the prefix, where it is, its SHA-256 (hex) and size. */
    record File(String path, Path file, String sha256, long size) {}

    /**
     * Reads {@code path}: an evidence locker, a period store, a pack folder or a pack zip. A locker or store that
     * does not match its own index is refused, since publishing it would seal a broken set.
     *
     * @throws InputException naming {@code path} when it is none of those, holds a link or a special file, or does
     *                        not verify
     */
    static PublishSource read(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".zip")) {
            return new PublishSource(
                    path.toAbsolutePath().getParent(),
                    "pack-zip",
                    List.of(hashed(path.getFileName().toString(), path)));
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(
                    path,
                    Files.exists(path)
                            ? "is neither a folder nor a pack zip (expected an evidence locker, a period store, a "
                                    + "pack folder or a pack zip)"
                            : "does not exist");
        }
        String kind;
        if (Series.isSeries(path)) {
            kind = "series";
        } else if (Files.isRegularFile(path.resolve(LockerWriter.INDEX)) && Files.isDirectory(path.resolve("raw"))) {
            kind = "locker";
        } else if (Stream.of("evidence-pack.zip", "evidence-pack.pdf", "SHA256SUMS")
                .anyMatch(n -> Files.isRegularFile(path.resolve(n)))) {
            kind = "pack";
        } else {
            throw new InputException(
                    path,
                    "is not an evidence locker (no index.json and raw/), a period store (no series.json) or a pack "
                            + "folder (no evidence-pack.zip, evidence-pack.pdf or SHA256SUMS)");
        }
        if (Files.exists(path.resolve(PublishManifest.NAME))) {
            throw new InputException(
                    path.resolve(PublishManifest.NAME),
                    "is the name publish gives its own manifest; this folder looks downloaded, publish the original");
        }
        List<File> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                Path rel = path.relativize(p);
                if (p.equals(path) || hidden(rel)) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    throw new InputException(p, "is a link; publish copies only plain files");
                }
                if (Files.isDirectory(p)) {
                    continue;
                }
                if (!Files.isRegularFile(p)) {
                    throw new InputException(p, "is not a plain file");
                }
                files.add(hashed(rel.toString().replace('\\', '/'), p));
            }
        } catch (IOException e) {
            throw new InputException(path, "cannot be read: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing((File f) -> seal(f.path()))
                .thenComparing(f -> seal(f.path()) ? -depth(f.path()) : 0)
                .thenComparing(File::path));
        checkSets(path, kind, files);
        return new PublishSource(path, kind, List.copyOf(files));
    }

    private static File hashed(String rel, Path file) {
        if (!PublishManifest.safePath(rel)) {
            throw new InputException(file, "has a name S3 keys cannot carry safely");
        }
        try {
            long size = Files.size(file);
            if (size > PUT_LIMIT) {
                throw new InputException(file, "is larger than 5 GiB, the most one S3 PutObject writes");
            }
            return new File(rel, file, Digests.sha256(file), size);
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Checks the lockers inside against their indexes, with the hashes just taken. */
    private static void checkSets(Path root, String kind, List<File> files) {
        Map<Path, Locker.Digest> known = new HashMap<>();
        files.forEach(f -> known.put(f.file().toAbsolutePath().normalize(), new Locker.Digest(f.sha256(), f.size())));
        List<String> problems = new ArrayList<>();
        if (kind.equals("series")) {
            problems.addAll(SeriesChain.walk(Series.open(root)).problems());
        } else {
            Path locker = kind.equals("locker") ? root : root.resolve("evidence");
            if (Files.isRegularFile(locker.resolve(LockerWriter.INDEX))) {
                Path base = locker.toAbsolutePath().normalize();
                Locker.open(locker).verify(p -> known.get(base.resolve(p).normalize())).stream()
                        .map(Discrepancy::describe)
                        .forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(
                    root,
                    "does not match its own index (" + problems.size() + " problem(s), first: " + problems.get(0)
                            + "); run auditpack verify on it; nothing was published");
        }
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} is a file that closes a set, written only after every other file. */
    static boolean seal(String path) {
        return SEALS.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    /** Total bytes. */
    long bytes() {
        return files.stream().mapToLong(File::size).sum();
    }
}
