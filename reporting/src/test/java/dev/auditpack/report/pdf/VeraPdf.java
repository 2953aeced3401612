package dev.auditpack.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's verdict on a PDF for one flavour (PDF/A-3a, PDF/UA-1, ...).
 *
 * @param flavour   the flavour checked
 * @param compliant veraPDF's verdict
 * @param failures  each failed rule as {@code clause-test (count): message}, for the assertion message
 */
public record VeraPdf(PDFAFlavour flavour, boolean compliant, List<String> failures) {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** Validates {@code pdf} against {@code flavour}. */
    public static VeraPdf validate(Path pdf, PDFAFlavour flavour) {
        try (InputStream in = Files.newInputStream(pdf);
                VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAParser parser = foundry.createParser(in, flavour);
                PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> messages = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String rule =
                            a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    messages.putIfAbsent(rule, a.getMessage());
                }
            }
            List<String> failures = counts.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + "): " + messages.get(e.getKey()))
                    .toList();
            return new VeraPdf(flavour, result.isCompliant(), failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IllegalStateException("veraPDF cannot validate " + pdf + ": " + e.getMessage(), e);
        } catch (Exception e) {
            // The foundry's close() declares Exception.
            throw new IllegalStateException("veraPDF failed on " + pdf + ": " + e.getMessage(), e);
        }
    }

    /** What an assertion prints when the PDF is not compliant. */
    public String describe() {
        return flavour.getId() + " failed rules: " + String.join("\n  ", failures);
    }
}
