package dev.auditpack.ticket;

import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.Checksums;
import dev.auditpack.pack.PackVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a pack's folder that are meant for a ticket, verified, and the ticket summary to post with them.
 *
 * <p>Without {@code --redact} the pack's ticket summary names {@code evidence-pack.zip} and {@code
 * evidence-pack.pdf} as the files to attach. With it, the full zip and the PDF beside it hold the real account ids
 * and names and are for auditors only: the ticket gets {@code evidence-pack-redacted.zip} and the redacted PDF
 * inside it, as {@code evidence-pack-redacted.pdf}. The zip must pass {@code verify}, and the PDF must be the
 * bytes its {@code SHA256SUMS} lists.
 *
 * @param files    the files, zip first
 * @param summary  {@code ticket-summary.md}
 * @param problems why the pack may not be attached, one line each; empty when it may
 * @param notes    what the check found worth saying
 */
public record TicketFiles(List<TicketFile> files, String summary, List<String> problems, List<String> notes) {

    static final String ZIP = "evidence-pack.zip";
    static final String PDF = "evidence-pack.pdf";
    static final String REDACTED_ZIP = "evidence-pack-redacted.zip";
    static final String REDACTED_PDF = "evidence-pack-redacted.pdf";
    static final String SUMMARY = "ticket-summary.md";

    public TicketFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /**
     * Finds, verifies and hashes the ticket's files in the pack folder {@code pack}.
     *
     * @param scratch an empty folder the redacted PDF may be copied out to
     * @throws InputException when the folder is not a pack's, or a file cannot be read
     */
    public static TicketFiles of(Path pack, Path scratch) {
        if (!Files.isDirectory(pack)) {
            throw new InputException(
                    pack,
                    Files.exists(pack)
                            ? "is a file; give the pack's folder (the --out of report, run or demo)"
                            : "does not exist (expected the pack's folder, the --out of report, run or demo)");
        }
        Path summaryFile = need(pack, SUMMARY);
        boolean redacted = Files.exists(pack.resolve(REDACTED_ZIP));
        Path zip = need(pack, redacted ? REDACTED_ZIP : ZIP);
        try {
            String summary = Files.readString(summaryFile, StandardCharsets.UTF_8);
            List<String> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            PackVerifier.Verdict verdict = PackVerifier.verify(zip);
            problems.addAll(verdict.problems());
            if (!problems.isEmpty()) {
                return new TicketFiles(List.of(), summary, problems, notes);
            }
            TicketFile zipFile = file(zip.getFileName().toString(), zip, "application/zip");
            Path pdf = redacted ? extractPdf(zip, scratch.resolve(REDACTED_PDF)) : need(pack, PDF);
            TicketFile pdfFile = file(redacted ? REDACTED_PDF : PDF, pdf, "application/pdf");
            String listed = listedPdf(zip);
            if (!pdfFile.sha256().equals(listed)) {
                problems.add("CHANGED " + (redacted ? zip.getFileName() + "!/" + PDF : pdf) + " (sha256 "
                        + pdfFile.sha256() + ", but " + zip.getFileName() + "'s SHA256SUMS lists " + listed + ")");
            }
            if (!summary.contains(zipFile.sha256())) {
                if (reviewed(zip)) {
                    notes.add(SUMMARY + " quotes " + zipFile.name() + " as it was before it was reviewed; the "
                            + "comment gives the SHA-256 of the file attached");
                } else {
                    problems.add("MISMATCH " + summaryFile + " (it does not quote the SHA-256 of " + zipFile.name()
                            + ", " + zipFile.sha256() + ": it was written for another pack)");
                }
            }
            return new TicketFiles(List.of(zipFile, pdfFile), summary, problems, notes);
        } catch (IOException e) {
            throw new InputException(pack, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Path need(Path pack, String name) {
        Path file = pack.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new InputException(
                    pack, "holds no " + name + " (expected the folder report, run or demo wrote the pack into)");
        }
        return file;
    }

    private static TicketFile file(String name, Path path, String type) throws IOException {
        return new TicketFile(name, path, Files.size(path), Digests.sha256(path), type);
    }

    private static Path extractPdf(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(PDF);
            if (entry == null) {
                throw new InputException(zip, "holds no " + PDF);
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    /** The SHA-256 the zip's {@code SHA256SUMS} lists for the PDF (the zip was verified, so it is there). */
    private static String listedPdf(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(Checksums.FILE);
            try (InputStream in = file.getInputStream(entry)) {
                Checksums sums = Checksums.parse(in.readAllBytes(), problem -> {});
                return sums.sha256ByPath().getOrDefault(PDF, "nothing");
            }
        }
    }

    private static boolean reviewed(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith("reviews/"));
        }
    }
}
