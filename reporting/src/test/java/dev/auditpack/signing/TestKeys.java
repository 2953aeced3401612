package dev.auditpack.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway key pair and self-signed certificate for tests, written as the files a user would give.
 *
 * @param keys        the key pair
 * @param certificate its self-signed certificate
 */
public record TestKeys(KeyPair keys, X509Certificate certificate) {

    /** Subject of {@link #rsa()}'s certificate, as auditpack names it (RFC 2253). */
    public static final String SUBJECT = "CN=Test Signer,O=Acme Ltd";

    /** A new RSA-2048 key with a self-signed certificate for {@value #SUBJECT}. */
    public static TestKeys rsa() {
        return generate("RSA", 2048, "SHA256withRSA", "O=Acme Ltd,CN=Test Signer");
    }

    /** A new EC P-256 key with a self-signed certificate. */
    public static TestKeys ec() {
        return generate("EC", 256, "SHA256withECDSA", "CN=Test EC Signer");
    }

    private static TestKeys generate(String algorithm, int size, String signatureAlgorithm, String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(30, ChronoUnit.DAYS)),
                            name,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder(signatureAlgorithm).build(keys.getPrivate())));
            return new TestKeys(keys, certificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public Path writePkcs8(Path file) {
        return pem(file, pkcs8(null));
    }

    /** An RSA private key in the traditional format ({@code BEGIN RSA PRIVATE KEY}). */
    public Path writeTraditional(Path file) {
        return pem(file, keys);
    }

    /** The private key as encrypted PKCS#8 PEM ({@code BEGIN ENCRYPTED PRIVATE KEY}). */
    public Path writeEncryptedPkcs8(Path file, String password) {
        try {
            return pem(
                    file,
                    pkcs8(new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                            .setProvider(new BouncyCastleProvider())
                            .setPassword(password.toCharArray())
                            .build()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate, then any {@code more}, as PEM. */
    public Path writeCertificate(Path file, X509Certificate... more) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
            for (X509Certificate c : more) {
                pem.writeObject(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A PKCS#12 key store holding the key and certificate. */
    public Path writeKeystore(Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signer", keys.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
            store.store(out, password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** The identity auditpack would read from these files. */
    public SigningIdentity identity() {
        return new SigningIdentity(keys.getPrivate(), certificate, List.of());
    }

    private static Path pem(Path file, Object object) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
                JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private Object pkcs8(OutputEncryptor encryptor) {
        try {
            return new JcaPKCS8Generator(keys.getPrivate(), encryptor).generate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
