package dev.auditpack.pack;

import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The signature checks of {@link PackVerifier}: the CMS over {@code SHA256SUMS}, each PDF's own signatures, one
 * signer for both, the seal the pack records, and the copies of {@code results.json}, {@code evidence/index.json}
 * and {@value PackSeal#FILE} inside the PDF against the zip's.
 */
final class PackSignatures {

    /** Files the zip and the PDF both hold, which must be the same bytes. */
    private static final List<String> COPIES =
            List.of(ReportJob.RESULTS, ReportJob.EVIDENCE + "/" + LockerWriter.INDEX, PackSeal.FILE);

    private final ZipFile file;
    private final Map<String, ZipEntry> entries;
    private final List<String> problems;
    private final List<String> notes;
    private final Signers signers = Signers.of();
    private final Map<String, Locker.Digest> inside = new TreeMap<>();
    private Optional<PackSeal> seal = Optional.empty();
    private boolean pdfRead;
    private boolean redacted;

    PackSignatures(ZipFile file, Map<String, ZipEntry> entries, List<String> problems, List<String> notes) {
        this.file = file;
        this.entries = entries;
        this.problems = problems;
        this.notes = notes;
    }

    /** Whether the pack's PDF was read and says it is redacted: a pack for tickets, which holds no locker. */
    boolean redacted() {
        return pdfRead && redacted;
    }

    private boolean signed() {
        return entries.containsKey(PackArchive.SIGNATURE);
    }

    void checkChecksums() throws IOException {
        if (!signed()) {
            notes.add(Checksums.FILE + " is not signed");
            signers.add(Checksums.FILE, Optional.empty());
            return;
        }
        ZipEntry sums = entries.get(Checksums.FILE);
        if (sums == null) {
            problems.add("INVALID " + PackArchive.SIGNATURE + " (" + Checksums.FILE + ", which it signs, is missing)");
            return;
        }
        SignatureVerdict verdict = CmsSignatures.verify(read(sums), read(entries.get(PackArchive.SIGNATURE)));
        if (!verdict.valid()) {
            problems.add(
                    "INVALID " + PackArchive.SIGNATURE + " (" + Signers.bySigner(verdict) + verdict.problem() + ")");
            return;
        }
        notes.add(Signers.note(Checksums.FILE, "signature", verdict));
        signers.add(Checksums.FILE, Optional.of(verdict));
        ZipEntry pem = entries.get(PackArchive.CERTIFICATE);
        if (pem == null) {
            problems.add("MISSING " + PackArchive.CERTIFICATE + " (a signed pack holds the signer's certificate)");
        } else if (!verdict.certificate().orElseThrow().equals(firstCertificate(pem))) {
            problems.add("CHANGED " + PackArchive.CERTIFICATE + " (it is not the certificate that signed "
                    + Checksums.FILE + ")");
        }
    }

    /**
     * Checks the signatures of the pack's own PDFs, those at the top of the zip, and reads what the pack's PDF
     * carries. PDFs inside {@code evidence/} and {@code manual/} are documents from elsewhere (AWS Artifact reports,
     * policies): SHA256SUMS and the locker's index vouch for them, and their own signatures, if any, are not the pack's.
     */
    void checkPdfs() throws IOException {
        for (var entry : entries.entrySet()) {
            if (entry.getKey().endsWith(".pdf") && entry.getKey().indexOf('/') < 0) {
                checkPdf(entry.getKey(), entry.getValue());
            }
        }
    }

    private void checkPdf(String name, ZipEntry entry) throws IOException {
        try (PackPdf pdf = PackPdf.read(read(entry))) {
            List<SignatureVerdict> verdicts = PdfChecks.signatures(name, pdf, problems, notes);
            if (!name.equals(ReportJob.PDF)) {
                return;
            }
            signers.addPdf(name, verdicts);
            pdfRead = true;
            redacted = pdf.redacted();
            seal = PdfChecks.seal(name, pdf, problems);
            // A signature that verifies and covers the whole file vouches for the hashes the seal inside it records
            // of its copies (verify of the PDF alone checks those copies against them), so the zip's files are
            // compared with those hashes instead of inflating hundreds of megabytes from the PDF again.
            boolean vouched = !verdicts.isEmpty() && verdicts.stream().allMatch(SignatureVerdict::valid);
            Map<String, String> recorded =
                    vouched && seal.isPresent() ? seal.get().contents() : Map.of();
            for (String copy : COPIES) {
                if (recorded.containsKey(copy)) {
                    inside.put(copy, new Locker.Digest(recorded.get(copy), -1));
                } else {
                    pdf.digest(copy).ifPresent(d -> inside.put(copy, d));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("INVALID " + name + " (cannot be read as a PDF: " + e.getMessage() + ")");
        }
    }

    /**
     * What needs the zip's own hashes: the PDF's copies against the zip's files, and the signers against each other,
     * the seal and {@code expected}.
     */
    void finish(Map<String, Locker.Digest> digests, Optional<String> expected) throws IOException {
        Optional<PackSeal> recorded = seal;
        String source = ReportJob.PDF + "!/" + PackSeal.FILE;
        if (recorded.isEmpty() && entries.containsKey(PackSeal.FILE)) {
            source = PackSeal.FILE;
            try {
                recorded = Optional.of(PackSeal.parse(read(entries.get(PackSeal.FILE))));
            } catch (IllegalArgumentException e) {
                problems.add("INVALID " + PackSeal.FILE + " (" + e.getMessage() + ")");
            }
        }
        if (!entries.containsKey(ReportJob.PDF)) {
            problems.add("MISSING " + ReportJob.PDF + " (a pack holds its report)");
        }
        if (!entries.containsKey(PackSeal.FILE)) {
            problems.add("MISSING " + PackSeal.FILE + " (a pack records whether it was signed)");
        }
        if (pdfRead) {
            List<String> same = new ArrayList<>();
            for (String copy : COPIES) {
                Locker.Digest zipped = digests.get(copy);
                Locker.Digest embedded = inside.get(copy);
                if (embedded == null) {
                    if (!(redacted && copy.startsWith(ReportJob.EVIDENCE + "/"))) {
                        problems.add("MISSING " + ReportJob.PDF + "!/" + copy + " (the PDF carries no copy of " + copy
                                + ")");
                    }
                } else if (zipped == null) {
                    problems.add("MISSING " + copy + " (" + ReportJob.PDF + " carries it, the zip does not)");
                } else if (!zipped.sha256().equals(embedded.sha256())) {
                    problems.add("MISMATCH " + copy + " (differs from the copy inside " + ReportJob.PDF + ": sha256 "
                            + zipped.sha256() + " in the zip, " + embedded.sha256() + " inside the PDF)");
                } else {
                    same.add(copy);
                }
            }
            if (!same.isEmpty()) {
                notes.add(ReportJob.PDF + ": " + String.join(", ", same) + " inside it "
                        + (same.size() == 1 ? "matches" : "match") + " the zip's");
            }
        }
        signers.check(recorded, source, expected, "pack", problems, notes);
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
            long size = entry.getSize();
            if (size < 0 || size > Integer.MAX_VALUE - 16) {
                return in.readAllBytes();
            }
            // Read into an array of the declared size at once, rather than one that grows and is copied: the PDF is
            // tens of megabytes. More bytes than declared are read on, never cut off.
            byte[] declared = in.readNBytes((int) size);
            int next = in.read();
            if (next < 0) {
                return declared;
            }
            java.io.ByteArrayOutputStream more = new java.io.ByteArrayOutputStream(declared.length + 8192);
            more.write(declared);
            more.write(next);
            in.transferTo(more);
            return more.toByteArray();
        }
    }
}
