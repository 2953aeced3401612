package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.signing.CmsSignatures;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auditpack review} on real demo packs, read back by {@code verify}, {@code pdfsig} and the JDK's zip reader,
 * and each way of changing a review seen caught.
 */
class PackReviewTest {

    private static final String FIRST = "reviews/001.json";
    private static final String SECOND = "reviews/002.json";

    @TempDir
    static Path shared;

    private static TestKeys reviewer;
    private static Path reviewerKey;
    private static Path reviewerCert;
    /** The signed demo pack reviewed twice with the reviewer's key: changes requested, then approved. */
    private static Path twice;

    @TempDir
    Path dir;

    @BeforeAll
    static void reviewed() throws IOException {
        reviewer = TestKeys.rsa();
        reviewerKey = reviewer.writePkcs8(shared.resolve("reviewer-key.pem"));
        reviewerCert = reviewer.writeCertificate(shared.resolve("reviewer-cert.pem"));
        twice = copy(DemoPacks.signed().resolve(ReportJob.ZIP), shared.resolve("twice.zip"));
        ok(review(
                twice, "changes-requested", "Add the Q3 training records", "--sign-key", key(), "--sign-cert", cert()));
        ok(review(twice, "approved", "Training records added", "--sign-key", key(), "--sign-cert", cert()));
    }

