package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunIntoTheSameDirectoryIsRefusedWhileTheFirstWrites() throws Exception {
        Path out = dir.resolve("pack");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (OutputDirectory o = OutputDirectory.prepare(out, List.of("a.txt"), false)) {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        held.await();
        assertThat(out.resolve(OutputLock.FILE)).exists();
        assertThatThrownBy(() -> OutputDirectory.prepare(out, List.of("b.txt"), true))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(out.toString())
                .hasMessageContaining("another auditpack run");
        done.countDown();
        first.get();
        assertThat(out)
                .as("created by the first run, which wrote nothing, and removed with its lock")
                .doesNotExist();
        try (OutputDirectory o = OutputDirectory.prepare(out, List.of("b.txt"), false)) {
            Files.writeString(o.staged("b.txt"), "b");
            o.commit();
        }
        assertThat(out.resolve(OutputLock.FILE)).doesNotExist();
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("b.txt"));
        }
    }

    @Test
    void aLockFileLeftByAKilledRunBlocksNoOne() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(out.resolve(OutputLock.FILE), "");
        try (OutputDirectory o = OutputDirectory.prepare(out, List.of("a.txt"), false)) {
            Files.writeString(o.staged("a.txt"), "a");
            o.commit();
        }
        assertThat(out.resolve("a.txt")).hasContent("a");
    }

    @Test
    void aFullDiskNamesTheFile() {
        // /dev/full accepts the open and fails every write with ENOSPC, as a full file system does.
        assertThatThrownBy(() -> OutputDirectory.write(Path.of("/dev/full"), s -> s.write(new byte[1 << 16])))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("/dev/full: cannot be written")
                .hasMessageContaining("No space left on device");
    }
}
