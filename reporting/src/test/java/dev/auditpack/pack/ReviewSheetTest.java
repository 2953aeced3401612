package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.report.pdf.VeraPdf;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The sign-off sheets {@code review} writes, read back by PDFBox, {@code pdftotext}, {@code pdfsig} and veraPDF, and
 * each way of changing one caught by {@code verify}. The pack is a signed demo pack built with {@code --preparer};
 * review 1 is signed with the reviewer's key, review 2 is not.
 */
class ReviewSheetTest {

    private static final String PREPARER = "Jane Doe <jane.doe@example.com>";
    private static final String REVIEWER = "Sam Lee <sam@example.com>";
    private static final String FIRST = "reviews/001.pdf";
    private static final String SECOND = "reviews/002.pdf";
    private static final String ASKED = "Add the Q3 training records";
    private static final String SAID = "Training records added, thank you";

    @TempDir
    static Path shared;

    private static TestKeys reviewer;
    private static Path zip;

    @TempDir
    Path dir;

    @BeforeAll
    static void reviewed() throws IOException {
        TestKeys preparer = TestKeys.rsa();
        reviewer = TestKeys.ec();
        Path pack = shared.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--no-examples",
                "--frameworks",
                DemoPacks.smallFrameworks(shared.resolve("frameworks")).toString(),
                "--out",
                pack.toString(),
                "--preparer",
                PREPARER,
                "--sign-key",
                preparer.writePkcs8(shared.resolve("key.pem")).toString(),
                "--sign-cert",
                preparer.writeCertificate(shared.resolve("cert.pem")).toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        zip = Files.copy(pack.resolve(ReportJob.ZIP), shared.resolve(ReportJob.ZIP));
        ok(Cli.run(
                "review",
                zip.toString(),
                "--reviewer",
                REVIEWER,
                "--decision",
                "changes-requested",
                "--comment",
                ASKED,
                "--sign-key",
                reviewer.writePkcs8(shared.resolve("r-key.pem")).toString(),
                "--sign-cert",
                reviewer.writeCertificate(shared.resolve("r-cert.pem")).toString()));
        ok(Cli.run("review", zip.toString(), "--reviewer", REVIEWER, "--decision", "approved", "--comment", SAID));
    }

