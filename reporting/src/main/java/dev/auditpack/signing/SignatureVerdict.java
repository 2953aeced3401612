package dev.auditpack.signing;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one signature verifies, and who made it.
 *
 * @param valid     true when the signature matches the signed bytes and the signer's certificate
 * @param signer    subject of the signer's certificate, or empty when it cannot be told
 * @param problem   why it is not valid; empty when it is
 * @param certificate the signer's certificate, when the signature is valid
 */
public record SignatureVerdict(boolean valid, String signer, String problem, Optional<X509Certificate> certificate) {

    public SignatureVerdict {
        Objects.requireNonNull(signer);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(certificate);
    }

    /** SHA-256 fingerprint of the signer's certificate, as {@link SigningIdentity#fingerprint()} gives it. */
    public Optional<String> fingerprint() {
        return certificate.map(SigningIdentity::fingerprint);
    }

    /** The signer as people read it: subject and fingerprint, or only the subject when the signature is not valid. */
    public String describe() {
        return fingerprint()
                .map(f -> signer + " (certificate SHA-256 fingerprint " + f + ")")
                .orElse(signer);
    }

    /** The same verdict, made invalid for {@code why}; the signer is kept, the certificate dropped. */
    SignatureVerdict refuse(String why) {
        return invalid(signer, why);
    }

    static SignatureVerdict valid(String signer, X509Certificate certificate) {
        return new SignatureVerdict(true, signer, "", Optional.of(certificate));
    }

    static SignatureVerdict invalid(String signer, String problem) {
        return new SignatureVerdict(false, signer, problem, Optional.empty());
    }
}
