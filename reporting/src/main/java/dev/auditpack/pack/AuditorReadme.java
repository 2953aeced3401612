package dev.auditpack.pack;

import dev.auditpack.report.ReportModel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The {@code README.txt} inside a pack: what each file is, how it was made, and how to check it offline. */
final class AuditorReadme {

    /** Name of the file inside a pack. */
    static final String FILE = "README.txt";

    /** The command that checks {@code SHA256SUMS.p7s}; the same text is in README.md and docs/pack-format.md. */
    static final String OPENSSL_VERIFY = "openssl cms -verify -binary -inform DER -in SHA256SUMS.p7s "
            + "-content SHA256SUMS -CAfile signer.pem -partial_chain -purpose any -out /dev/null";

    /**
     * Prints the subject and fingerprint of the certificate that signed the PDF, from the signature {@code pdfsig -dump}
     * wrote; the same text is in README.md and docs/pack-format.md.
     */
    static final String PDF_FINGERPRINT = "openssl pkcs7 -inform DER -in evidence-pack.pdf.sig0 -print_certs "
            + "| openssl x509 -noout -subject -fingerprint -sha256";

    /** What a redacted pack says about itself. */
    static final String REDACTED = """

            REDACTED FOR TICKETS: in the PDF, the workbook, results.json, this file and the ticket summary, AWS
            account ids are pseudonyms (acct-1, acct-2, ...) and IP addresses are private-ip-N or public-ip-N
            (prefix lengths, 0.0.0.0/0 and ::/0 kept). SHA-256 hashes are unchanged. The evidence locker under
            evidence/ keeps the originals, under the real account ids: match its files to the PDF's evidence
            index by SHA-256.
            """;

    private AuditorReadme() {
    }

