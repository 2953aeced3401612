package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.signing.PdfSignatures;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks on a pack's signatures, each performed on a real pack and seen caught by {@code auditpack verify}
 * (of the zip and of the PDF alone), with what the standard tools ({@code pdfsig}, {@code openssl},
 * {@code sha256sum}) say about the same files.
 */
class SignatureAttacksTest {

    private static final String PDF = "evidence-pack.pdf";
    private static final String CLAIM = "ALL 154 CONTROLS SATISFIED";

    @TempDir
    static Path shared;

    private static TestKeys genuine;
    private static TestKeys attacker;
    private static Path signedZip;
    private static Path unsignedZip;

    @TempDir
    Path dir;

    @BeforeAll
    static void packs() {
        genuine = TestKeys.rsa();
        // The same subject name as the genuine signer: only the fingerprint tells them apart.
        attacker = TestKeys.rsa();
        Path key = genuine.writePkcs8(shared.resolve("key.pem"));
        Path cert = genuine.writeCertificate(shared.resolve("cert.pem"));
        // The attacks do not depend on how many controls the pack judges: two keep the packs small.
        Path frameworks = DemoPacks.smallFrameworks(shared.resolve("frameworks"));
        Cli signed = Cli.run(
                "demo",
                "--no-examples",
                "--frameworks",
                frameworks.toString(),
                "--out",
                shared.resolve("signed").toString(),
                "--sign-key",
                key.toString(),
                "--sign-cert",
                cert.toString());
        assertThat(signed.exit()).as(signed.err()).isZero();
        signedZip = shared.resolve("signed/evidence-pack.zip");
        Cli unsigned = Cli.run(
                "demo",
                "--no-examples",
                "--frameworks",
                frameworks.toString(),
                "--out",
                shared.resolve("unsigned").toString());
        assertThat(unsigned.exit()).as(unsigned.err()).isZero();
        unsignedZip = shared.resolve("unsigned/evidence-pack.zip");
    }

    @Test
    void anIncrementalUpdatePaintingTheCoverPassesPdfsigButNotVerify() throws IOException {
        byte[] painted = Tampering.paintCover(Zips.read(signedZip, PDF), CLAIM);
        Path pdf = Files.write(dir.resolve(PDF), painted);
        assertThat(coverText(pdf)).as("the claim is on the cover").contains(CLAIM);

        ExternalTool pdfsig = ExternalTool.run(dir, "pdfsig", PDF);
        assertThat(pdfsig.output())
                .as("pdfsig alone: the signed bytes still match")
                .contains("Signature Validation: Signature is Valid.", "Not total document signed")
                .doesNotContain("- Total document signed");

        Cli alone = Cli.run("verify", pdf.toString());
        assertThat(alone.exit()).as(alone.out() + alone.err()).isEqualTo(3);
        assertThat(alone.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("INVALID " + PDF + " (signature 1 of 1: by " + TestKeys.SUBJECT + ": "
                                + (painted.length - Zips.read(signedZip, PDF).length)
                                + " bytes were added after it was signed"));

        // In the zip, with SHA256SUMS made to agree and signed again with a key of the same name.
        Path forged = Tampering.resum(
                signedZip,
                dir.resolve("forged.zip"),
                (name, bytes) -> name.equals(PDF) ? painted : bytes,
                Optional.of(attacker.identity()));
        Cli zip = Cli.run("verify", forged.toString());
        assertThat(zip.exit()).as(zip.out() + zip.err()).isEqualTo(3);
        assertThat(zip.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("INVALID " + PDF + " (signature 1 of 1: by " + TestKeys.SUBJECT + ": "));
        assertThat(zip.errLines())
                .contains("MISMATCH SHA256SUMS (signed by certificate "
                        + attacker.identity().fingerprint()
                        + ", but " + PDF + "!/signing.json records that the pack was signed by certificate "
                        + genuine.identity().fingerprint() + ")");
    }

