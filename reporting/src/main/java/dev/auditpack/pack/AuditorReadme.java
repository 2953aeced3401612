package dev.auditpack.pack;

import dev.auditpack.report.ReportModel;
import dev.auditpack.report.VisibleText;
import dev.auditpack.report.pdf.TemplateSet;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code README.txt} inside a pack: what each file is, how it was made, and how to check it offline, rendered
 * from {@value #TEMPLATE}, which a user's template folder may replace.
 */
final class AuditorReadme {

    /** Name of the file inside a pack. */
    static final String FILE = "README.txt";

    /** Its template. */
    static final String TEMPLATE = "readme" + TemplateSet.PLAIN_TEXT;

    /** The command that checks {@code SHA256SUMS.p7s}; the same text is in README.md and docs/pack-format.md. */
    static final String OPENSSL_VERIFY = "openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s "
            + "-content SHA256SUMS -CAfile signer.pem -partial_chain -purpose any -out /dev/null";

    /**
     * Prints the subject and fingerprint of the certificate that signed the PDF, from the signature {@code pdfsig -dump}
     * wrote; the same text is in README.md and docs/pack-format.md.
     */
    static final String PDF_FINGERPRINT = "openssl pkcs7 -inform DER -in evidence-pack.pdf.sig0 -print_certs "
            + "| openssl x509 -noout -subject -fingerprint -sha256";

    private AuditorReadme() {}

    /**
     * The text for one pack.
     *
     * @param writers the pack's documents, listed by their descriptions
     * @param signer  who signed the pack (subject and certificate fingerprint), when it is signed
     */
    static byte[] render(
            ReportModel model, List<ReportWriter> writers, Optional<String> signer, TemplateSet templates) {
        return render(model, writers, signer, templates, Optional.empty());
    }

    /**
     * The text for one of the two packs of a redacted build.
     *
     * @param other the other pack's zip: for the full pack (for auditors only), the redacted one to attach to tickets;
     *              for the redacted pack, the full one
     */
    static byte[] render(
            ReportModel model,
            List<ReportWriter> writers,
            Optional<String> signer,
            TemplateSet templates,
            Optional<String> other) {
        Map<String, Object> data = new HashMap<>();
        data.put("other", other.orElse(null));
        data.put("model", model);
        data.put("run", model.run());
        data.put("signer", signer.orElse(null));
        boolean redacted = model.run().redacted();
        data.put(
                "writers",
                writers.stream()
                        .map(w -> Map.of(
                                "file", w.file(), "description", redacted ? w.redactedDescription() : w.description()))
                        .toList());
        data.put("opensslVerify", OPENSSL_VERIFY);
        data.put("pdfFingerprint", PDF_FINGERPRINT);
        data.put("text", new PlainText());
        // Text from AWS or the user (an organisation name, a signer's subject) shows its control characters as escapes.
        return VisibleText.of(templates.render(TEMPLATE, data)).getBytes(StandardCharsets.UTF_8);
    }
}