    /**
     * The text for one pack.
     *
     * @param signer who signed the pack (subject and certificate fingerprint), when it is signed
     */
    static byte[] render(ReportModel.Run run, Optional<String> signer) {
        StringBuilder t = new StringBuilder();
        t.append("EVIDENCE PACK: ").append(oneLine(run.organisation())).append('\n')
                .append("Audit period ").append(run.periodLabel()).append(" (").append(run.periodStart()).append(" to ")
                .append(run.periodEnd()).append(")\n")
                .append("AWS accounts: ").append(String.join(", ", run.accounts())).append('\n')
                .append("Regions: ").append(String.join(", ", run.regions())).append('\n')
                .append("Generated ").append(seconds(run.generatedAt())).append(" by auditpack ").append(run.toolVersion())
                .append(", from evidence collected ").append(seconds(run.collectedFrom())).append(" to ")
                .append(seconds(run.collectedTo()))
                .append(" (run ").append(run.runId()).append(")\n")
                .append(signer.map(s -> "Signed by: " + oneLine(s) + "\n").orElse("Not signed.\n"))
                .append(run.redacted() ? REDACTED : "")
                .append("""

                WHAT IS IN IT

                  evidence-pack.pdf    The report to read (PDF/A-3a, PDF/UA-1). Every control of ISO/IEC
                                       27001:2022 Annex A and of the SOC 2 Trust Services Criteria, with its
                                       status, who operates it (AWS, the organisation, or both), the evidence
                                       it rests on and the failing resources; the AWS reports relied on; the
                                       calls that failed during collection; an index of the evidence with
                                       SHA-256 hashes. The evidence files, evidence/index.json and
                                       results.json are attached inside it (pdfdetach -list lists them).
                  evidence-pack.xlsx   The same answers as sheets you can sort and filter, with every finding.
                  results.json         The same again, for programs.
                  evidence/index.json  The evidence locker's index: every evidence file with its SHA-256 and
                                       collection time, and every AWS call that failed.
                  evidence/raw/...     The answers AWS gave, unchanged: one JSON file per collector, account
                                       and region. When AWS Artifact report PDFs were downloaded, they are
                                       here too, listed in index.json under "attachments": they are AWS
                                       confidential, shared under AWS Artifact's terms; do not redistribute
                                       them beyond the audit.
                  README.txt           This file.
                  signing.json         Whether the pack was signed, and the SHA-256 fingerprint of the signer's
                                       certificate. The PDF carries the same file, so a pack that lost its
                                       signatures still says it had them.
                  SHA256SUMS           The SHA-256 of every other file, as `sha256sum` writes it.
                """);
        if (signer.isPresent()) {
            t.append("""
                  SHA256SUMS.p7s       A detached CMS (PKCS#7) signature over SHA256SUMS, DER-encoded, with the
                                       signer's certificate inside.
                  signer.pem           The signer's certificate (and any chain given with it), PEM.
                """);
        }
        t.append("""

                HOW IT WAS MADE

                auditpack read the AWS configuration with read-only API calls and stored each answer unchanged
                under evidence/, recording the SHA-256 of each file in evidence/index.json. A second step, which
                calls no AWS API, ran automated checks over those files and mapped them to the controls of both
                frameworks; the PDF, the workbook and results.json were all written from that one evaluation.
                The same step can rebuild the report from evidence/ alone, years later:
                  auditpack report --evidence evidence --out DIR

                HOW TO CHECK IT, OFFLINE, WITH STANDARD TOOLS

                Unzip the pack and run these in its folder.

                1. No file was changed, added or removed:
                     sha256sum -c SHA256SUMS
                   Every line must end in OK. A file that is not listed was not part of the pack.
                """);
        if (signer.isPresent()) {
            t.append("""

                2. SHA256SUMS was signed with the key of the certificate in signer.pem:
                     %s
                   It must print "CMS Verification successful". This proves the pack matches that certificate,
                   not that the certificate is the organisation's: anyone can make a certificate with the same
                   name. Ask the organisation for its signing certificate's SHA-256 fingerprint by another
                   channel (in person, by phone, from its audit contact), and compare it with:
                     openssl x509 -in signer.pem -noout -subject -fingerprint -sha256
                   The fingerprint written at the top of this file comes from the pack itself, so it proves
                   nothing on its own.

                3. The PDF carries its own signature (PAdES baseline-B), so it can be checked on its own:
                     pdfsig evidence-pack.pdf
                   It must print both "Signature Validation: Signature is Valid." and "Total document signed".
                   "Not total document signed" means something was added to the PDF after it was signed (an
                   incremental update can repaint any page while the signature still says it is valid): do
                   not rely on that PDF. Read the text: pdfsig exits with 0 even when the signature does not
                   match. The PDF's signer must be the certificate of step 2, with the same fingerprint:
                     pdfsig -dump evidence-pack.pdf
                     %s
                """.formatted(OPENSSL_VERIFY, PDF_FINGERPRINT));
        } else {
            t.append("""

                2. This pack is not signed, so SHA256SUMS shows that files changed since it was made only if
                   you compare it with a copy you received separately (for example the SHA-256 of the zip in
                   the audit ticket).
                """);
        }
        t.append("""

                With auditpack itself, one command does all of this, requires the PDF and SHA256SUMS to be
                signed by one certificate (the one signing.json records), compares results.json,
                evidence/index.json and signing.json with the copies inside the PDF, and re-checks evidence/
                against evidence/index.json. It prints each signer's certificate fingerprint; give the one
                you received by another channel and any other signer fails the check:
                  auditpack verify evidence-pack.zip --expect-fingerprint SHA256
                The PDF can also be checked alone, without the zip: its signature must cover the whole file,
                and the evidence inside it must match the index inside it:
                  auditpack verify evidence-pack.pdf --expect-fingerprint SHA256

                WHAT THE STATUSES MEAN

                SATISFIED: every part of the control is evidenced and passes. NOT_SATISFIED: at least one
                automated check failed; the failing resources are listed. INHERITED: AWS operates the control
                and an AWS report covering the audit period says so. NEEDS_MANUAL_EVIDENCE: no API can show the
                control, or not all of it, so the organisation must supply documents. MANUAL_PROVIDED: it has.
                GAP: evidence the control depends on could not be collected or read, so nothing is known; a GAP
                is never a pass. NOT_APPLICABLE: the control was declared not applicable, with a reason.
                """);
        // Text from AWS or the user (an organisation name, a signer's subject) shows its control characters as escapes.
        return dev.auditpack.report.VisibleText.of(t.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** A value from AWS or the user on one line, so it cannot start a line of its own in the file. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    static Instant seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }
}
