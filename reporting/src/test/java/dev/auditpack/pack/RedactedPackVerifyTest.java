package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.cli.Cli;
import dev.auditpack.signing.SigningIdentity;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auditpack verify} of the two zips of a signed {@code --redact} build: the redacted one, which holds no
 * locker by design, verifies with its own SHA256SUMS and signatures and fails once a file is changed; the full one
 * still needs its locker. And a redacted build that cannot write its zip writes nothing.
 */
class RedactedPackVerifyTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static TestKeys genuine;
    private static Path pack;
    private static Path redacted;
    private static Path full;

    @BeforeAll
    static void signedRedactedDemo() {
        genuine = TestKeys.rsa();
        Path key = genuine.writePkcs8(shared.resolve("key.pem"));
        Path cert = genuine.writeCertificate(shared.resolve("cert.pem"));
        pack = shared.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--out",
                pack.toString(),
                "--redact",
                "--sign-key",
                key.toString(),
                "--sign-cert",
                cert.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out())
                .contains(
                        "  " + RedactedPack.ZIP,
                        "Attach " + RedactedPack.ZIP
                                + " to the ticket; evidence-pack.zip holds the raw evidence and is for auditors only.");
        redacted = pack.resolve(RedactedPack.ZIP);
        full = pack.resolve(ReportJob.ZIP);
    }

    @Test
    void theRedactedZipVerifiesWithItsOwnSignaturesAndNoLocker() {
        String fingerprint = genuine.identity().fingerprint();
        Cli verify = Cli.run("verify", redacted.toString(), "--expect-fingerprint", fingerprint);
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out())
                .contains(
                        "OK: " + (7 + EvidencePackZipTest.OSCAL_FILES) + " files match SHA256SUMS",
                        "SHA256SUMS: signature valid, signed by " + TestKeys.SUBJECT,
                        "evidence-pack.pdf: signature covers the whole file and is valid",
                        "evidence-pack.pdf: results.json, signing.json inside it match the zip's",
                        "redacted pack: it holds no evidence locker; the full pack, for auditors only, does");
        assertThat(Zips.names(redacted))
                .contains("SHA256SUMS.p7s", "signer.pem")
                .noneMatch(n -> n.startsWith("evidence/"));
    }

    @Test
    void theRedactedPdfAloneVerifiesWithoutEvidenceInside() {
        Path pdf = Zips.extract(redacted, dir.resolve("unpacked")).resolve(ReportJob.PDF);
        Cli verify = Cli.run(
                "verify",
                pdf.toString(),
                "--expect-fingerprint",
                genuine.identity().fingerprint());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out())
                .contains(
                        "evidence-pack.pdf: redacted, so it carries results.json but not the evidence",
                        "evidence-pack.pdf: signature covers the whole file and is valid");
    }

    @Test
    void theFullZipOfARedactedBuildStillVerifiesWithItsLocker() {
        Cli verify = Cli.run("verify", full.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out())
                .contains("evidence files match evidence/index.json")
                .doesNotContain("redacted pack");
    }

    @Test
    void aChangedFileInTheRedactedZipFails() {
        Path changed = Zips.rewrite(redacted, dir.resolve("changed.zip"), "results.json", Zips::flipOneByte);
        Cli verify = Cli.run("verify", changed.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l).startsWith("CHANGED results.json (expected sha256"));

        Path readme = Zips.rewrite(
                redacted,
                dir.resolve("readme.zip"),
                "README.txt",
                b -> (new String(b, StandardCharsets.UTF_8) + "attach the full pack too\n")
                        .getBytes(StandardCharsets.UTF_8));
        Cli again = Cli.run("verify", readme.toString());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.errLines()).anySatisfy(l -> assertThat(l).startsWith("CHANGED README.txt"));
    }

    /** Summed again and unsigned, the change still shows: the PDF is signed and carries the original results.json. */
    @Test
    void aRedactedZipSummedAgainWithoutItsSignatureFails() {
        Path forged = Tampering.resum(
                redacted,
                dir.resolve("forged.zip"),
                (name, bytes) -> name.equals("SHA256SUMS.p7s")
                        ? null
                        : name.equals("results.json") ? Zips.flipOneByte(bytes) : bytes,
                Optional.empty());
        Cli verify = Cli.run("verify", forged.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.errLines()).anySatisfy(l -> assertThat(l).startsWith("MISMATCH results.json"));
    }

    /** Only a PDF that says it is redacted excuses a missing locker, even when the signer removed it. */
    @Test
    void aFullPackWithItsLockerRemovedFails() {
        SigningIdentity signer = genuine.identity();
        Path stripped = Tampering.resum(
                full,
                dir.resolve("stripped.zip"),
                (name, bytes) -> name.startsWith("evidence/") ? null : bytes,
                Optional.of(signer));
        Cli verify = Cli.run("verify", stripped.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.errLines()).contains("MISSING evidence/index.json (a pack holds its evidence locker)");
    }

    /** A redacted zip with evidence put back in, without its index, is not a redacted pack any more. */
    @Test
    void aRedactedZipWithEvidenceAddedFails() {
        Path added = Tampering.resum(
                redacted, dir.resolve("added.zip"), (name, bytes) -> bytes, Optional.of(genuine.identity()));
        Path withEvidence = Zips.rewrite(
                added,
                dir.resolve("with-evidence.zip"),
                (name, bytes) -> bytes,
                java.util.Map.of(
                        "evidence/raw/123456789012/global/iam.users.json", "{}".getBytes(StandardCharsets.UTF_8)));
        Cli verify = Cli.run("verify", withEvidence.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.errLines())
                .contains("MISSING evidence/index.json (the pack holds evidence files without their index)");
    }

    @Test
    void aRedactedBuildThatWouldReplaceARedactedZipWritesNothing() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(RedactedPack.ZIP), "an earlier pack");
        Cli demo = Cli.run("demo", "--no-examples", "--out", out.toString(), "--redact");
        assertThat(demo.exit()).isEqualTo(2);
        assertThat(demo.errLines())
                .hasSize(1)
                .first()
                .asString()
                .contains(out.resolve(RedactedPack.ZIP).toString(), "already exists; pass --force to replace it");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(RedactedPack.ZIP);
        }
        assertThat(Files.readString(out.resolve(RedactedPack.ZIP))).isEqualTo("an earlier pack");
    }

    /**
     * Evidence that is not UTF-8 stops a redacted build with one line naming the file, exit 2, and nothing written (of
     * either zip). The evaluation names it first; the search for names, which reads the same files, would too.
     */
    @Test
    void anEvidenceFileThatIsNotUtf8StopsARedactedBuild() throws IOException {
        Path locker = dev.auditpack.demo.DemoLocker.extractTo(dir.resolve("locker"));
        String path = "raw/123456789012/global/iam.users.json";
        Path users = locker.resolve(path);
        byte[] bytes = Files.readString(users)
                .replace("\"ci-deployer\"", "\"ci-d\u00e9ployer\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(users, bytes);
        Path index = locker.resolve("index.json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(index.toFile());
        for (var entry : tree.get("evidence")) {
            if (entry.get("path").asText().equals(path)) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) entry)
                        .put("sha256", Tampering.sha256(bytes))
                        .put("size", bytes.length);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(index.toFile(), tree);
        Path out = dir.resolve("out");
        Cli report = Cli.run("report", "--evidence", locker.toString(), "--out", out.toString(), "--redact");
        assertThat(report.exit()).as(report.out() + report.err()).isEqualTo(2);
        assertThat(report.errLines()).hasSize(1).first().asString().contains(users.toString(), "Invalid UTF-8");
        assertThat(out).doesNotExist();
    }

    @Test
    void bothReadmesSayWhichZipGoesWhere() {
        String fullReadme = new String(Zips.read(full, "README.txt"), StandardCharsets.UTF_8);
        String redactedReadme = new String(Zips.read(redacted, "README.txt"), StandardCharsets.UTF_8);
        assertThat(fullReadme).contains("FOR AUDITORS ONLY", "attach\n" + RedactedPack.ZIP + ", its redacted copy");
        assertThat(redactedReadme)
                .contains(
                        "REDACTED FOR TICKETS",
                        "auditpack verify evidence-pack-redacted.zip",
                        "Signed by: " + TestKeys.SUBJECT)
                .doesNotContain("evidence/index.json  ");
        assertThat(List.of(fullReadme, redactedReadme))
                .allSatisfy(r -> assertThat(r).contains("SHA256SUMS.p7s"));
    }
}