    @Test
    void anUnsignedReviewKeepsEveryFileAndIsListedByVerify() throws IOException {
        Path original = DemoPacks.unsigned().resolve(ReportJob.ZIP);
        Path zip = copy(original, dir.resolve("evidence-pack.zip"));
        String before = Tampering.sha256(Files.readAllBytes(zip));

        Cli review = review(zip, "approved", "Looks complete");
        ok(review);
        assertThat(review.out())
                .contains(
                        "Recorded " + FIRST + " (sign-off sheet reviews/001.pdf)",
                        "approved by Sam Lee <sam@example.com>",
                        "unsigned");
        for (String name : Zips.names(original)) {
            assertThat(Zips.read(zip, name)).as(name).isEqualTo(Zips.read(original, name));
        }
        assertThat(Zips.names(zip)).contains(FIRST, "reviews/001.pdf").doesNotContain(FIRST + ".p7s");
        String record = new String(Zips.read(zip, FIRST), StandardCharsets.UTF_8);
        assertThat(record)
                .contains("\"zipSha256\" : \"" + before + "\"", "\"signer\" : \"unsigned\"", "\"role\" : \"reviewer\"");
        assertThat(Stream.of(dir.toFile().list()))
                .as("nothing left beside the zip")
                .containsExactly("evidence-pack.zip");

        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out())
                .contains(FIRST + ": review 1: approved by Sam Lee <sam@example.com> at ")
                .contains("unsigned: nothing shows who wrote it");
    }

    @Test
    void aPackNotYetReviewedSaysSo() {
        Cli verify =
                Cli.run("verify", DemoPacks.unsigned().resolve(ReportJob.ZIP).toString());
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("not reviewed: the zip holds no review record");
    }

    @Test
    void signedReviewsFollowOneAnotherAndVerify() {
        Cli verify = Cli.run("verify", twice.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        String fingerprint = reviewer.identity().fingerprint();
        assertThat(verify.out())
                .contains(FIRST + ": review 1: changes-requested by Sam Lee <sam@example.com>")
                .contains(SECOND + ": review 2: approved by Sam Lee <sam@example.com>")
                .contains("signed by " + TestKeys.SUBJECT + " (certificate SHA-256 fingerprint " + fingerprint + ")");
        String second = new String(Zips.read(twice, SECOND), StandardCharsets.UTF_8);
        assertThat(second)
                .contains("\"file\" : \"" + FIRST + "\"", Tampering.sha256(Zips.read(twice, FIRST)))
                .contains("\"certificateSha256\" : \"" + fingerprint + "\"");
        assertThat(CmsSignatures.verify(Zips.read(twice, SECOND), Zips.read(twice, SECOND + ".p7s"))
                        .fingerprint())
                .as("an independent check of the detached signature")
                .contains(fingerprint);
    }

    @Test
    void thePdfIsUntouchedSoPdfsigStillFindsItTotallySigned() throws IOException {
        Path pdf = Files.write(dir.resolve(ReportJob.PDF), Zips.read(twice, ReportJob.PDF));
        assertThat(Zips.read(twice, ReportJob.PDF))
                .isEqualTo(Zips.read(DemoPacks.signed().resolve(ReportJob.ZIP), ReportJob.PDF));
        ExternalTool pdfsig = ExternalTool.run(dir, "pdfsig", pdf.getFileName().toString());
        assertThat(pdfsig.output()).contains("Signature Validation: Signature is Valid.", "- Total document signed");
    }

    @Test
    void opensslChecksTheRecordsSignatureAsTheDocsSay() {
        Path unpacked = Zips.extract(twice, dir.resolve("unpacked"));
        ExternalTool cms = ExternalTool.run(
                unpacked,
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                SECOND + ".p7s",
                "-content",
                SECOND,
                "-noverify",
                "-out",
                "/dev/null");
        assertThat(cms.exit()).as(cms.output()).isZero();
        assertThat(cms.output()).contains("Verification successful");
        ExternalTool certs = ExternalTool.run(
                unpacked,
                "sh",
                "-c",
                "openssl pkcs7 -inform DER -in " + SECOND
                        + ".p7s -print_certs | openssl x509 -noout -fingerprint -sha256");
        assertThat(certs.output()).contains(reviewer.identity().fingerprint());
        ExternalTool sums = ExternalTool.run(unpacked, "sha256sum", "SHA256SUMS", ReportJob.PDF);
        String record = new String(Zips.read(twice, SECOND), StandardCharsets.UTF_8);
        sums.output().lines().forEach(line -> assertThat(record).contains(line.substring(0, 64)));
    }

    @Test
    void aChangedCommentBreaksTheSignature() {
        assertFails(change(FIRST, s -> s.replace("Add the Q3", "Ignore the Q3")), "INVALID " + FIRST + ".p7s");
    }

    @Test
    void aSwappedDecisionBreaksTheSignature() {
        assertFails(
                change(FIRST, s -> s.replace("\"changes-requested\"", "\"approved\"")), "INVALID " + FIRST + ".p7s");
    }

    @Test
    void aRecordSignedAgainWithAnotherKeyIsCaught() {
        TestKeys attacker = TestKeys.rsa();
        Path zip = Zips.rewrite(
                twice,
                dir.resolve("resigned.zip"),
                (name, bytes) -> name.equals(SECOND + ".p7s")
                        ? CmsSignatures.sign(Zips.read(twice, SECOND), attacker.identity())
                        : bytes,
                Map.of());
        assertFails(
                zip,
                "MISMATCH " + SECOND + " (signed by certificate "
                        + attacker.identity().fingerprint());
    }

    @Test
    void aRecordRewrittenWhollyForAnotherKeyIsCaughtOnlyWhenTheReviewerIsExpected() throws IOException {
        TestKeys attacker = TestKeys.rsa();
        String fingerprint = reviewer.identity().fingerprint();
        byte[] forged = new String(Zips.read(twice, SECOND), StandardCharsets.UTF_8)
                .replace(fingerprint, attacker.identity().fingerprint())
                .replace("Training records added", "No changes needed")
                .getBytes(StandardCharsets.UTF_8);
        assertFails(
                replaceSigned(SECOND, forged, attacker, "half-forged.zip"),
                "MISMATCH reviews/002.pdf (signed by certificate "
                        + reviewer.identity().fingerprint());
        byte[] sheet = ReviewSheetTest.sheet(twice, forged, java.util.Optional.of(attacker), dir);
        Path zip = Zips.rewrite(
                replaceSigned(SECOND, forged, attacker, "half.zip"),
                dir.resolve("forged.zip"),
                ReviewRecord.sheet(SECOND),
                b -> sheet);
        Cli alone = Cli.run("verify", zip.toString());
        assertThat(alone.exit())
                .as("consistent in itself: only the fingerprint tells")
                .isZero();
        assertThat(alone.out()).contains("fingerprint " + attacker.identity().fingerprint());

        Cli pinned = Cli.run("verify", zip.toString(), "--expect-reviewer", fingerprint);
        assertThat(pinned.exit()).as(pinned.err()).isEqualTo(3);
        assertThat(pinned.err())
                .contains("MISMATCH " + SECOND + " (signed by certificate "
                        + attacker.identity().fingerprint() + ", not by " + fingerprint + ", the reviewer expected)");
        Cli genuine = Cli.run("verify", twice.toString(), "--expect-reviewer", fingerprint.replace(":", ""));
        assertThat(genuine.exit()).as(genuine.err()).isZero();
        Cli none = Cli.run(
                "verify", DemoPacks.unsigned().resolve(ReportJob.ZIP).toString(), "--expect-reviewer", fingerprint);
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.err()).contains("MISSING reviews/ (the zip holds no review");
    }

    @Test
    void aRemovedSignatureIsCaught() {
        Path zip = Zips.rewrite(
                twice,
                dir.resolve("stripped.zip"),
                (name, bytes) -> name.equals(FIRST + ".p7s") ? null : bytes,
                Map.of());
        assertFails(zip, "UNSIGNED " + FIRST + " (it records that " + TestKeys.SUBJECT);
    }

    @Test
    void anEarlierReviewChangedAndSignedAgainByItsOwnKeyIsCaughtByTheLaterOne() {
        byte[] changed = new String(Zips.read(twice, FIRST), StandardCharsets.UTF_8)
                .replace("\"changes-requested\"", "\"approved\"")
                .getBytes(StandardCharsets.UTF_8);
        Path zip = replaceSigned(FIRST, changed, reviewer, "rewritten.zip");
        assertFails(zip, "CHANGED " + FIRST + " (" + SECOND + " recorded sha256");
    }

    @Test
    void aReviewMovedToAnotherPackNamesThatPack() {
        Path other = Zips.rewrite(
                DemoPacks.unsigned().resolve(ReportJob.ZIP),
                dir.resolve("other.zip"),
                (name, bytes) -> bytes,
                Map.of(FIRST, Zips.read(twice, FIRST), FIRST + ".p7s", Zips.read(twice, FIRST + ".p7s")));
        assertFails(other, "MISMATCH " + FIRST + " (names another pack: its SHA256SUMS has sha256");
    }

    @Test
    void aPaintedCoverInAReviewedPackFails() {
        Path zip = Zips.rewrite(
                twice,
                dir.resolve("painted.zip"),
                ReportJob.PDF,
                pdf -> Tampering.paintCover(pdf, "ALL 154 CONTROLS SATISFIED"));
        assertFails(zip, "bytes were added after it was signed");
        assertFails(zip, "MISMATCH " + FIRST + " (names another pack: its evidence-pack.pdf has sha256");
    }

    @Test
    void aFileThatIsNotAPackIsRefusedWithNothingWritten() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip\n");
        Cli refused = review(text, "approved", "");
        assertRefused(refused, text, "is not a zip file");
        Path zip = Zips.rewrite(
                DemoPacks.unsigned().resolve(ReportJob.ZIP),
                dir.resolve("bare.zip"),
                (name, bytes) -> name.equals("README.txt") ? bytes : null,
                Map.of());
        assertRefused(review(zip, "approved", ""), zip, "does not verify, so it is not reviewed: ");
    }

    @Test
    void aTamperedPackIsRefusedWithNothingWritten() throws IOException {
        Path zip = Zips.rewrite(
                DemoPacks.unsigned().resolve(ReportJob.ZIP),
                dir.resolve("evidence-pack.zip"),
                ReportJob.RESULTS,
                Zips::flipOneByte);
        byte[] before = Files.readAllBytes(zip);
        Cli refused = review(zip, "approved", "");
        assertRefused(refused, zip, "does not verify, so it is not reviewed: CHANGED results.json");
        assertThat(Files.readAllBytes(zip)).isEqualTo(before);
    }

    @Test
    void aReviewWaitsForNoOneWhileAnotherWritesTheFolder() throws Exception {
        Path zip = copy(DemoPacks.unsigned().resolve(ReportJob.ZIP), dir.resolve("evidence-pack.zip"));
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (OutputLock lock = OutputLock.acquire(dir)) {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        held.await();
        try {
            Cli busy = review(zip, "approved", "");
            assertThat(busy.exit()).isEqualTo(2);
            assertThat(busy.err()).contains("is being written by another auditpack run");
        } finally {
            done.countDown();
            other.join();
        }
        assertThat(Zips.names(zip)).doesNotContain(FIRST);
        ok(review(zip, "approved", ""));
        assertThat(Zips.names(zip)).contains(FIRST);
    }

    @Test
    void badFlagsAreRefused() throws IOException {
        Path zip = copy(DemoPacks.unsigned().resolve(ReportJob.ZIP), dir.resolve("evidence-pack.zip"));
        assertRefused(review(zip, "maybe", "x"), zip, "--decision: must be approved or changes-requested");
        assertRefused(review(zip, "changes-requested", ""), zip, "--comment: is required with");
        assertRefused(
                review(zip, "approved", "", "--as", "management"),
                zip,
                "holds no management assertion for management to sign off");
        assertRefused(
                Cli.run("review", zip.toString(), "--reviewer", "Sam <", "--decision", "approved"),
                zip,
                "--reviewer: must be a name");
        assertRefused(
                Cli.run(
                        "review",
                        zip.toString(),
                        "--reviewer",
                        "Sam",
                        "--decision",
                        "approved",
                        "--sign-key",
                        dir.resolve("missing.pem").toString(),
                        "--sign-cert",
                        cert()),
                zip,
                "missing.pem");
    }

    /** The reviewed pack with {@code record} in place of its record {@code name}, signed by {@code signer}. */
    private Path replaceSigned(String name, byte[] record, TestKeys signer, String zip) {
        byte[] signature = CmsSignatures.sign(record, signer.identity());
        return Zips.rewrite(
                twice,
                dir.resolve(zip),
                (entry, bytes) -> entry.equals(name) ? record : entry.equals(name + ".p7s") ? signature : bytes,
                Map.of());
    }

    private static void assertRefused(Cli cli, Path file, String problem) {
        assertThat(cli.exit()).as(cli.out() + cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.err()).contains(problem);
        assertThat(Stream.of(file.getParent().toFile().list()))
                .as("nothing written beside " + file)
                .allMatch(n -> !n.startsWith("."));
        if (!file.getFileName().toString().equals("notes.zip")) {
            assertThat(Zips.names(file).stream().filter(n -> n.startsWith("reviews/")))
                    .isEmpty();
        }
    }

    private static void assertFails(Path zip, String problem) {
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.err()).contains(problem);
    }

    private Path change(String entry, java.util.function.UnaryOperator<String> edit) {
        return Zips.rewrite(
                twice,
                dir.resolve("changed.zip"),
                entry,
                bytes -> edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static Cli review(Path zip, String decision, String comment, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "review",
                zip.toString(),
                "--reviewer",
                "Sam Lee <sam@example.com>",
                "--decision",
                decision,
                "--comment",
                comment));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void ok(Cli cli) {
        assertThat(cli.exit()).as(cli.out() + cli.err()).isZero();
    }

    private static String key() {
        return reviewerKey.toString();
    }

    private static String cert() {
        return reviewerCert.toString();
    }

    private static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