    @Test
    void aPdfSignedAgainAfterTheUpdateIsCaughtByItsSigner() throws IOException {
        Path pdf = Files.write(dir.resolve(PDF), Tampering.paintCover(Zips.read(signedZip, PDF), CLAIM));
        PdfSignatures.sign(pdf, attacker.identity(), Instant.now());
        ExternalTool pdfsig = ExternalTool.run(dir, "pdfsig", PDF);
        assertThat(pdfsig.output())
                .as("pdfsig: the last signature is valid and covers everything")
                .contains("Signature #2", "Total document signed");

        Cli alone = Cli.run("verify", pdf.toString());
        assertThat(alone.exit()).as(alone.out() + alone.err()).isEqualTo(3);
        assertThat(alone.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("INVALID " + PDF + " (signature 1 of 2: by " + TestKeys.SUBJECT + ": "));
        assertThat(alone.errLines())
                .contains("MISMATCH " + PDF + " (signed by certificate "
                        + attacker.identity().fingerprint()
                        + ", but " + PDF + "!/signing.json records that the pack was signed by certificate "
                        + genuine.identity().fingerprint() + ")");
    }

    @Test
    void sha256sumsSignedAgainAfterEditingResultsShowsAnotherFingerprintAndFails() throws IOException {
        Path forged = Tampering.resum(
                signedZip,
                dir.resolve("forged.zip"),
                (name, bytes) -> name.equals("results.json")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("NOT_SATISFIED", "SATISFIED")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes,
                Optional.of(attacker.identity()));
        Path unpacked = Zips.extract(forged, dir.resolve("unpacked"));
        assertThat(ExternalTool.run(unpacked, "sha256sum", "-c", "--quiet", "SHA256SUMS")
                        .exit())
                .isZero();
        ExternalTool cms = ExternalTool.run(unpacked, AuditorReadme.OPENSSL_VERIFY.split(" "));
        assertThat(cms.output())
                .as("openssl alone: signed by the certificate in the pack")
                .contains("CMS Verification successful");
        ExternalTool x509 = ExternalTool.run(
                unpacked, "openssl", "x509", "-in", "signer.pem", "-noout", "-subject", "-fingerprint", "-sha256");
        assertThat(x509.output())
                .as("only the fingerprint differs")
                .contains("CN = Test Signer")
                .contains(attacker.identity().fingerprint())
                .doesNotContain(genuine.identity().fingerprint());

        Cli verify = Cli.run("verify", forged.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.out())
                .contains("SHA256SUMS: signature valid, signed by " + TestKeys.SUBJECT
                        + " (certificate SHA-256 fingerprint "
                        + attacker.identity().fingerprint() + ")");
        assertThat(verify.errLines())
                .contains(
                        "MISMATCH " + PDF + " (signed by certificate "
                                + genuine.identity().fingerprint() + ", but SHA256SUMS by " + "certificate "
                                + attacker.identity().fingerprint() + "; a pack has one signer)",
                        "MISMATCH SHA256SUMS (signed by certificate "
                                + attacker.identity().fingerprint() + ", but " + PDF
                                + "!/signing.json records that the pack was signed by certificate "
                                + genuine.identity().fingerprint() + ")");
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("MISMATCH results.json (differs from the copy inside " + PDF + ": sha256 "));

