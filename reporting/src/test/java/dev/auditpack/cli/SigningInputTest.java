package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.demo.DemoLocker;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad key, certificate or password stops report, run and demo with one line, exit 2, and nothing written. */
class SigningInputTest {

    private static TestKeys keys;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        keys = TestKeys.rsa();
    }

    private static void assertRefused(Cli cli, Path out, String... fragments) throws IOException {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).startsWith("auditpack: ").contains(fragments);
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.map(p -> p.getFileName().toString()))
                        .as("nothing new in " + out)
                        .containsOnly("mine.txt");
            }
        }
    }

    @Test
    void aMissingKeyFile() throws IOException {
        Path missing = dir.resolve("missing.pem");
        Path out = dir.resolve("out");
        assertRefused(
                Cli.run(
                        "demo",
                        "--out",
                        out.toString(),
                        "--sign-key",
                        missing.toString(),
                        "--sign-cert",
                        keys.writeCertificate(dir.resolve("cert.pem")).toString()),
                out,
                missing + ": missing");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWrongPassword() throws IOException {
        Path key = keys.writeEncryptedPkcs8(dir.resolve("key.pem"), "not the value of PATH");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "keep");
        Path locker = DemoLocker.extractTo(dir.resolve("evidence"));
        assertRefused(
                Cli.run(
                        "report",
                        "--evidence",
                        locker.toString(),
                        "--out",
                        out.toString(),
                        "--sign-key",
                        key.toString(),
                        "--sign-key-password-env",
                        "PATH",
                        "--sign-cert",
                        keys.writeCertificate(dir.resolve("cert.pem")).toString()),
                out,
                key + ": cannot be decrypted",
                "wrong password");
        Path store = keys.writeKeystore(dir.resolve("signer.p12"), "not the value of PATH");
        assertRefused(
                Cli.run(
                        "report",
                        "--evidence",
                        locker.toString(),
                        "--out",
                        out.toString(),
                        "--keystore",
                        store.toString(),
                        "--keystore-password-env",
                        "PATH"),
                out,
                store + ": cannot be opened",
                "wrong password");
        assertRefused(
                Cli.run(
                        "report",
                        "--evidence",
                        locker.toString(),
                        "--out",
                        out.toString(),
                        "--keystore",
                        store.toString(),
                        "--keystore-password-env",
                        "AUDITPACK_NO_SUCH_VARIABLE"),
                out,
                "--keystore-password-env: environment variable AUDITPACK_NO_SUCH_VARIABLE is not set");
    }

    @Test
    void aCertificateThatDoesNotMatchTheKey() throws IOException {
        Path key = keys.writePkcs8(dir.resolve("key.pem"));
        Path other = TestKeys.rsa().writeCertificate(dir.resolve("other.pem"));
        Path out = dir.resolve("out");
        assertRefused(
                Cli.run("demo", "--out", out.toString(), "--sign-key", key.toString(), "--sign-cert", other.toString()),
                out,
                other + ": holds no certificate for the private key in " + key);
        assertThat(out).doesNotExist();
    }

    @Test
    void runRefusesBeforeCollectingAnything() throws IOException {
        Path out = dir.resolve("out");
        assertRefused(
                Cli.run(
                        "run",
                        "--out",
                        out.toString(),
                        "--sign-cert",
                        keys.writeCertificate(dir.resolve("c.pem")).toString(),
                        "--endpoint-url",
                        "http://127.0.0.1:9"),
                out,
                "--sign-cert: needs --sign-key FILE");
        assertThat(out).doesNotExist();
    }

    @Test
    void flagsThatNeedTheirPartner() throws IOException {
        Path out = dir.resolve("out");
        Path key = keys.writePkcs8(dir.resolve("key.pem"));
        assertRefused(
                Cli.run("demo", "--out", out.toString(), "--sign-key", key.toString()),
                out,
                "--sign-key: needs --sign-cert");
        assertRefused(
                Cli.run(
                        "demo",
                        "--out",
                        out.toString(),
                        "--sign-key",
                        key.toString(),
                        "--sign-cert",
                        key.toString(),
                        "--keystore",
                        key.toString()),
                out,
                "--keystore: give either --keystore or --sign-key");
        assertThat(out).doesNotExist();
    }
}
