package dev.auditpack.pack;

import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The signature checks of {@link PackVerifier}: the CMS over {@code SHA256SUMS} and each PDF's own signatures. */
final class PackSignatures {

    private static final String UNTRUSTED = " (certificate not checked against a trust store)";

    private final ZipFile file;
    private final Map<String, ZipEntry> entries;
    private final List<String> problems;
    private final List<String> notes;

    PackSignatures(ZipFile file, Map<String, ZipEntry> entries, List<String> problems, List<String> notes) {
        this.file = file;
        this.entries = entries;
        this.problems = problems;
        this.notes = notes;
    }

    private boolean signed() {
        return entries.containsKey(PackArchive.SIGNATURE);
    }

    void checkChecksums() throws IOException {
        if (!signed()) {
            notes.add(Checksums.FILE + " is not signed");
            return;
        }
        ZipEntry sums = entries.get(Checksums.FILE);
        if (sums == null) {
            problems.add("INVALID " + PackArchive.SIGNATURE + " (" + Checksums.FILE + ", which it signs, is missing)");
            return;
        }
        SignatureVerdict verdict = CmsSignatures.verify(read(sums), read(entries.get(PackArchive.SIGNATURE)));
        if (!verdict.valid()) {
            problems.add("INVALID " + PackArchive.SIGNATURE + " (" + bySigner(verdict) + verdict.problem() + ")");
            return;
        }
        notes.add(Checksums.FILE + ": signature valid, signed by " + verdict.signer() + UNTRUSTED);
        ZipEntry pem = entries.get(PackArchive.CERTIFICATE);
        if (pem != null && !verdict.certificate().orElseThrow().equals(firstCertificate(pem))) {
            problems.add("CHANGED " + PackArchive.CERTIFICATE + " (it is not the certificate that signed "
                    + Checksums.FILE + ")");
        }
    }

    void checkPdfs() throws IOException {
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".pdf")) {
                checkPdf(entry.getKey(), entry.getValue());
            }
        }
    }

    private void checkPdf(String name, ZipEntry entry) throws IOException {
        Path copy = Files.createTempFile("auditpack-verify-", ".pdf");
        try {
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            List<SignatureVerdict> verdicts;
            try {
                verdicts = PdfSignatures.verify(copy);
            } catch (IOException | RuntimeException e) {
                problems.add("INVALID " + name + " (cannot be read as a PDF: " + e.getMessage() + ")");
                return;
            }
            if (verdicts.isEmpty()) {
                if (signed()) {
                    problems.add("UNSIGNED " + name + " (the pack is signed but the PDF is not)");
                } else {
                    notes.add(name + " is not signed");
                }
            }
            List<String> signers = new ArrayList<>();
            for (int i = 0; i < verdicts.size(); i++) {
                SignatureVerdict v = verdicts.get(i);
                if (v.valid()) {
                    signers.add(v.signer());
                } else {
                    problems.add("INVALID " + name + " (signature " + (i + 1) + " of " + verdicts.size() + ": "
                            + bySigner(v) + v.problem() + ")");
                }
            }
            if (!signers.isEmpty()) {
                notes.add(name + ": " + (signers.size() == 1 ? "signature" : signers.size() + " signatures")
                        + " valid, signed by " + String.join("; ", signers) + UNTRUSTED);
            }
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private Certificate firstCertificate(ZipEntry pem) throws IOException {
        try (InputStream in = file.getInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException e) {
            return null;
        }
    }

    private byte[] read(ZipEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String bySigner(SignatureVerdict verdict) {
        return verdict.signer().isEmpty() ? "" : "by " + verdict.signer() + ": ";
    }
}
