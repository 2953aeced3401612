package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.zip.ZipBytes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} reads a pack zip strictly first: each trick is one named problem and exit 3, never a crash. */
class StrictPackZipTest {

    @TempDir
    Path dir;

    @Test
    void anEntryNamedOutOfTheFolderIsANamedProblem() throws IOException {
        ZipBytes zip = new ZipBytes();
        zip.list(zip.local("SHA256SUMS", "", 0)).list(zip.local("../evil.txt", "evil", 0));
        Path pack = zip.write(dir.resolve("pack.zip"));
        Cli verify = Cli.run("verify", pack.toString());
        assertThat(verify.exit()).as(verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .containsExactly(
                        "UNSAFE ../evil.txt: has '..' in its path, so unpacking it would write outside the folder",
                        "FAILED: 1 problem(s) in " + pack);
    }

    @Test
    void bytesSmuggledBetweenEntriesAreANamedProblem() throws IOException {
        ZipBytes zip = new ZipBytes();
        int sums = zip.local("SHA256SUMS", "", 0);
        zip.local("results.json", "{\"forged\": true}", 0);
        zip.list(sums).list(zip.local("README.txt", "read me", 0));
        Path pack = zip.write(dir.resolve("pack.zip"));
        Cli verify = Cli.run("verify", pack.toString());
        assertThat(verify.exit()).as(verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .first()
                .asString()
                .startsWith("UNSAFE README.txt: ")
                .contains("belong to no entry");
    }

    @Test
    void checksumsThatInflatePastTheLimitAreANamedProblemNotOutOfMemory() throws IOException {
        Path pack = dir.resolve("bomb.zip");
        try (OutputStream os = Files.newOutputStream(pack);
                ZipOutputStream out = new ZipOutputStream(os)) {
            out.putNextEntry(new ZipEntry("SHA256SUMS"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= ZipStructure.SMALL_FILE_LIMIT; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(pack)).isLessThan(2_000_000);
        Cli verify = Cli.run("verify", pack.toString());
        assertThat(verify.exit()).as(verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .first()
                .asString()
                .startsWith("UNSAFE SHA256SUMS: inflates to ")
                .endsWith("over the limit of " + ZipStructure.SMALL_FILE_LIMIT);
    }
}
