package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.signing.SigningIdentity;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackArchiveTest {

    private static final Instant TIME = Instant.parse("2026-12-31T23:59:58Z");

    @TempDir
    Path dir;

    private Path write(String name, Optional<SigningIdentity> signing) throws IOException {
        Path data = dir.resolve("data.bin");
        if (!Files.exists(data)) {
            Files.write(data, new byte[100_000]);
        }
        Path zip = dir.resolve(name);
        new PackArchive(TIME)
                .add("z.txt", "last".getBytes(StandardCharsets.UTF_8))
                .add("evidence/raw/a.json", data)
                .add("README.txt", "read me".getBytes(StandardCharsets.UTF_8))
                .write(zip, signing);
        return zip;
    }

    @Test
    void theSameFilesGiveTheSameZipSortedWithOneTime() throws IOException {
        Path first = write("first.zip", Optional.empty());
        Path second = write("second.zip", Optional.empty());
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Zips.names(first)).containsExactly("README.txt", "SHA256SUMS", "evidence/raw/a.json", "z.txt");
        try (ZipFile zip = new ZipFile(first.toFile())) {
            assertThat(zip.stream().map(e -> e.getTimeLocal()))
                    .containsOnly(LocalDateTime.of(2026, 12, 31, 23, 59, 58));
        }
    }

    @Test
    void aSignedZipIsReproducibleTooWithAnRsaKey() throws IOException {
        // RSA PKCS#1 v1.5 signatures are deterministic, and the CMS carries no signing time.
        SigningIdentity identity = TestKeys.rsa().identity();
        Path first = write("first.zip", Optional.of(identity));
        Path second = write("second.zip", Optional.of(identity));
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Zips.names(first))
                .containsExactly(
                        "README.txt", "SHA256SUMS", "SHA256SUMS.p7s", "evidence/raw/a.json", "signer.pem", "z.txt");
        assertThat(new String(Zips.read(first, "SHA256SUMS"), StandardCharsets.UTF_8))
                .contains("  signer.pem\n");
    }

    @Test
    void namesTheArchiveWritesItselfAreRefused() {
        PackArchive archive = new PackArchive(TIME);
        for (String name : new String[] {"SHA256SUMS", "SHA256SUMS.p7s", "signer.pem"}) {
            assertThatThrownBy(() -> archive.add(name, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
