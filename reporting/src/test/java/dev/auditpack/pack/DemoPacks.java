package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo pack, unsigned and signed, built once per test JVM on first use for the tests that only read it:
 * a test that writes must write into its own directory, never into these.
 */
public final class DemoPacks {

    /** The variable whose value encrypts the signing key; the tests cannot set one, so it is one always set. */
    public static final String PASSWORD_VARIABLE = "PATH";

    private static Path root;
    private static Built unsigned;
    private static Built signed;

    /**
     * One built pack.
     *
     * @param dir the pack's folder
     * @param cli what {@code auditpack demo} printed while building it
     */
    public record Built(Path dir, Cli cli) {
        public Path resolve(String name) {
            return dir.resolve(name);
        }
    }

    private DemoPacks() {
    }

    /** {@code auditpack demo}, with its examples and no signature. */
    public static synchronized Built unsigned() {
        if (unsigned == null) {
            Path dir = root().resolve("unsigned");
            unsigned = new Built(dir, built(Cli.run("demo", "--out", dir.toString())));
        }
        return unsigned;
    }

    /**
     * {@code auditpack demo} signed with a new RSA key of {@link TestKeys#SUBJECT}, read encrypted from a PEM
     * file with the password in {@value #PASSWORD_VARIABLE}.
     */
    public static synchronized Built signed() {
        if (signed == null) {
            Path dir = root().resolve("signed");
            TestKeys keys = TestKeys.rsa();
            Path key = keys.writeEncryptedPkcs8(root().resolve("key.pem"), System.getenv(PASSWORD_VARIABLE));
            Path cert = keys.writeCertificate(root().resolve("cert.pem"));
            signed = new Built(dir, built(Cli.run("demo", "--out", dir.toString(), "--sign-key", key.toString(),
                    "--sign-key-password-env", PASSWORD_VARIABLE, "--sign-cert", cert.toString())));
        }
        return signed;
    }

    /**
     * Writes, into {@code dir}, the two shipped frameworks cut to one control each (ISO 27001 A.8.13 and SOC 2
     * CC6.1), for a test that needs a pack of the demo's evidence but not of every control: with
     * {@code --frameworks dir --no-examples}, the demo builds in a fraction of the time.
     */
    public static Path smallFrameworks(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("iso27001-2022.yaml"), """
                    framework: iso27001-2022
                    title: ISO/IEC 27001:2022 Annex A
                    shortName: ISO 27001
                    controls:
                      - id: A.8.13
                        title: Data backup and restore testing
                        theme: Technological
                        responsibility: customer
                        customer: Back up data and test restores.
                        checks: [s3_bucket_versioning_enabled]
                        manual: The backup policy.
                    """);
            Files.writeString(dir.resolve("soc2-2017.yaml"), """
                    framework: soc2-2017
                    title: SOC 2 Trust Services Criteria
                    shortName: SOC 2
                    controls:
                      - id: CC6.1
                        title: Logical access safeguards
                        theme: CC6 Logical and Physical Access Controls
                        responsibility: customer
                        customer: Restrict logical access.
                        checks: [iam_root_mfa_enabled]
                        manual: The access policy.
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cli built(Cli demo) {
        assertThat(demo.exit()).as(demo.err()).isZero();
        return demo;
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("auditpack-demo-packs-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dir = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return root;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the temporary directory.
        }
    }
}
