package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.Locker;
import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The checks {@code verify} makes of the reviews a pack's zip holds under {@value ReviewRecord#FOLDER}/: each record
 * names this pack, its signature matches it and is by the certificate it records, and each names every earlier record
 * by its present SHA-256. The records are added after the pack is built, so {@code SHA256SUMS} does not list them.
 */
final class ReviewChecks {

    /** Largest record or signature read; a record is a few hundred bytes. */
    private static final int LIMIT = 1 << 20;

    private ReviewChecks() {}

    /** Whether an entry belongs to the reviews, which these checks account for instead of {@code SHA256SUMS}. */
    static boolean isReview(String name) {
        return name.startsWith(ReviewRecord.FOLDER + "/");
    }

    /**
     * Checks every review in the zip.
     *
     * @param digests   the SHA-256 of each file {@code SHA256SUMS} lists, as found in the zip
     * @param reviewers fingerprints of the certificates the auditor expects reviews to be signed by; empty for any
     * @return the reviews that passed, in order
     */
    static List<ReviewRecord> check(
            ZipFile file,
            Map<String, ZipEntry> entries,
            Map<String, Locker.Digest> digests,
            Set<String> reviewers,
            List<String> problems,
            List<String> notes)
            throws IOException {
        TreeMap<Integer, String> records = new TreeMap<>();
        for (String name : entries.keySet()) {
            if (!isReview(name)) {
                continue;
            }
            Optional<Integer> sequence = ReviewRecord.sequenceOf(name);
            if (sequence.isPresent()) {
                records.put(sequence.get(), name);
            } else if (!belongsToRecord(name, entries)) {
                problems.add("UNEXPECTED " + name
                        + " (neither a review record, nor the signature or sign-off sheet of one)");
            }
        }
        if (records.isEmpty() && !reviewers.isEmpty()) {
            problems.add("MISSING " + ReviewRecord.FOLDER + "/ (the zip holds no review, but one signed by certificate "
                    + String.join(" or ", new TreeSet<>(reviewers)) + " was expected)");
        }
        if (records.isEmpty()) {
            notes.add("not reviewed: the zip holds no review record (" + ReviewRecord.FOLDER + "/)");
            return List.of();
        }
        ZipEntry sums = entries.get(Checksums.FILE);
        String checksums = sums == null ? "" : Digests.sha256(read(file, sums));
        Locker.Digest pdf = digests.get(ReportJob.PDF);
        List<ReviewRecord> passed = new ArrayList<>();
        List<ReviewRecord.Earlier> earlier = new ArrayList<>();
        for (int n = 1; n <= records.lastKey(); n++) {
            String name = records.get(n);
            if (name == null) {
                problems.add("MISSING " + ReviewRecord.file(n) + " (review " + records.lastKey()
                        + " follows it; reviews are numbered from 1 without gaps)");
                continue;
            }
            byte[] bytes = read(file, entries.get(name));
            if (bytes.length > LIMIT) {
                problems.add("INVALID " + name + " (larger than " + LIMIT + " bytes: not a review record)");
                continue;
            }
            int before = problems.size();
            Optional<ReviewRecord> record = checkOne(file, entries, name, n, bytes, checksums, pdf, earlier, problems);
            earlier.add(new ReviewRecord.Earlier(name, Digests.sha256(bytes)));
            record.ifPresent(r -> expected(name, r, reviewers, problems));
            if (record.isPresent() && problems.size() == before) {
                passed.add(record.get());
                notes.add(name + ": " + record.get().describe() + ", "
                        + record.get()
                                .signer()
                                .map(s -> "signed by " + s.subject() + " (certificate SHA-256 fingerprint "
                                        + s.fingerprint() + ")" + Signers.UNTRUSTED)
                                .orElse("unsigned: nothing shows who wrote it"));
            }
        }
        return passed;
    }

