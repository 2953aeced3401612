package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The demo pack, unsigned and signed, built once per build for the tests that only read it: a test that writes
 * must write into its own directory, never into these. The test JVMs of one Maven build share them through the
 * folder the {@value #SHARED} system property names, the first to ask building each under a file lock; without
 * it (a test run from an IDE) each JVM builds its own in a temporary folder.
 */
public final class DemoPacks {

    /** The variable whose value encrypts the signing key; the tests cannot set one, so it is one always set. */
    public static final String PASSWORD_VARIABLE = "PATH";
    /** System property naming the folder the test JVMs of one build share. */
    static final String SHARED = "auditpack.demoPacks";

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

    private DemoPacks() {}

    /** {@code auditpack demo}, with its examples and no signature. */
    public static synchronized Built unsigned() {
        if (unsigned == null) {
            unsigned = buildOnce("unsigned", dir -> Cli.run("demo", "--out", dir.toString()));
        }
        return unsigned;
    }

    /**
     * {@code auditpack demo} signed with a new RSA key of {@link TestKeys#SUBJECT}, read encrypted from a PEM
     * file with the password in {@value #PASSWORD_VARIABLE}.
     */
    public static synchronized Built signed() {
        if (signed == null) {
            signed = buildOnce("signed", dir -> {
                TestKeys keys = TestKeys.rsa();
                Path key = keys.writeEncryptedPkcs8(root().resolve("signed-key.pem"), System.getenv(PASSWORD_VARIABLE));
                Path cert = keys.writeCertificate(root().resolve("signed-cert.pem"));
                return Cli.run(
                        "demo",
                        "--out",
                        dir.toString(),
                        "--sign-key",
                        key.toString(),
                        "--sign-key-password-env",
                        PASSWORD_VARIABLE,
                        "--sign-cert",
                        cert.toString());
            });
        }
        return signed;
    }

    /** The SHA-256 fingerprint of the certificate the signed demo was signed with, read from its PEM file. */
    public static String signerFingerprint() {
        signed();
        try (java.io.InputStream in = Files.newInputStream(root().resolve("signed-cert.pem"))) {
            java.security.cert.X509Certificate cert = (java.security.cert.X509Certificate)
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
            return dev.auditpack.signing.SigningIdentity.fingerprint(cert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds the pack {@code name}, or takes the one another JVM of this build finished, holding its lock. */
    private static Built buildOnce(String name, Function<Path, Cli> build) {
        Path dir = root().resolve(name);
        Path out = root().resolve(name + ".out");
        Path err = root().resolve(name + ".err");
        try (FileChannel lock =
                FileChannel.open(root().resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock.lock(); // held until the channel closes
            if (Files.exists(out)) {
                return new Built(dir, new Cli(0, Files.readString(out), Files.readString(err)));
            }
            delete(dir);
            Cli demo = build.apply(dir);
            assertThat(demo.exit()).as(demo.err()).isZero();
            Files.writeString(err, demo.err());
            // Written last, through a rename, so its presence means the pack is complete.
            Path partial = root().resolve(name + ".out.partial");
            Files.writeString(partial, demo.out());
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            return new Built(dir, demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        if (root == null) {
            try {
                String shared = System.getProperty(SHARED);
                if (shared != null && !shared.isBlank()) {
                    root = Files.createDirectories(Path.of(shared));
                } else {
                    Path dir = Files.createTempDirectory("auditpack-demo-packs-");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            delete(dir);
                        } catch (UncheckedIOException e) {
                            // Left in the temporary folder.
                        }
                    }));
                    root = dir;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
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
                        checks: [{check: s3_bucket_versioning_enabled, strength: direct, rationale: versions allow restores}]
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
                        checks: [{check: iam_root_mfa_enabled, strength: direct, rationale: the root user needs a second factor}]
                        manual: The access policy.
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
