package dev.auditpack.pack;

import dev.auditpack.input.InputException;
import dev.auditpack.signing.SignatureVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a pack's PDF that travels without its zip: its signature must verify and cover the whole file, its
 * signer must be the one it records (and the one expected), and the evidence inside it must match the locker
 * index inside it.
 */
public final class PdfVerifier {

    private PdfVerifier() {}

    /** True when {@code file} starts as a PDF does. */
    public static boolean isPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Verifies {@code pdf}.
     *
     * @param expected the signer's certificate fingerprint the auditor was given, as
     *                 {@link PackVerifier#fingerprint(String)} reads it
     * @return the problems and notes; {@code files} counts the files embedded in the PDF
     * @throws InputException when the file is missing or not a PDF
     */
    public static PackVerifier.Verdict verify(Path pdf, Optional<String> expected) {
        Objects.requireNonNull(pdf);
        Optional<String> wanted = expected.map(Signers::normalise);
        String name = String.valueOf(pdf.getFileName());
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            throw new InputException(pdf, "missing: no such PDF");
        } catch (IOException e) {
            throw new InputException(pdf, "cannot be read: " + e.getMessage(), e);
        }
        try (PackPdf document = PackPdf.read(bytes)) {
            List<SignatureVerdict> verdicts = PdfChecks.signatures(name, document, problems, notes);
            Optional<PackSeal> seal = PdfChecks.seal(name, document, problems);
            int files = PdfChecks.evidence(name, document, problems, notes);
            PdfChecks.contents(name, document, seal, problems, notes);
            Signers.of().addPdf(name, verdicts).check(seal, name + "!/" + PackSeal.FILE, wanted, name, problems, notes);
            if (verdicts.isEmpty() && problems.isEmpty()) {
                notes.add(name + ": nothing shows that it is unchanged since it was made; compare its SHA-256 with "
                        + "one received separately");
            }
            return new PackVerifier.Verdict(problems, notes, files);
        } catch (IOException e) {
            throw new InputException(pdf, "is not a PDF auditpack can read: " + e.getMessage(), e);
        }
    }
}
