package dev.auditpack.signing;

import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * The private key and certificate a pack is signed with, as the user gave them.
 *
 * @param key         private key, RSA or EC
 * @param certificate the certificate of that key
 * @param chain       further certificates given with it (its issuers), possibly none
 */
public record SigningIdentity(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        chain = List.copyOf(chain);
        if (algorithmFor(key).isEmpty()) {
            throw new IllegalArgumentException("a " + key.getAlgorithm() + " key cannot sign a pack; use RSA or EC");
        }
    }

    /**
     * Reads a PEM private key (PKCS#8, or traditional RSA or EC, possibly encrypted) and a PEM certificate file
     * that may hold a chain; the certificate whose public key belongs to the key is the signer.
     *
     * @param password the key's password, or null when it is not encrypted
     * @throws InputException naming the file that is missing, unreadable, encrypted with another password, or
     *                        holds no certificate for the key
     */
    public static SigningIdentity fromPem(Path keyFile, Path certFile, char[] password) {
        PrivateKey key = KeyFiles.readPrivateKey(keyFile, password);
        requireSupported(key, keyFile);
        List<X509Certificate> certs = KeyFiles.readCertificates(certFile);
        X509Certificate signer = certs.stream()
                .filter(c -> belongTogether(key, c.getPublicKey()))
                .findFirst()
                .orElseThrow(() -> new InputException(
                        certFile,
                        "holds no certificate for the private key in " + keyFile
                                + (certs.size() == 1 ? " (the certificate is for another key)" : "")));
        List<X509Certificate> chain = new ArrayList<>(certs);
        chain.remove(signer);
        return new SigningIdentity(key, signer, chain);
    }

    /**
     * Reads the one private key and its certificate chain from a PKCS#12 key store.
     *
     * @param password the key store's password (also used for the key)
     * @throws InputException naming the file when it is missing, the password is wrong, or it holds no key
     */
    public static SigningIdentity fromKeystore(Path file, char[] password) {
        KeyFiles.KeyEntry entry = KeyFiles.readKeystore(file, password);
        requireSupported(entry.key(), file);
        X509Certificate signer = entry.chain().get(0);
        if (!belongTogether(entry.key(), signer.getPublicKey())) {
            throw new InputException(file, "holds a key whose certificate is for another key");
        }
        return new SigningIdentity(
                entry.key(), signer, entry.chain().subList(1, entry.chain().size()));
    }

    /** The JCA signature algorithm for this key: SHA-256 with RSA or with ECDSA. */
    public String signatureAlgorithm() {
        return algorithmFor(key).orElseThrow();
    }

    /** The signer's subject, as {@code CN=…,O=…}. */
    public String subject() {
        return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    /** SHA-256 fingerprint of the signer's certificate, as {@code openssl x509 -noout -fingerprint -sha256} prints it. */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    /** SHA-256 fingerprint of {@code certificate}: colon-separated upper-case hex, as openssl prints it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = Digests.newSha256().digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate that was read cannot be encoded", e);
        }
    }

    /** Who signed, for people: the subject and the certificate's fingerprint. */
    public String describe() {
        return subject() + " (certificate SHA-256 fingerprint " + fingerprint() + ")";
    }

    /** The signer's certificate first, then the rest of the chain. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> all = new ArrayList<>();
        all.add(certificate);
        all.addAll(chain);
        return all;
    }

    /** The certificate and the rest of its chain as PEM, the way openssl reads them (the pack's signer.pem). */
    public byte[] certificatesPem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            for (X509Certificate certificate : certificates()) {
                pem.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a certificate that was read cannot be written as PEM", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Optional<String> algorithmFor(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> Optional.of("SHA256withRSA");
            case "EC" -> Optional.of("SHA256withECDSA");
            default -> Optional.empty();
        };
    }

    private static void requireSupported(PrivateKey key, Path file) {
        if (algorithmFor(key).isEmpty()) {
            throw new InputException(
                    file, "holds a " + key.getAlgorithm() + " key; auditpack signs with RSA or EC keys");
        }
    }

    /** True when a signature made with the private key verifies with the public key. */
    private static boolean belongTogether(PrivateKey key, PublicKey publicKey) {
        byte[] probe = "auditpack key probe".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithmFor(key).orElseThrow());
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithmFor(key).orElseThrow());
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
