package dev.auditpack.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a zip can hide, smuggle or blow up content is a named problem, never an error or a silent read. */
class StrictZipTest {

    @TempDir
    Path dir;

    private Path deflated(String name, byte[]... contents) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (int i = 0; i < contents.length; i++) {
                out.putNextEntry(new ZipEntry("file" + i + ".txt"));
                out.write(contents[i]);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static String content(StrictZip zip, StrictZip.Entry entry) throws IOException {
        try (InputStream in = zip.read(entry, Long.MAX_VALUE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsWhatTheJdkWritesAndWhatTheTestWriterWrites() throws IOException {
        Path jdk = deflated("jdk.zip", "first".getBytes(StandardCharsets.UTF_8), new byte[100_000]);
        try (StrictZip zip = StrictZip.open(jdk)) {
            assertThat(zip.problems()).isEmpty();
            assertThat(zip.entries()).extracting(StrictZip.Entry::name).containsExactly("file0.txt", "file1.txt");
            assertThat(content(zip, zip.entries().get(0))).isEqualTo("first");
            assertThat(content(zip, zip.entries().get(1))).hasSize(100_000);
        }
        ZipBytes bytes = new ZipBytes();
        bytes.list(bytes.local("a.txt", "alpha", 0)).list(bytes.local("b/c.txt", "gamma", 0));
        try (StrictZip zip = StrictZip.open(bytes.write(dir.resolve("plain.zip")))) {
            assertThat(zip.problems()).isEmpty();
            assertThat(content(zip, zip.entries().get(1))).isEqualTo("gamma");
        }
    }

    @Test
    void unsafeNamesAreProblemsOfTheirEntry() throws IOException {
        ZipBytes bytes = new ZipBytes();
        for (String name : new String[] {"../evil.txt", "/etc/cron.d/evil", "a/../../evil", "C:/evil", "a\\..\\evil"}) {
            bytes.list(bytes.local(name, "x", 0));
        }
        try (StrictZip zip = StrictZip.open(bytes.write(dir.resolve("names.zip")))) {
            assertThat(zip.problems())
                    .extracting(Throwable::getMessage)
                    .containsExactly(
                            "../evil.txt: has '..' in its path, so unpacking it would write outside the folder",
                            "/etc/cron.d/evil: has an absolute path",
                            "a/../../evil: has '..' in its path, so unpacking it would write outside the folder",
                            "C:/evil: has an absolute path",
                            "a\\..\\evil: has a backslash or NUL in its name");
            assertThatThrownBy(() -> zip.read(zip.entries().get(0), 100))
                    .isInstanceOf(ZipProblem.class)
                    .hasMessageContaining("../evil.txt");
        }
    }

    @Test
    void aDuplicateNameIsAProblem() throws IOException {
        ZipBytes bytes = new ZipBytes();
        bytes.list(bytes.local("SHA256SUMS", "genuine", 0)).list(bytes.local("SHA256SUMS", "forged!", 0));
        try (StrictZip zip = StrictZip.open(bytes.write(dir.resolve("dup.zip")))) {
            assertThat(zip.problems())
                    .extracting(Throwable::getMessage)
                    .containsExactly("SHA256SUMS: is in the zip more than once; tools may unpack either copy");
        }
    }

    @Test
    void anEncryptedEntryCannotBeRead() throws IOException {
        ZipBytes bytes = new ZipBytes();
        bytes.list(bytes.local("clear.txt", "clear", 0)).list(bytes.local("db.env", "DB_PASSWORD=x", 1));
        try (StrictZip zip = StrictZip.open(bytes.write(dir.resolve("enc.zip")))) {
            assertThat(zip.problems())
                    .extracting(Throwable::getMessage)
                    .containsExactly("db.env: is encrypted, so its content cannot be read");
            assertThat(content(zip, zip.entries().get(0))).isEqualTo("clear");
            assertThatThrownBy(() -> zip.read(zip.entries().get(1), 100)).isInstanceOf(ZipProblem.class);
        }
    }

    @Test
    void aLocalHeaderTheDirectoryDoesNotListIsSmuggledBytes() throws IOException {
        ZipBytes bytes = new ZipBytes();
        int a = bytes.local("a.txt", "alpha", 0);
        bytes.local("smuggled.txt", "aws_secret_access_key=...", 0);
        int b = bytes.local("b.txt", "beta", 0);
        bytes.list(a).list(b);
        assertThatThrownBy(() -> StrictZip.open(bytes.write(dir.resolve("smuggled.zip"))))
                .isInstanceOf(ZipProblem.class)
                .hasMessageStartingWith("b.txt: ")
                .hasMessageContaining("bytes lie before it that belong to no entry");
    }

    @Test
    void bytesAfterTheLastEntryAndOverlapsAreProblems() throws IOException {
        ZipBytes tail = new ZipBytes();
        tail.list(tail.local("a.txt", "alpha", 0)).raw("hidden after the last entry".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> StrictZip.open(tail.write(dir.resolve("tail.zip"))))
                .isInstanceOf(ZipProblem.class)
                .hasMessageContaining("between the last entry and the central directory");

        ZipBytes overlap = new ZipBytes();
        int a = overlap.local("a.txt", "alpha", 0);
        overlap.list(a).list(a, "b.txt", 0);
        assertThatThrownBy(() -> StrictZip.open(overlap.write(dir.resolve("overlap.zip"))))
                .isInstanceOf(ZipProblem.class)
                .hasMessageContaining("its local header disagrees");
    }

    @Test
    void aTruncatedZipIsAProblemOfTheWhole() throws IOException {
        Path whole = deflated("whole.zip", new byte[5000], "x".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> StrictZip.open(cut))
                .isInstanceOf(ZipProblem.class)
                .hasMessage("is not a complete zip: no end of central directory (truncated?)");
        assertThat(((ZipProblem) catchProblem(cut)).entry()).isEmpty();
    }

    @Test
    void inflatingPastTheLimitStopsAtTheLimit() throws IOException {
        Path bomb = deflated("bomb.zip", new byte[20 << 20]);
        try (StrictZip zip = StrictZip.open(bomb)) {
            StrictZip.Entry entry = zip.entries().get(0);
            assertThat(Files.size(bomb)).isLessThan(100_000);
            assertThatThrownBy(() -> zip.read(entry, 1 << 20))
                    .isInstanceOf(ZipProblem.class)
                    .hasMessage("file0.txt: inflates to " + (20 << 20) + " bytes, over the limit of " + (1 << 20));
        }
    }

    @Test
    void anEntryThatInflatesPastItsDeclaredSizeIsCaught() throws IOException {
        Path zip = deflated("liar.zip", new byte[1 << 20]);
        byte[] bytes = Files.readAllBytes(zip);
        // Patch the declared size in the data descriptor and the central directory (1 MiB, 00 00 10 00) to 1 KiB.
        byte[] declared = {0, 0, 0x10, 0};
        byte[] small = {0, 4, 0, 0};
        int patched = 0;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, declared, 0, 4)) {
                System.arraycopy(small, 0, bytes, i, 4);
                patched++;
            }
        }
        assertThat(patched).isEqualTo(2);
        Path liar = Files.write(dir.resolve("liar2.zip"), bytes);
        try (StrictZip strict = StrictZip.open(liar);
                InputStream in = strict.read(strict.entries().get(0), 1 << 30)) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(ZipProblem.class)
                    .hasMessage("file0.txt: inflates past its declared size of 1024 bytes");
        }
    }

    private static Throwable catchProblem(Path zip) {
        try {
            StrictZip.open(zip).close();
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
