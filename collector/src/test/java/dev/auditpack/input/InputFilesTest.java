package dev.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAPlainFileUpToItsLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "x: 1\n");
        assertThat(InputFiles.readBounded(file, 5)).hasSize(5);
        assertThatThrownBy(() -> InputFiles.readBounded(file, 4))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("over the limit of 4 bytes");
    }

    @Test
    void aFifoOrADeviceIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("index.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> InputFiles.readBounded(fifo, 1 << 20))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("not a plain file");
            Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
            assertThatThrownBy(() -> InputFiles.readBounded(zero, 1 << 20))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("not a plain file");
        });
    }

    @Test
    void aLinkOutOfItsFolderIsRefusedAndOneInsideIsNot() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("manual"));
        Path inside = Files.writeString(folder.resolve("policy.md"), "policy");
        Path out = Files.createSymbolicLink(folder.resolve("passwd.md"), Path.of("/etc/passwd"));
        Path sideways = Files.createSymbolicLink(folder.resolve("same.md"), inside);
        assertThat(InputFiles.checkInside(folder, sideways)).isEqualTo(inside.toRealPath());
        assertThatThrownBy(() -> InputFiles.checkInside(folder, out))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("leads outside")
                .hasMessageContaining("/etc/passwd");
        Path up = Files.writeString(dir.resolve("secret.txt"), "s");
        assertThatThrownBy(() -> InputFiles.checkInside(folder, folder.resolve("../secret.txt")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(up.toRealPath().toString());
    }
}