    private static Optional<ReviewRecord> checkOne(
            ZipFile file,
            Map<String, ZipEntry> entries,
            String name,
            int sequence,
            byte[] bytes,
            String checksums,
            Locker.Digest pdf,
            List<ReviewRecord.Earlier> earlier,
            List<String> problems)
            throws IOException {
        ReviewRecord record;
        try {
            record = ReviewRecord.parse(bytes);
        } catch (IllegalArgumentException e) {
            problems.add("INVALID " + name + " (" + e.getMessage() + ")");
            return Optional.empty();
        }
        if (record.sequence() != sequence) {
            problems.add("INVALID " + name + " (it records review " + record.sequence() + ", its name says " + sequence
                    + ")");
        }
        if (!record.pack().checksums().equals(checksums)) {
            problems.add("MISMATCH " + name + " (names another pack: its " + Checksums.FILE + " has sha256 "
                    + record.pack().checksums() + ", this pack's has " + checksums + ")");
        }
        if (pdf == null || !record.pack().pdf().equals(pdf.sha256())) {
            problems.add("MISMATCH " + name + " (names another pack: its " + ReportJob.PDF + " has sha256 "
                    + record.pack().pdf() + ", this pack's has " + (pdf == null ? "none" : pdf.sha256()) + ")");
        }
        checkEarlier(name, record, earlier, problems);
        ReviewSheet.check(file, entries, name, bytes, record, problems);
        String p7s = ReviewRecord.signature(name);
        ZipEntry signature = entries.get(p7s);
        if (record.signer().isEmpty()) {
            if (signature != null) {
                problems.add("UNEXPECTED " + p7s + " (" + name + " records that it is unsigned)");
            }
            return Optional.of(record);
        }
        ReviewRecord.Signer recorded = record.signer().get();
        if (signature == null) {
            problems.add("UNSIGNED " + name + " (it records that " + recorded.subject() + ", certificate "
                    + recorded.fingerprint() + ", signed it; " + p7s + " is missing)");
            return Optional.of(record);
        }
        byte[] cms = read(file, signature);
        if (cms.length > LIMIT) {
            problems.add("INVALID " + p7s + " (larger than " + LIMIT + " bytes: not a signature of a record)");
            return Optional.of(record);
        }
        SignatureVerdict verdict = CmsSignatures.verify(bytes, cms);
        if (!verdict.valid()) {
            problems.add("INVALID " + p7s + " (" + Signers.bySigner(verdict) + verdict.problem() + ")");
        } else if (!verdict.fingerprint().orElseThrow().equals(recorded.fingerprint())) {
            problems.add("MISMATCH " + name + " (signed by certificate "
                    + verdict.fingerprint().orElseThrow() + ", but it records certificate " + recorded.fingerprint()
                    + ")");
        }
        return Optional.of(record);
    }

    /** Whether a file is the signature ({@code NNN.json.p7s}) or sheet ({@code NNN.pdf}) of a record in the zip. */
    private static boolean belongsToRecord(String name, Map<String, ZipEntry> entries) {
        String record = name.endsWith(".json.p7s")
                ? name.substring(0, name.length() - ".p7s".length())
                : name.endsWith(".pdf") ? name.substring(0, name.length() - ".pdf".length()) + ".json" : "";
        return entries.containsKey(record) && ReviewRecord.sequenceOf(record).isPresent();
    }

    /**
     * A review the auditor pinned to certain reviewers must be signed by one of them. The record's signer is the one
     * its signature was checked against, so a record signed again and rewritten to name another key fails here.
     */
    private static void expected(String name, ReviewRecord record, Set<String> reviewers, List<String> problems) {
        if (reviewers.isEmpty()) {
            return;
        }
        String wanted = String.join(" or ", new TreeSet<>(reviewers));
        if (record.signer().isEmpty()) {
            problems.add("UNSIGNED " + name + " (not signed, but a review signed by certificate " + wanted
                    + " was expected)");
        } else if (!reviewers.contains(record.signer().get().fingerprint())) {
            problems.add("MISMATCH " + name + " (signed by certificate "
                    + record.signer().get().fingerprint() + ", not by " + wanted + ", the reviewer expected)");
        }
    }

    /** Each record names every record before it by its SHA-256, so an earlier review cannot change or go unseen. */
    private static void checkEarlier(
            String name, ReviewRecord record, List<ReviewRecord.Earlier> earlier, List<String> problems) {
        Map<String, String> named = new TreeMap<>();
        record.previous().forEach(e -> named.put(e.file(), e.sha256()));
        for (ReviewRecord.Earlier e : earlier) {
            String hash = named.remove(e.file());
            if (hash == null) {
                problems.add("MISMATCH " + name + " (does not name " + e.file()
                        + ", which comes before it: it reviewed another pack)");
            } else if (!hash.equals(e.sha256())) {
                problems.add("CHANGED " + e.file() + " (" + name + " recorded sha256 " + hash + ", found " + e.sha256()
                        + ")");
            }
        }
        named.keySet().forEach(f -> problems.add("MISSING " + f + " (" + name + " names it as an earlier review)"));
    }

    private static byte[] read(ZipFile file, ZipEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            // One byte more than the limit, so the caller can tell a file that is too large.
            return in.readNBytes(LIMIT + 1);
        }
    }
}
