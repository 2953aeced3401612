package dev.auditpack.pack;

import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a pack zip with nothing but itself: every file against {@code SHA256SUMS}, the signature over
 * {@code SHA256SUMS}, the PDF's signatures, and the evidence locker inside against its index.
 */
public final class PackVerifier {

    /**
     * What verifying a pack found.
     *
     * @param problems one line per problem, each naming its file; empty when all is well
     * @param notes    what was checked and found sound, one line each
     * @param files    how many files {@code SHA256SUMS} lists
     */
    public record Verdict(List<String> problems, List<String> notes, int files) {
        public Verdict {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private PackVerifier() {
    }

    /**
     * Verifies {@code zip}, streaming each entry.
     *
     * @throws InputException when the file is missing or not a zip
     */
    public static Verdict verify(Path zip) {
        Objects.requireNonNull(zip);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Map<String, ZipEntry> entries = entries(file, problems);
            Checksums sums = checksums(file, entries.get(Checksums.FILE), problems);
            for (var listed : sums.sha256ByPath().entrySet()) {
                ZipEntry entry = entries.get(listed.getKey());
                if (entry == null) {
                    problems.add("MISSING " + listed.getKey() + " (listed in " + Checksums.FILE + ")");
                    continue;
                }
                String actual = sha256(file, entry);
                if (!actual.equals(listed.getValue())) {
                    problems.add("CHANGED " + listed.getKey() + " (expected sha256 " + listed.getValue() + ", found "
                            + actual + ")");
                }
            }
            entries.keySet().stream()
                    .filter(name -> !sums.sha256ByPath().containsKey(name))
                    .filter(name -> !name.equals(Checksums.FILE) && !name.equals(PackArchive.SIGNATURE))
                    .forEach(name -> problems.add("UNEXPECTED " + name + " (not listed in " + Checksums.FILE + ")"));
            PackSignatures signatures = new PackSignatures(file, entries, problems, notes);
            signatures.checkChecksums();
            signatures.checkPdfs();
            checkLocker(zip, entries, problems, notes);
            return new Verdict(problems, notes, sums.sha256ByPath().size());
        } catch (NoSuchFileException e) {
            throw new InputException(zip, "missing: no such pack");
        } catch (ZipException e) {
            throw new InputException(zip, "is not a zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new InputException(zip, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every file entry by name; directory entries are skipped and repeated names reported. */
    private static Map<String, ZipEntry> entries(ZipFile file, List<String> problems) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        for (ZipEntry entry : Collections.list(file.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.putIfAbsent(entry.getName(), entry) != null) {
                problems.add("DUPLICATE " + entry.getName() + " (the zip holds it more than once; tools may unpack either)");
            }
        }
        return entries;
    }

    private static Checksums checksums(ZipFile file, ZipEntry entry, List<String> problems) throws IOException {
        if (entry == null) {
            problems.add("MISSING " + Checksums.FILE + " (without it no file can be checked)");
            return new Checksums(Collections.emptySortedMap());
        }
        try (InputStream in = file.getInputStream(entry)) {
            return Checksums.parse(in.readAllBytes(), problems::add);
        }
    }

    /** SHA-256 of one entry, streamed. */
    private static String sha256(ZipFile file, ZipEntry entry) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(file.getInputStream(entry), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (ZipException e) {
            // A damaged compressed stream is a changed file, not an unreadable pack.
            return "unreadable (" + e.getMessage() + ")";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void checkLocker(Path zip, Map<String, ZipEntry> entries, List<String> problems, List<String> notes) {
        String index = ReportJob.EVIDENCE + "/" + LockerWriter.INDEX;
        if (!entries.containsKey(index)) {
            problems.add("MISSING " + index + " (a pack holds its evidence locker)");
            return;
        }
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Locker locker = Locker.open(fs.getPath("/" + ReportJob.EVIDENCE));
            List<Discrepancy> found = locker.verify();
            for (Discrepancy d : found) {
                String detail = d.detail().contains(LockerWriter.INDEX) ? d.detail().replace(LockerWriter.INDEX, index)
                        : index + " " + d.detail();
                problems.add(new Discrepancy(ReportJob.EVIDENCE + "/" + d.path(), d.kind(), detail).describe());
            }
            if (found.isEmpty()) {
                notes.add(ReportJob.EVIDENCE + "/: " + locker.index().evidence().size() + " evidence files match " + index);
            }
        } catch (InputException e) {
            problems.add("INVALID " + index + " (" + e.problem() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + zip + " as a file system", e);
        }
    }
}
