package dev.auditpack.pack;

import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.SigningIdentity;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Adds a review to a pack's zip: checks the pack first and refuses one that does not verify, writes the record (and
 * its signature with the reviewer's key) and its sign-off sheet ({@link ReviewSheet}), and replaces the zip by a new one holding every file of the old one and
 * the review, written beside it, verified, and renamed over it.
 */
public final class PackReview {

    /**
     * A review to add.
     *
     * @param zip      the pack's zip
     * @param role     a reviewer's review or management's sign-off
     * @param reviewer who reviews
     * @param decision what they decide
     * @param comment  their words; may be empty
     * @param signing  the reviewer's key and certificate, if the record is to be signed
     * @param at       when
     */
    public record Request(
            Path zip,
            ReviewRecord.Role role,
            String reviewer,
            ReviewRecord.Decision decision,
            String comment,
            Optional<SigningIdentity> signing,
            Instant at) {
        public Request {
            Objects.requireNonNull(zip);
            Objects.requireNonNull(role);
            Objects.requireNonNull(reviewer);
            Objects.requireNonNull(decision);
            Objects.requireNonNull(comment);
            Objects.requireNonNull(signing);
            Objects.requireNonNull(at);
        }
    }

    /**
     * What {@code review} did.
     *
     * @param record the review added
     * @param file   its name in the zip
     * @param after  the SHA-256 of the zip now, with the review in it (the record keeps the one before)
     */
    public record Result(ReviewRecord record, String file, String after) {
        /** The sign-off sheet's name in the zip. */
        public String sheet() {
            return ReviewRecord.sheet(file);
        }
    }

    /** The title of the management assertion's section in the PDF's outline (templates/parts/outline.ftl). */
    static final String ASSERTION_TITLE = "Management assertion";

    private PackReview() {}

    /**
     * Reviews the pack.
     *
     * @throws InputException when the file is not a pack zip, or the pack does not verify; nothing is written then
     */
    public static Result review(Request request) {
        Path zip = request.zip();
        if (!Files.isRegularFile(zip)) {
            throw new InputException(zip, "does not exist or is not a file (expected a pack zip, evidence-pack.zip)");
        }
        if (PdfVerifier.isPdf(zip)) {
            throw new InputException(zip, "is a PDF, not a pack zip; review evidence-pack.zip, which holds it");
        }
        // Two reviews at once would each rename their zip over the other's; a report writing this folder too.
        try (OutputLock lock = OutputLock.acquire(zip.toAbsolutePath().getParent())) {
            return review(request, zip);
        }
    }

    private static Result review(Request request, Path zip) {
        String before = sha256(zip);
        PackVerifier.Verdict verdict = PackVerifier.verify(zip);
        if (!verdict.problems().isEmpty()) {
            throw new InputException(
                    zip,
                    "does not verify, so it is not reviewed: "
                            + verdict.problems().get(0)
                            + (verdict.problems().size() > 1
                                    ? " (and " + (verdict.problems().size() - 1) + " more problem(s))"
                                    : "")
                            + "; run 'auditpack verify " + zip + "' for all. Nothing written.");
        }
        if (request.role() == ReviewRecord.Role.MANAGEMENT && !hasAssertion(zip)) {
            throw new InputException(
                    zip,
                    "holds no management assertion for management to sign off (its PDF has no \"" + ASSERTION_TITLE
                            + "\" section); build the pack with --assertion FILE. Nothing written.");
        }
        try {
            ReviewRecord record;
            SortedMap<String, byte[]> added = new TreeMap<>();
            ReviewSheet.Pack pack;
            try (ZipFile file = new ZipFile(zip.toFile())) {
                record = record(request, file, before);
                pack = ReviewSheet.pack(file);
            }
            String name = ReviewRecord.file(record.sequence());
            byte[] json = record.toJson();
            added.put(name, json);
            added.put(
                    ReviewRecord.sheet(name),
                    ReviewSheet.write(
                            record,
                            json,
                            pack,
                            zip.getFileName().toString(),
                            request.signing(),
                            zip.toAbsolutePath().getParent()));
            request.signing().ifPresent(id -> added.put(ReviewRecord.signature(name), CmsSignatures.sign(json, id)));
            Path staged =
                    Files.createTempFile(zip.toAbsolutePath().getParent(), "." + zip.getFileName() + ".", ".review");
            try {
                rewrite(zip, staged, added, request.at());
                PackVerifier.Verdict check = PackVerifier.verify(staged);
                if (!check.problems().isEmpty()) {
                    throw new IllegalStateException("the zip with the review added does not verify: "
                            + check.problems().get(0));
                }
                if (!Digests.sha256(zip).equals(before)) {
                    throw new InputException(zip, "changed while it was being reviewed; nothing written");
                }
                Files.move(staged, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(staged);
            }
            return new Result(record, name, Digests.sha256(zip));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add the review to " + zip, e);
        }
    }

    /** The record of this review: the pack's hashes, and every earlier review by the SHA-256 of its record. */
    private static ReviewRecord record(Request request, ZipFile file, String zipSha256) throws IOException {
        List<ReviewRecord.Earlier> earlier = new ArrayList<>();
        for (ZipEntry entry : Collections.list(file.entries())) {
            if (ReviewRecord.sequenceOf(entry.getName()).isPresent()) {
                earlier.add(new ReviewRecord.Earlier(entry.getName(), Digests.sha256(read(file, entry))));
            }
        }
        earlier.sort((a, b) -> a.file().compareTo(b.file()));
        return new ReviewRecord(
                earlier.size() + 1,
                request.role(),
                request.reviewer(),
                request.decision(),
                request.comment(),
                request.at(),
                new ReviewRecord.Reviewed(
                        zipSha256,
                        Digests.sha256(read(file, file.getEntry(Checksums.FILE))),
                        Digests.sha256(file.getInputStream(file.getEntry(ReportJob.PDF)))),
                earlier,
                request.signing().map(id -> new ReviewRecord.Signer(id.subject(), id.fingerprint())));
    }

    /**
     * Writes every entry of {@code zip} to {@code to} with its bytes and time, and the added files, sorted by name as
     * a pack's entries are; the added files carry the review's time.
     */
    private static void rewrite(Path zip, Path to, SortedMap<String, byte[]> added, Instant at) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        try (ZipFile file = new ZipFile(zip.toFile());
                ZipOutputStream out =
                        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to), 1 << 16))) {
            SortedMap<String, ZipEntry> old = new TreeMap<>();
            Collections.list(file.entries()).forEach(e -> old.put(e.getName(), e));
            SortedMap<String, Object> all = new TreeMap<>(old);
            all.putAll(added);
            for (var member : all.entrySet()) {
                ZipEntry entry = new ZipEntry(member.getKey());
                if (member.getValue() instanceof ZipEntry existing) {
                    entry.setTimeLocal(existing.getTimeLocal());
                    out.putNextEntry(entry);
                    try (InputStream in = file.getInputStream(existing)) {
                        in.transferTo(out);
                    }
                } else {
                    entry.setTimeLocal(time);
                    out.putNextEntry(entry);
                    out.write((byte[]) member.getValue());
                }
                out.closeEntry();
            }
        }
    }

    /** Whether the pack's PDF has the management assertion's page, by its entry in the PDF's outline. */
    private static boolean hasAssertion(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream in = file.getInputStream(file.getEntry(ReportJob.PDF));
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                return false;
            }
            for (PDOutlineItem item : outline.children()) {
                if (ASSERTION_TITLE.equals(item.getTitle())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path zip) {
        try {
            return Digests.sha256(zip);
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] read(ZipFile file, ZipEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
