package dev.auditpack.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.zip.ZipBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the scan cannot read is a finding naming it, never "no secrets"; what hides a secret behind an encoding
 * (UTF-16, gzip) is read through it.
 */
class SecretScannerFailsClosedTest {

    private static final String LEAK = "DB_PASSWORD=" + FakeSecrets.PASSWORD + "\n";

    @TempDir
    Path dir;

    private Path zip(String name, String... entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static List<String> described(List<SecretFinding> found) {
        return found.stream().map(SecretFinding::describe).toList();
    }

    @Test
    void aTruncatedZipIsUnreadableNotClean() throws IOException {
        Path whole = zip("whole.zip", "a.txt", "filler ".repeat(3000), "db.env", LEAK);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("pack.zip"), Arrays.copyOf(bytes, bytes.length - 40));
        assertThat(described(SecretScanner.patterns().scan(cut)))
                .containsExactly(
                        "pack.zip: cannot be scanned (is not a complete zip: no end of central directory (truncated?)), so it "
                                + "may hold a secret");
    }

    @Test
    void anEncryptedEntryIsNamedAndTheOthersAreStillScanned() throws IOException {
        ZipBytes bytes = new ZipBytes();
        bytes.list(bytes.local("notes.txt", "aws_secret_access_key = " + FakeSecrets.SECRET_KEY, 0))
                .list(bytes.local("db.env", LEAK, 1));
        Path zip = bytes.write(dir.resolve("pack.zip"));
        assertThat(described(SecretScanner.patterns().scan(zip)))
                .containsExactly(
                        "pack.zip!/notes.txt: holds what looks like an AWS secret access key",
                        "pack.zip!/db.env: cannot be scanned (is encrypted, so its content cannot be read), so it may hold a "
                                + "secret");
    }

    @Test
    void smuggledBytesAndUnsafeNamesAreUnreadable() throws IOException {
        ZipBytes smuggled = new ZipBytes();
        int a = smuggled.local("a.txt", "alpha", 0);
        smuggled.local("hidden.env", LEAK, 0);
        smuggled.list(a).list(smuggled.local("b.txt", "beta", 0));
        assertThat(SecretScanner.patterns().scan(smuggled.write(dir.resolve("smuggled.zip"))))
                .singleElement()
                .satisfies(f -> assertThat(f.describe())
                        .startsWith("smuggled.zip!/b.txt: cannot be scanned (")
                        .contains("belong to no entry"));

        ZipBytes evil = new ZipBytes();
        evil.list(evil.local("../evil.txt", "clean", 0));
        assertThat(described(SecretScanner.patterns().scan(evil.write(dir.resolve("evil.zip")))))
                .containsExactly(
                        "evil.zip!/../evil.txt: cannot be scanned (has '..' in its path, so unpacking it would write outside "
                                + "the folder), so it may hold a secret");
    }

    @Test
    void zipsNestedPastTheDepthLimitAreUnreadable() throws IOException {
        Path nested = zip("level0.zip", "db.env", LEAK);
        for (int level = 1; level <= SecretScanner.MAX_DEPTH; level++) {
            byte[] previous = Files.readAllBytes(nested);
            nested = dir.resolve("raw" + level + ".zip");
            try (OutputStream os = Files.newOutputStream(nested);
                    ZipOutputStream out = new ZipOutputStream(os)) {
                out.putNextEntry(new ZipEntry("inner.zip"));
                out.write(previous);
                out.closeEntry();
            }
        }
        List<SecretFinding> found = SecretScanner.patterns().scan(nested);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.UNREADABLE);
            assertThat(f.describe()).contains("nested more than " + SecretScanner.MAX_DEPTH + " deep");
        });
        assertThat(SecretScanner.patterns().scan(dir.resolve("raw2.zip")))
                .singleElement()
                .satisfies(f -> assertThat(f.describe())
                        .isEqualTo("raw2.zip!/inner.zip!/inner.zip!/db.env: holds what looks like a password"));
    }

    @Test
    void anEncryptedPdfIsUnreadable() throws IOException {
        Path pdf = dir.resolve("policy.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertThat(described(SecretScanner.patterns().scan(pdf)))
                .containsExactly("policy.pdf: cannot be scanned (an encrypted PDF), so it may hold a secret");
    }

    @Test
    void gzipIsInflatedAndATruncatedGzipIsUnreadable() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("log line\n".repeat(5000) + LEAK).getBytes(StandardCharsets.UTF_8));
        }
        Path whole = Files.write(dir.resolve("app.log.gz"), gz.toByteArray());
        assertThat(described(SecretScanner.patterns().scan(whole)))
                .containsExactly("app.log.gz: holds what looks like a password");
        Path zipped = dir.resolve("pack.zip");
        // A zip entry holding gzip bytes, and one cut short.
        try (OutputStream os = Files.newOutputStream(zipped);
                ZipOutputStream out = new ZipOutputStream(os)) {
            out.putNextEntry(new ZipEntry("logs/app.log.gz"));
            out.write(gz.toByteArray());
            out.putNextEntry(new ZipEntry("logs/cut.log.gz"));
            out.write(Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
            out.closeEntry();
        }
        List<SecretFinding> found = SecretScanner.patterns().scan(zipped);
        assertThat(described(found)).first().isEqualTo("pack.zip!/logs/app.log.gz: holds what looks like a password");
        assertThat(found).hasSize(2).last().satisfies(f -> {
            assertThat(f.file()).isEqualTo("pack.zip!/logs/cut.log.gz");
            assertThat(f.kind()).isEqualTo(SecretKind.UNREADABLE);
        });
    }

    @Test
    void utf16WithAndWithoutAByteOrderMarkIsRead() throws IOException {
        Files.write(dir.resolve("le-bom.txt"), ("\uFEFF" + LEAK).getBytes(StandardCharsets.UTF_16LE));
        Files.write(
                dir.resolve("be.txt"),
                ("aws_secret_access_key = " + FakeSecrets.SECRET_KEY).getBytes(StandardCharsets.UTF_16BE));
        Files.write(dir.resolve("clean.txt"), "Password policy: 14 characters".getBytes(StandardCharsets.UTF_16LE));
        assertThat(described(SecretScanner.patterns().scan(dir)))
                .containsExactly(
                        "be.txt: holds what looks like an AWS secret access key",
                        "le-bom.txt: holds what looks like a password");
    }
}