        Cli expecting = Cli.run(
                "verify",
                forged.toString(),
                "--expect-fingerprint",
                genuine.identity().fingerprint());
        assertThat(expecting.exit()).isEqualTo(3);
        assertThat(expecting.errLines())
                .contains("MISMATCH SHA256SUMS (signed by certificate "
                        + attacker.identity().fingerprint() + ", not by "
                        + genuine.identity().fingerprint() + ", the certificate expected)");
    }

    @Test
    void theExpectedFingerprintPassesTheGenuinePackAndFailsAnyOther() {
        String typed = genuine.identity().fingerprint().replace(":", "").toLowerCase(Locale.ROOT);
        Cli good = Cli.run("verify", signedZip.toString(), "--expect-fingerprint", typed);
        assertThat(good.exit()).as(good.err()).isZero();
        assertThat(good.out())
                .contains("SHA256SUMS and " + PDF + " are signed by one certificate, SHA-256 fingerprint "
                        + genuine.identity().fingerprint() + ", as " + PDF
                        + "!/signing.json records, the one expected");

        Cli other = Cli.run(
                "verify",
                signedZip.toString(),
                "--expect-fingerprint",
                attacker.identity().fingerprint());
        assertThat(other.exit()).isEqualTo(3);
        assertThat(other.errLines())
                .contains("MISMATCH " + PDF + " (signed by certificate "
                        + genuine.identity().fingerprint() + ", not by "
                        + attacker.identity().fingerprint() + ", the certificate expected)");

        Cli unsigned = Cli.run("verify", unsignedZip.toString(), "--expect-fingerprint", typed);
        assertThat(unsigned.exit()).isEqualTo(3);
        assertThat(unsigned.errLines())
                .contains("UNSIGNED pack (not signed, but certificate "
                        + genuine.identity().fingerprint() + " was expected)");

        Cli typo = Cli.run("verify", signedZip.toString(), "--expect-fingerprint", "AB:CD");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("'AB:CD' is not a SHA-256 fingerprint");
    }

    @Test
    void aPdfSignedByAnotherCertificateThanSha256sumsFails() throws IOException {
        Path pdf = Files.write(dir.resolve(PDF), Tampering.stripSignature(Zips.read(signedZip, PDF)));
        PdfSignatures.sign(pdf, attacker.identity(), Instant.now());
        ExternalTool pdfsig = ExternalTool.run(dir, "pdfsig", PDF);
        assertThat(pdfsig.output())
                .as("pdfsig alone is satisfied")
                .contains("Signature is Valid.", "Total document signed")
                .doesNotContain("Signature #2");
        byte[] resigned = Files.readAllBytes(pdf);
        // Signed with the genuine key: the SHA256SUMS signer is the genuine one, the PDF's is not.
        Path forged = Tampering.resum(
                signedZip,
                dir.resolve("forged.zip"),
                (name, bytes) -> name.equals(PDF) ? resigned : bytes,
                Optional.of(genuine.identity()));
        Cli verify = Cli.run("verify", forged.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .contains("MISMATCH " + PDF + " (signed by certificate "
                        + attacker.identity().fingerprint() + ", but SHA256SUMS by certificate "
                        + genuine.identity().fingerprint() + "; a pack has one signer)");
    }

    @Test
    void strippingTheSignatureFilesWhileThePdfStaysSignedFails() {
        Path stripped = Tampering.resum(
                signedZip,
                dir.resolve("stripped.zip"),
                (name, bytes) -> name.equals("SHA256SUMS.p7s") || name.equals("signer.pem") ? null : bytes,
                Optional.empty());
        assertThat(ExternalTool.run(
                                Zips.extract(stripped, dir.resolve("unpacked")),
                                "sha256sum",
                                "-c",
                                "--quiet",
                                "SHA256SUMS")
                        .exit())
                .as("sha256sum alone is satisfied")
                .isZero();
        Cli verify = Cli.run("verify", stripped.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .contains("UNSIGNED SHA256SUMS (" + PDF + " is signed, so the pack was; this signature is missing)");
    }

    @Test
    void strippingEverySignatureStillFailsOnTheSealInsideThePdf() throws IOException {
        byte[] unsignedPdf = Tampering.stripSignature(Zips.read(signedZip, PDF));
        Path stripped = Tampering.resum(
                signedZip,
                dir.resolve("stripped.zip"),
                (name, bytes) -> name.equals("SHA256SUMS.p7s") || name.equals("signer.pem")
                        ? null
                        : name.equals(PDF) ? unsignedPdf : bytes,
                Optional.empty());
        String seal = PDF + "!/signing.json records that the pack was signed by " + TestKeys.SUBJECT
                + " (certificate SHA-256 fingerprint " + genuine.identity().fingerprint()
                + "); the signature was removed)";
        Cli verify = Cli.run("verify", stripped.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines()).contains("UNSIGNED SHA256SUMS (" + seal, "UNSIGNED " + PDF + " (" + seal);

        Path pdf = Files.write(dir.resolve(PDF), unsignedPdf);
        assertThat(ExternalTool.run(dir, "pdfsig", PDF).output()).contains("does not contain any signatures");
        Cli alone = Cli.run("verify", pdf.toString());
        assertThat(alone.exit()).isEqualTo(3);
        assertThat(alone.errLines()).contains("UNSIGNED " + PDF + " (" + seal);
    }

    @Test
    void filesEditedInAnUnsignedPackDifferFromTheirCopiesInsideThePdf() {
        Path forged = Tampering.resum(
                unsignedZip,
                dir.resolve("forged.zip"),
                (name, bytes) -> switch (name) {
                    case "results.json" ->
                        new String(bytes, StandardCharsets.UTF_8)
                                .replace("NOT_SATISFIED", "SATISFIED")
                                .getBytes(StandardCharsets.UTF_8);
                    // Still a valid index that lists every file: only what it says about the run changed.
                    case "evidence/index.json" ->
                        new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("\\}\\s*$", " }\n")
                                .getBytes(StandardCharsets.UTF_8);
                    default -> bytes;
                },
                Optional.empty());
        assertThat(ExternalTool.run(
                                Zips.extract(forged, dir.resolve("unpacked")),
                                "sha256sum",
                                "-c",
                                "--quiet",
                                "SHA256SUMS")
                        .exit())
                .as("sha256sum alone is satisfied")
                .isZero();
        Cli verify = Cli.run("verify", forged.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("MISMATCH results.json (differs from the copy inside " + PDF + ": sha256 "));
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("MISMATCH evidence/index.json (differs from the copy inside " + PDF + ": sha256 "));
        assertThat(verify.errLines()).last().isEqualTo("FAILED: 2 problem(s) in " + forged);
    }

    @Test
    void aLonePdfIsCheckedOnItsOwnAndNamesItsSignerLikePdfsig() throws IOException {
        Path pdf = Files.write(dir.resolve(PDF), Zips.read(signedZip, PDF));
        String fingerprint = genuine.identity().fingerprint();
        Cli verify = Cli.run("verify", pdf.toString(), "--expect-fingerprint", fingerprint);
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out())
                .contains(
                        PDF + ": signature covers the whole file and is valid, signed by " + TestKeys.SUBJECT
                                + " (certificate SHA-256 fingerprint " + fingerprint + ")",
                        PDF + " is signed by one certificate, SHA-256 fingerprint " + fingerprint + ", as " + PDF
                                + "!/signing.json records, the one expected");
        assertThat(verify.out())
                .containsPattern(PDF + ": \\d+ evidence files inside it match the evidence/index.json inside it");
        assertThat(verify.out())
                .contains(PDF + ": evidence/index.json, results.json inside it match the SHA-256 its "
                        + "signing.json records");

        // The fingerprint as pdfsig and openssl give it, the commands README.txt names.
        assertThat(ExternalTool.run(dir, "pdfsig", "-dump", PDF).exit()).isZero();
        ExternalTool x509 = ExternalTool.run(dir, "sh", "-c", AuditorReadme.PDF_FINGERPRINT);
        assertThat(x509.output().toUpperCase(Locale.ROOT)).contains(fingerprint);

        Cli other = Cli.run(
                "verify",
                pdf.toString(),
                "--expect-fingerprint",
                attacker.identity().fingerprint());
        assertThat(other.exit()).isEqualTo(3);

        Path unsigned = Files.write(dir.resolve("unsigned.pdf"), Zips.read(unsignedZip, PDF));
        Cli plain = Cli.run("verify", unsigned.toString());
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("unsigned.pdf is not signed", "nothing shows that it is unchanged");
    }

    /**
     * The seal inside a signed PDF vouches for the hashes of the PDF's copies, and {@code verify} of the zip trusts
     * them; so a PDF's copy that differs from its seal's record must be caught when the PDF is checked alone.
     */
    @Test
    void aCopyInsideThePdfThatDiffersFromItsSealIsCaughtWhenThePdfIsCheckedAlone() throws IOException {
        Path pdf = dir.resolve(PDF);
        try (PDDocument doc = Loader.loadPDF(Zips.read(unsignedZip, PDF))) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
            var spec = files.getNames() != null && files.getNames().containsKey("results.json")
                    ? files.getNames().get("results.json")
                    : files.getKids().stream()
                            .map(k -> {
                                try {
                                    return k.getNames() == null
                                            ? null
                                            : k.getNames().get("results.json");
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElseThrow();
            var old = spec.getEmbeddedFile();
            String edited = new String(old.toByteArray(), StandardCharsets.UTF_8).replace("NOT_SATISFIED", "SATISFIED");
            var replaced = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(
                    doc,
                    new java.io.ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)),
                    org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            replaced.setSubtype(old.getSubtype());
            spec.setEmbeddedFile(replaced);
            doc.save(pdf.toFile());
        }
        Cli verify = Cli.run("verify", pdf.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("CHANGED " + PDF + "!/results.json (signing.json inside it records sha256 "));
    }

    private static String coverText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        }
    }
}
