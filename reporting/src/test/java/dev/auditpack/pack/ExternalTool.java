package dev.auditpack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What a standard tool (sha256sum, openssl, pdfsig) printed and how it exited, run in a folder.
 *
 * @param exit   exit code
 * @param output standard output and standard error together
 */
public record ExternalTool(int exit, String output) {

    public static ExternalTool run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new ExternalTool(p.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(command[0] + " must be installed for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
