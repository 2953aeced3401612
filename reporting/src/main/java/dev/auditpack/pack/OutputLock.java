package dev.auditpack.pack;

import dev.auditpack.input.InputException;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps two runs from writing into one output directory at once: an operating-system lock on
 * {@value #FILE} in it, held while the pack is written. The system releases it when the process ends however it
 * ends, so a lock file left by a killed run does not block the next. Within one program the thread that holds it
 * may take it again (as {@code run} does around its collection and its report).
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name in the output directory. */
    public static final String FILE = ".auditpack.lock";

    private static final Map<Path, OutputLock> HELD = new HashMap<>();

    private final Path key;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Thread owner;
    private int holds = 1;

    private OutputLock(Path key, Path file, FileChannel channel, FileLock lock) {
        this.key = key;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.owner = Thread.currentThread();
    }

    /**
     * Takes the lock of {@code dir}, which must exist.
     *
     * @throws InputException naming the directory when another run holds it
     */
    public static OutputLock acquire(Path dir) {
        Path key;
        try {
            key = dir.toRealPath();
        } catch (IOException e) {
            throw new InputException(dir, "cannot be used: " + e.getMessage(), e);
        }
        synchronized (HELD) {
            OutputLock held = HELD.get(key);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    throw busy(dir);
                }
                held.holds++;
                return held;
            }
            Path file = key.resolve(FILE);
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    throw busy(dir);
                }
                OutputLock taken = new OutputLock(key, file, channel, lock);
                HELD.put(key, taken);
                Scratch.track(file);
                return taken;
            } catch (IOException e) {
                closeQuietly(channel);
                throw new InputException(dir, "is not writable: cannot create " + FILE + ": " + e.getMessage(), e);
            }
        }
    }

    /** Gives the lock back; the last holder removes the lock file, then releases it. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (--holds > 0) {
                return;
            }
            HELD.remove(key);
            Scratch.forget(file);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // an empty lock file left behind blocks no one
            }
            try {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases it too
            }
            closeQuietly(channel);
        }
    }

    private static InputException busy(Path dir) {
        return new InputException(
                dir,
                "is being written by another auditpack run (it holds " + FILE
                        + "); wait for it to finish or choose another --out");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }
}
