package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import dev.auditpack.signing.SigningIdentity;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options naming the key and certificate a pack is signed with; none of them means an unsigned pack. */
final class SigningSettings {

    @Option(
            names = "--sign-key",
            paramLabel = "FILE",
            description =
                    "PEM private key (PKCS#8, or traditional RSA or EC) to sign the pack with; needs --sign-cert.")
    Path key;

    @Option(
            names = "--sign-key-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the password of an encrypted --sign-key.")
    String keyPasswordEnv;

    @Option(
            names = "--sign-cert",
            paramLabel = "FILE",
            description = "PEM certificate of --sign-key, optionally followed by its chain.")
    Path cert;

    @Option(
            names = "--keystore",
            paramLabel = "FILE",
            description = "PKCS#12 key store (.p12) holding one key and its certificate, instead of --sign-key.")
    Path keystore;

    @Option(
            names = "--keystore-password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the password of --keystore.")
    String keystorePasswordEnv;

    /**
     * Reads the key and certificate, so that a bad one stops the command before anything is written.
     *
     * @throws InputException naming the flag or file that is wrong
     */
    Optional<SigningIdentity> identity() {
        if (keystore != null && (key != null || cert != null)) {
            throw new InputException("--keystore", "give either --keystore or --sign-key with --sign-cert, not both");
        }
        if (keystore != null) {
            char[] password = keystorePasswordEnv == null
                    ? new char[0]
                    : password("--keystore-password-env", keystorePasswordEnv);
            return Optional.of(SigningIdentity.fromKeystore(keystore, password));
        }
        if (keystorePasswordEnv != null) {
            throw new InputException("--keystore-password-env", "needs --keystore FILE");
        }
        if (key == null && cert == null) {
            if (keyPasswordEnv != null) {
                throw new InputException("--sign-key-password-env", "needs --sign-key FILE");
            }
            return Optional.empty();
        }
        if (key == null) {
            throw new InputException("--sign-cert", "needs --sign-key FILE, the private key of the certificate");
        }
        if (cert == null) {
            throw new InputException("--sign-key", "needs --sign-cert FILE, the certificate of the key");
        }
        char[] password = keyPasswordEnv == null ? null : password("--sign-key-password-env", keyPasswordEnv);
        return Optional.of(SigningIdentity.fromPem(key, cert, password));
    }

    private static char[] password(String flag, String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            throw new InputException(flag, "environment variable " + variable + " is not set");
        }
        return value.toCharArray();
    }
}
