package dev.auditpack.signing;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/** Reads keys and certificates from the PEM and PKCS#12 files a user gives, with one-line errors. */
final class KeyFiles {

    /** A private key and its certificate chain, signer first. */
    record KeyEntry(PrivateKey key, List<X509Certificate> chain) {}

    private KeyFiles() {}

    static PrivateKey readPrivateKey(Path file, char[] password) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser pem = new PEMParser(open(file))) {
            for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
                if (o instanceof PEMKeyPair pair) {
                    // Only the private half: a traditional EC key may leave the public key out.
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMEncryptedKeyPair encrypted) {
                    return decrypt(
                            file,
                            password,
                            () -> converter.getPrivateKey(encrypted
                                    .decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                                            .setProvider(bouncyCastle())
                                            .build(password))
                                    .getPrivateKeyInfo()));
                }
                if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    return decrypt(
                            file,
                            password,
                            () -> converter.getPrivateKey(
                                    encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                                            .setProvider(bouncyCastle())
                                            .build(password))));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "missing: no such key file");
        } catch (IOException e) {
            throw new InputException(file, "is not a readable PEM key: " + e.getMessage());
        }
        throw new InputException(
                file,
                "holds no PEM private key (expected BEGIN PRIVATE KEY, BEGIN ENCRYPTED PRIVATE KEY, "
                        + "BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY)");
    }

    static List<X509Certificate> readCertificates(Path file) {
        List<X509Certificate> certs = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser pem = new PEMParser(open(file))) {
            for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    certs.add(converter.getCertificate(holder));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "missing: no such certificate file");
        } catch (IOException | CertificateException e) {
            throw new InputException(file, "is not a readable PEM certificate: " + e.getMessage());
        }
        if (certs.isEmpty()) {
            throw new InputException(file, "holds no PEM certificate (expected BEGIN CERTIFICATE)");
        }
        return certs;
    }

    static KeyEntry readKeystore(Path file, char[] password) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "missing: no such key store");
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException;
            throw new InputException(
                    file,
                    wrongPassword
                            ? "cannot be opened with the password given (wrong password?)"
                            : "is not a readable PKCS#12 key store: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new InputException(file, "is not a readable PKCS#12 key store: " + e.getMessage());
        }
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            if (aliases.size() != 1) {
                throw new InputException(
                        file,
                        aliases.isEmpty()
                                ? "holds no private key"
                                : "holds " + aliases.size() + " private keys (" + String.join(", ", aliases)
                                        + "); give one");
            }
            PrivateKey key = (PrivateKey) store.getKey(aliases.get(0), password);
            Certificate[] chain = store.getCertificateChain(aliases.get(0));
            if (chain == null || chain.length == 0) {
                throw new InputException(file, "holds a private key without its certificate");
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : chain) {
                certs.add((X509Certificate) c);
            }
            return new KeyEntry(key, certs);
        } catch (UnrecoverableKeyException e) {
            throw new InputException(file, "holds a key that the key store password does not open");
        } catch (GeneralSecurityException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage());
        }
    }

    private interface Decryption {
        PrivateKey run() throws Exception;
    }

    private static PrivateKey decrypt(Path file, char[] password, Decryption decryption) {
        if (password == null) {
            throw new InputException(
                    file,
                    "is encrypted; name the environment variable holding its password "
                            + "with --sign-key-password-env");
        }
        try {
            return decryption.run();
        } catch (Exception e) {
            // A wrong password shows as bad padding, or as garbage that is not a key; both mean the same here.
            throw new InputException(file, "cannot be decrypted with the password given (wrong password?)", e);
        }
    }

    /** OpenSSL's key encryptions need BouncyCastle's ciphers; the provider is used here only, never registered. */
    private static Provider bouncyCastle() {
        return new BouncyCastleProvider();
    }

    private static Reader open(Path file) throws IOException {
        // ISO-8859-1 maps every byte, so a binary file reads as "no PEM object" instead of failing to decode.
        return Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
    }
}