    @Test
    void eachSheetStatesItsReviewToPdfboxAndPdftotext() throws IOException {
        Path unpacked = Zips.extract(zip, dir.resolve("unpacked"));
        String organisation = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Zips.read(zip, ReportJob.RESULTS))
                .path("run")
                .path("organisation")
                .asText();
        assertThat(organisation).isNotBlank();
        for (String sheet : new String[] {FIRST, SECOND}) {
            ReviewRecord record = ReviewRecord.parse(Zips.read(zip, json(sheet)));
            String pdfbox;
            try (PDDocument doc = Loader.loadPDF(Zips.read(zip, sheet))) {
                assertThat(doc.getNumberOfPages()).as(sheet + " is one page").isEqualTo(1);
                pdfbox = new PDFTextStripper().getText(doc);
            }
            ExternalTool pdftotext = ExternalTool.run(unpacked, "pdftotext", sheet, "-");
            assertThat(pdftotext.exit()).as(pdftotext.output()).isZero();
            for (String text : new String[] {pdfbox, pdftotext.output()}) {
                // pdftotext writes the font's ligatures as such (U+FB01 for "fi"); NFKC reads them as letters.
                assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " "))
                        .as(sheet)
                        .contains("Prepared by " + PREPARER, "Reviewer: " + REVIEWER)
                        .contains("Decision: " + record.decision().words(), record.comment())
                        .contains(
                                organisation,
                                "Audit period",
                                record.pack().zip(),
                                record.pack().pdf())
                        .contains(
                                record.reviewedAt().toString().replace('T', ' ').replace("Z", " UTC"));
            }
        }
        String first = Normalizer.normalize(
                ExternalTool.run(unpacked, "pdftotext", FIRST, "-").output(), Normalizer.Form.NFKC);
        assertThat(first.replaceAll("\\s+", " ")).contains("Changes requested", ASKED, "fingerprint");
        assertThat(first.replaceAll("\\s+", "")).contains(reviewer.identity().fingerprint());
        assertThat(ExternalTool.run(unpacked, "pdftotext", SECOND, "-").output())
                .contains("Approved", SAID, "Unsigned");
    }

    @Test
    void eachSheetCarriesItsRecordByteForByte() throws IOException {
        for (String sheet : new String[] {FIRST, SECOND}) {
            try (PackPdf pdf = PackPdf.read(Zips.read(zip, sheet))) {
                assertThat(pdf.names()).containsExactly(json(sheet));
                assertThat(pdf.read(json(sheet))).get().isEqualTo(Zips.read(zip, json(sheet)));
            }
        }
        Path unpacked = Zips.extract(zip, dir.resolve("unpacked"));
        ExternalTool list = ExternalTool.run(unpacked, "pdfdetach", "-list", FIRST);
        assertThat(list.output()).contains(json(FIRST));
    }

    @Test
    void sheetsArePdfA3aAndPdfUa1() throws IOException {
        for (String sheet : new String[] {FIRST, SECOND}) {
            Path pdf = Files.write(dir.resolve(sheet.replace('/', '-')), Zips.read(zip, sheet));
            for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
                VeraPdf verdict = VeraPdf.validate(pdf, flavour);
                assertThat(verdict.failures())
                        .as(sheet + " " + verdict.describe())
                        .isEmpty();
                assertThat(verdict.compliant())
                        .as(sheet + " " + verdict.describe())
                        .isTrue();
            }
        }
    }

    @Test
    void theLongestCommentRunsOntoMorePagesAndStaysConformant() throws IOException {
        Path copy = Files.copy(shared.resolve("pack").resolve(ReportJob.ZIP), dir.resolve(ReportJob.ZIP));
        String line = "Checked the access reviews of account 123456789012 & the <b>Q4</b> training records.";
        String comment = (line + "\n").repeat(60).substring(0, 4000).strip();
        ok(Cli.run("review", copy.toString(), "--reviewer", REVIEWER, "--decision", "approved", "--comment", comment));
        Path pdf = Files.write(dir.resolve("long.pdf"), Zips.read(copy, FIRST));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("46 lines of comment").isBetween(2, 3);
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(doc).replaceAll("\\s+", " "))
                    .as("every fact but the comment on the first page")
                    .contains("Decision: Approved", "Unsigned", "SHA256SUMS, SHA-256", line);
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String last = comment.substring(comment.lastIndexOf('\n') + 1);
            assertThat(all.split("training records\\.", -1))
                    .as("every line of the comment, over the page breaks")
                    .hasSize(comment.split("training records\\.", -1).length);
            assertThat(all).contains(last);
        }
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf verdict = VeraPdf.validate(pdf, flavour);
            assertThat(verdict.compliant()).as(verdict.describe()).isTrue();
        }
        Cli verify = Cli.run("verify", copy.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    }

    @Test
    void pdfsigFindsTheSignedSheetTotallySignedByTheReviewer() throws IOException {
        Path signed = Files.write(dir.resolve("001.pdf"), Zips.read(zip, FIRST));
        ExternalTool pdfsig =
                ExternalTool.run(dir, "pdfsig", signed.getFileName().toString());
        assertThat(pdfsig.output())
                .contains("Signature Validation: Signature is Valid.", "- Total document signed")
                .contains("Common Name: " + reviewer.identity().subject().replace("CN=", ""));
        Path unsigned = Files.write(dir.resolve("002.pdf"), Zips.read(zip, SECOND));
        assertThat(ExternalTool.run(dir, "pdfsig", unsigned.getFileName().toString())
                        .output())
                .contains("does not contain any signatures");
    }

    @Test
    void verifyAcceptsTheSheets() {
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("reviews/001.json: review 1", "reviews/002.json: review 2");
    }

    @Test
    void aSheetSwappedForAnotherReviewsIsCaught() {
        byte[] first = Zips.read(zip, FIRST);
        byte[] second = Zips.read(zip, SECOND);
        Path swapped = Zips.rewrite(
                zip,
                dir.resolve("swapped.zip"),
                (name, bytes) -> name.equals(FIRST) ? second : name.equals(SECOND) ? first : bytes,
                Map.of());
        assertFails(swapped, "UNSIGNED " + FIRST + " (reviews/001.json is signed by certificate");
        assertFails(swapped, "UNEXPECTED " + SECOND + " (it is signed, but reviews/002.json records that it is");
    }

    @Test
    void aSheetOfAnotherReviewSignedByTheSameReviewerIsCaught() throws IOException {
        // The same reviewer, key and pack, another review: only the record attached to the sheet tells.
        Path other = Files.copy(shared.resolve("pack").resolve(ReportJob.ZIP), dir.resolve("other.zip"));
        ok(Cli.run(
                "review",
                other.toString(),
                "--reviewer",
                REVIEWER,
                "--decision",
                "approved",
                "--comment",
                "Another look at the same pack",
                "--sign-key",
                shared.resolve("r-key.pem").toString(),
                "--sign-cert",
                shared.resolve("r-cert.pem").toString()));
        byte[] third = Zips.read(other, FIRST);
        Path replaced = Zips.rewrite(zip, dir.resolve("replaced.zip"), FIRST, bytes -> third);
        assertFails(replaced, "MISMATCH " + FIRST + " (the record attached to it has sha256 ");
    }

    @Test
    void anEditedSheetIsCaught() {
        assertFails(Zips.rewrite(zip, dir.resolve("flipped.zip"), FIRST, Zips::flipOneByte), FIRST);
        byte[] painted = Tampering.paintCover(Zips.read(zip, FIRST), "Decision: Approved");
        Path updated = Zips.rewrite(zip, dir.resolve("painted.zip"), FIRST, bytes -> painted);
        assertFails(updated, "INVALID " + FIRST + " (");
        assertFails(updated, "bytes were added after it was signed");
    }

    @Test
    void aMissingSheetIsCaught() {
        Path removed = Zips.rewrite(
                zip, dir.resolve("removed.zip"), (name, bytes) -> name.equals(SECOND) ? null : bytes, Map.of());
        assertFails(removed, "MISSING " + SECOND + " (the sign-off sheet of reviews/002.json)");
    }

    @Test
    void anUnsignedSheetThatStatesAnotherDecisionIsCaught() throws IOException {
        byte[] json = Zips.read(zip, json(SECOND));
        ReviewRecord approved = ReviewRecord.parse(json);
        ReviewRecord flipped = new ReviewRecord(
                approved.sequence(),
                approved.role(),
                approved.reviewer(),
                ReviewRecord.Decision.CHANGES_REQUESTED,
                approved.comment(),
                approved.reviewedAt(),
                approved.pack(),
                approved.previous(),
                approved.signer());
        byte[] forged = sheet(zip, flipped, json, Optional.empty(), dir);
        Path zipped = Zips.rewrite(zip, dir.resolve("forged.zip"), SECOND, bytes -> forged);
        assertFails(zipped, "MISMATCH " + SECOND + " (its page does not say \"Decision: Approved\" by " + REVIEWER);
    }

    /** A sign-off sheet of {@code record} for the pack in {@code zip}, made by the code {@code review} uses. */
    static byte[] sheet(Path zip, byte[] record, Optional<TestKeys> signer, Path dir) throws IOException {
        return sheet(zip, ReviewRecord.parse(record), record, signer, dir);
    }

    /** A sheet that states {@code record} and carries {@code json}, which may say something else. */
    private static byte[] sheet(Path zip, ReviewRecord record, byte[] json, Optional<TestKeys> signer, Path dir)
            throws IOException {
        ReviewSheet.Pack pack;
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            pack = ReviewSheet.pack(file);
        }
        return ReviewSheet.write(record, json, pack, ReportJob.ZIP, signer.map(TestKeys::identity), dir);
    }

    private static String json(String sheet) {
        return sheet.replace(".pdf", ".json");
    }

    private static void assertFails(Path zip, String problem) {
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.err()).contains(problem);
        assertThat(verify.err().lines().filter(l -> l.contains(problem)))
                .as("one line names the file and the problem")
                .hasSize(1);
    }

    private static void ok(Cli cli) {
        assertThat(cli.exit()).as(cli.out() + cli.err()).isZero();
    }
}
