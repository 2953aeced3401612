package dev.auditpack.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files a user gives (YAML or JSON, documents, templates), strictly: only plain files, only inside the
 * folder they belong to, only up to a stated size, and every problem as one line naming the file.
 */
public final class InputFiles {

    /** Largest YAML or JSON file a user gives (configuration, exceptions, overrides, metadata, frameworks). */
    public static final long DATA_LIMIT = 16L << 20;

    /** The file read last, so running out of memory can name what it was reading. */
    private static volatile Path lastRead;

    private InputFiles() {}

    /** The file {@link #readBounded} read or began to read last, if any. */
    public static java.util.Optional<Path> lastRead() {
        return java.util.Optional.ofNullable(lastRead);
    }

    /**
     * The file read with {@code mapper} as a {@code type}; null when the file is empty.
     *
     * @throws InputException naming the file and, where the parser knows it, the line
     */
    public static <T> T read(Path file, ObjectMapper mapper, Class<T> type) {
        byte[] bytes = readBounded(file, DATA_LIMIT);
        try {
            return mapper.readValue(bytes, type);
        } catch (ValueInstantiationException e) {
            // A record's own check refused a value: its message says what is wrong.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(file, where(e) + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new InputException(file, where(e) + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code line N: } where the parser knows the line, otherwise nothing. */
    public static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    }

    /**
     * Checks that {@code file} is a plain file (after following links: not a FIFO, device or directory) of at most
     * {@code limit} bytes, without opening it, so a FIFO cannot make the caller wait for ever.
     *
     * @return its size in bytes
     * @throws NoSuchFileException when it does not exist, for callers that say so in their own words
     * @throws InputException      naming the file when it is not a plain file or is too large
     */
    public static long checkRegular(Path file, long limit) throws NoSuchFileException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(file, "is not a plain file (" + kind(attributes) + "); only plain files are read");
        }
        if (attributes.size() > limit) {
            throw new InputException(
                    file,
                    "is " + megabytes(attributes.size()) + ", over the limit of " + megabytes(limit)
                            + " for this kind of file");
        }
        return attributes.size();
    }

    /**
     * Checks that {@code file}'s real path, with every link followed, lies inside {@code dir}'s, so a link cannot
     * bring in a file from elsewhere.
     *
     * @return the file's real path
     * @throws NoSuchFileException when it does not exist
     * @throws InputException      naming the file when it lies outside {@code dir}
     */
    public static Path checkInside(Path dir, Path file) throws NoSuchFileException {
        Path real;
        Path root;
        try {
            real = file.toRealPath();
            root = dir.toRealPath();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (!real.startsWith(root)) {
            throw new InputException(
                    file, "leads outside " + dir + " (to " + real + "); only files inside it are read");
        }
        return real;
    }

    /**
     * Reads a plain file of at most {@code limit} bytes whole. Only what was checked is read: a file that grows
     * past the limit while it is read is refused too.
     *
     * @throws InputException naming the file when it is missing, not a plain file, too large or unreadable
     */
    public static byte[] readBounded(Path file, long limit) {
        lastRead = file;
        try {
            checkRegular(file, limit);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    throw new InputException(file, "grew past the limit of " + megabytes(limit) + " while it was read");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "does not exist");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A size for people: {@code 12 MiB}, or bytes below one MiB. */
    public static String megabytes(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    private static String kind(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a directory";
        }
        return attributes.isOther() ? "a FIFO, socket or device" : "not a regular file";
    }
}
