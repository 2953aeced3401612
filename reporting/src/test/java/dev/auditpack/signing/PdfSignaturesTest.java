package dev.auditpack.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.pack.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignaturesTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T10:15:30Z");

    @TempDir
    Path dir;

    private Path pdf;
    private byte[] unsigned;

    @BeforeEach
    void blankPdf() throws IOException {
        pdf = dir.resolve("doc.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        unsigned = Files.readAllBytes(pdf);
    }

    @Test
    void signsIncrementallyAsPadesBaselineB() throws IOException {
        PdfSignatures.sign(pdf, TestKeys.rsa().identity(), SIGNED_AT);

        byte[] signed = Files.readAllBytes(pdf);
        assertThat(Arrays.copyOf(signed, unsigned.length))
                .as("incremental: the original bytes are kept")
                .isEqualTo(unsigned);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SIGNED_AT);
        }
        List<SignatureVerdict> verdicts = PdfSignatures.verify(pdf);
        assertThat(verdicts).singleElement().satisfies(v -> {
            assertThat(v.valid()).as(v.problem()).isTrue();
            assertThat(v.signer()).isEqualTo(TestKeys.SUBJECT);
        });
        assertThat(dir.toFile().list()).containsExactly("doc.pdf");
    }

    @Test
    void pdfsigFindsRsaAndEcSignaturesValid() throws IOException {
        for (TestKeys keys : List.of(TestKeys.rsa(), TestKeys.ec())) {
            Files.write(pdf, unsigned);
            PdfSignatures.sign(pdf, keys.identity(), SIGNED_AT);
            ExternalTool pdfsig = ExternalTool.run(dir, "pdfsig", "doc.pdf");
            assertThat(pdfsig.output())
                    .as(keys.identity().describe())
                    .contains(
                            "Signature Validation: Signature is Valid.",
                            "ETSI.CAdES.detached",
                            "Total document signed");
        }
    }

    @Test
    void aChangedByteInTheSignedRangeBreaksTheSignature() throws IOException {
        PdfSignatures.sign(pdf, TestKeys.rsa().identity(), SIGNED_AT);
        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("/MediaBox") + 1;
        bytes[at] = 'm';
        Files.write(pdf, bytes);
        assertThat(PdfSignatures.verify(pdf)).singleElement().satisfies(v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).contains("does not match");
        });
    }

    @Test
    void bytesAddedAfterSigningAreReported() throws IOException {
        PdfSignatures.sign(pdf, TestKeys.ec().identity(), SIGNED_AT);
        Files.write(pdf, "\n% appended\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        assertThat(PdfSignatures.verify(pdf))
                .singleElement()
                .satisfies(v -> assertThat(v.problem())
                        .startsWith("12 bytes were added after it was signed")
                        .endsWith("not the whole file"));
    }

    @Test
    void aSignatureFollowedByAnotherDoesNotCoverTheWholeFile() throws IOException {
        TestKeys first = TestKeys.rsa();
        TestKeys second = TestKeys.ec();
        PdfSignatures.sign(pdf, first.identity(), SIGNED_AT);
        PdfSignatures.sign(pdf, second.identity(), SIGNED_AT);
        List<SignatureVerdict> verdicts = PdfSignatures.verify(pdf);
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(0).valid()).isFalse();
        assertThat(verdicts.get(0).signer()).isEqualTo(TestKeys.SUBJECT);
        assertThat(verdicts.get(0).problem()).contains("bytes were added after it was signed", "not the whole file");
        assertThat(verdicts.get(1).valid()).as(verdicts.get(1).problem()).isTrue();
        assertThat(verdicts.get(1).fingerprint()).contains(second.identity().fingerprint());
        assertThat(verdicts.get(1).describe()).isEqualTo(second.identity().describe());
        // pdfsig agrees: the first signature matches its bytes but no longer covers the document.
        assertThat(ExternalTool.run(dir, "pdfsig", "doc.pdf").output()).contains("Not total document signed");
    }

    @Test
    void anUnsignedPdfHasNoSignatures() throws IOException {
        assertThat(PdfSignatures.verify(pdf)).isEmpty();
    }
}
