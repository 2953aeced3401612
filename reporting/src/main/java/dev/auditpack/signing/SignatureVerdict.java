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

    static SignatureVerdict valid(String signer, X509Certificate certificate) {
        return new SignatureVerdict(true, signer, "", Optional.of(certificate));
    }

    static SignatureVerdict invalid(String signer, String problem) {
        return new SignatureVerdict(false, signer, problem, Optional.empty());
    }
}
