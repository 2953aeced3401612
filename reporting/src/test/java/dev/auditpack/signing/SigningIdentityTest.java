package dev.auditpack.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import dev.auditpack.pack.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningIdentityTest {

    private static TestKeys rsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() {
        rsa = TestKeys.rsa();
    }

    @Test
    void readsPkcs8AndTraditionalPemKeys() throws Exception {
        Path cert = rsa.writeCertificate(dir.resolve("cert.pem"));
        Path pkcs8 = rsa.writePkcs8(dir.resolve("pkcs8.pem"));
        Path traditional = rsa.writeTraditional(dir.resolve("rsa.pem"));
        assertThat(Files.readString(pkcs8)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(traditional)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        for (Path key : new Path[] {pkcs8, traditional}) {
            SigningIdentity identity = SigningIdentity.fromPem(key, cert, null);
            assertThat(identity.key()).isEqualTo(rsa.keys().getPrivate());
            assertThat(identity.subject()).isEqualTo(TestKeys.SUBJECT);
            assertThat(identity.signatureAlgorithm()).isEqualTo("SHA256withRSA");
        }
        String fingerprint = HexFormat.ofDelimiter(":")
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(rsa.certificate().getEncoded()));
        assertThat(SigningIdentity.fromPem(pkcs8, cert, null).fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void readsATraditionalEcKeyAsOpensslWritesIt() throws Exception {
        // openssl puts an "EC PARAMETERS" block before the key; it must be skipped, not taken for the key.
        openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "ec.pem");
        openssl(
                "req",
                "-x509",
                "-new",
                "-key",
                "ec.pem",
                "-subj",
                "/CN=Test EC Signer",
                "-days",
                "2",
                "-out",
                "cert.pem");
        assertThat(Files.readString(dir.resolve("ec.pem")))
                .contains("-----BEGIN EC PARAMETERS-----", "-----BEGIN EC PRIVATE KEY-----");
        SigningIdentity identity = SigningIdentity.fromPem(dir.resolve("ec.pem"), dir.resolve("cert.pem"), null);
        assertThat(identity.signatureAlgorithm()).isEqualTo("SHA256withECDSA");
        assertThat(identity.subject()).isEqualTo("CN=Test EC Signer");
    }

    private void openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        ExternalTool openssl = ExternalTool.run(dir, command.toArray(String[]::new));
        assertThat(openssl.exit()).as(openssl.output()).isZero();
    }

    @Test
    void encryptedKeyNeedsTheRightPassword() {
        Path cert = rsa.writeCertificate(dir.resolve("cert.pem"));
        Path key = rsa.writeEncryptedPkcs8(dir.resolve("enc.pem"), "correct horse");
        assertThat(SigningIdentity.fromPem(key, cert, "correct horse".toCharArray())
                        .key())
                .isEqualTo(rsa.keys().getPrivate());
        assertThatThrownBy(() -> SigningIdentity.fromPem(key, cert, "wrong".toCharArray()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(key.toString())
                .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> SigningIdentity.fromPem(key, cert, null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is encrypted")
                .hasMessageContaining("--sign-key-password-env");
    }

    @Test
    void theSignerIsTheCertificateOfTheKeyAndTheRestIsTheChain() {
        TestKeys other = TestKeys.rsa();
        Path cert = other.writeCertificate(dir.resolve("chain.pem"), rsa.certificate());
        SigningIdentity identity = SigningIdentity.fromPem(rsa.writePkcs8(dir.resolve("key.pem")), cert, null);
        assertThat(identity.certificate()).isEqualTo(rsa.certificate());
        assertThat(identity.chain()).containsExactly(other.certificate());
        assertThat(identity.certificates()).containsExactly(rsa.certificate(), other.certificate());
    }

    @Test
    void aCertificateForAnotherKeyIsRefusedNamingIt() {
        Path cert = TestKeys.rsa().writeCertificate(dir.resolve("other.pem"));
        Path key = rsa.writePkcs8(dir.resolve("key.pem"));
        assertThatThrownBy(() -> SigningIdentity.fromPem(key, cert, null))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(cert + ": holds no certificate for the private key in " + key);
    }

    @Test
    void missingAndWrongFilesAreNamed() {
        Path cert = rsa.writeCertificate(dir.resolve("cert.pem"));
        Path key = rsa.writePkcs8(dir.resolve("key.pem"));
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> SigningIdentity.fromPem(missing, cert, null))
                .hasMessage(missing + ": missing: no such key file");
        assertThatThrownBy(() -> SigningIdentity.fromPem(key, missing, null))
                .hasMessage(missing + ": missing: no such certificate file");
        assertThatThrownBy(() -> SigningIdentity.fromPem(cert, cert, null))
                .hasMessageStartingWith(cert + ": holds no PEM private key");
        assertThatThrownBy(() -> SigningIdentity.fromPem(key, key, null))
                .hasMessageStartingWith(key + ": holds no PEM certificate");
    }

    @Test
    void readsAPkcs12KeyStore() {
        Path store = rsa.writeKeystore(dir.resolve("signer.p12"), "s3cret");
        SigningIdentity identity = SigningIdentity.fromKeystore(store, "s3cret".toCharArray());
        assertThat(identity.certificate()).isEqualTo(rsa.certificate());
        assertThat(identity.key()).isEqualTo(rsa.keys().getPrivate());
        assertThatThrownBy(() -> SigningIdentity.fromKeystore(store, "nope".toCharArray()))
                .isInstanceOf(InputException.class)
                .hasMessage(store + ": cannot be opened with the password given (wrong password?)");
        Path pem = rsa.writePkcs8(dir.resolve("key.pem"));
        assertThatThrownBy(() -> SigningIdentity.fromKeystore(pem, "s3cret".toCharArray()))
                .hasMessageStartingWith(pem + ": is not a readable PKCS#12 key store");
    }
}
