package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.Zips;
import dev.auditpack.secrets.FakeSecrets;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pack that would hold a secret is refused with one line naming the file and the kind of secret, never the
 * secret; {@code auditpack scan} finds nothing in a clean pack and names the entry of a doctored one.
 */
class SecretScanCliTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** {@code auditpack demo} on a small model, so each refusal builds a pack of two controls, not the whole demo. */
    private Cli smallDemo(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of(
                "demo",
                "--no-examples",
                "--out",
                out.toString(),
                "--frameworks",
                DemoPacks.smallFrameworks(dir.resolve("small-frameworks")).toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertRefused(Cli cli, String secret, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(2);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err())
                .contains(fragments)
                .contains("no pack was written")
                .doesNotContain(secret);
        assertThat(cli.out()).doesNotContain(secret);
    }

    static Stream<Arguments> plantedSecrets() throws IOException {
        Path file = Files.createTempFile("key", ".pem");
        String key = Files.readString(TestKeys.ec().writePkcs8(file));
        Files.delete(file);
        return Stream.of(
                Arguments.of(
                        "credentials.txt",
                        "[default]\naws_secret_access_key = " + FakeSecrets.SECRET_KEY + "\n",
                        FakeSecrets.SECRET_KEY,
                        "an AWS secret access key"),
                Arguments.of(
                        "session.json",
                        "{ \"SessionToken\" : \"" + FakeSecrets.SESSION_TOKEN + "\" }",
                        FakeSecrets.SESSION_TOKEN,
                        "an AWS session token"),
                Arguments.of(
                        "db.env",
                        "MasterUserPassword=" + FakeSecrets.PASSWORD + "\n",
                        FakeSecrets.PASSWORD,
                        "a password"),
                Arguments.of(
                        "signing-key.pem", key, key.lines().skip(1).findFirst().orElseThrow(), "a private key"));
    }

    @ParameterizedTest
    @MethodSource("plantedSecrets")
    void aSecretInAManualEvidenceDocumentRefusesThePack(String file, String content, String secret, String kind)
            throws IOException {
        Path manual = dir.resolve("manual");
        Files.createDirectories(manual);
        Files.writeString(manual.resolve(file), content);
        Files.writeString(manual.resolve("leak.evidence.yaml"), """
                title: Database runbook
                file: %s
                controls: [A.8.13]
                owner: ops@northwind.example
                date: 2026-10-01
                """.formatted(file));
        Path out = dir.resolve("out");
        assertRefused(
                smallDemo(out, "--manual", manual.toString()),
                secret,
                "evidence-pack.zip!/manual/" + file + ": holds what looks like " + kind);
        assertThat(out).doesNotExist();
    }

    @Test
    void aSecretInTheOrganisationNameRefusesThePack() {
        Path out = dir.resolve("out");
        assertRefused(
                smallDemo(out, "--organisation", "Acme " + FakeSecrets.SESSION_TOKEN),
                FakeSecrets.SESSION_TOKEN,
                "holds what looks like an AWS session token");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSecretInTheTemplateWordingRefusesThePack() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        String template = Files.readString(ROOT.resolve("templates/report.ftl"));
        assertThat(template).contains("<body>");
        Files.writeString(
                templates.resolve("report.ftl"),
                template.replace(
                        "<body>",
                        "<body>\n<p>Our deploy user: aws_secret_access_key = " + FakeSecrets.SECRET_KEY + "</p>"));
        Path out = dir.resolve("out");
        assertRefused(
                smallDemo(out, "--templates", templates.toString()),
                FakeSecrets.SECRET_KEY,
                "evidence-pack.zip!/evidence-pack.pdf: holds what looks like an AWS secret access key");
        assertThat(out).doesNotExist();
    }

    @Test
    void scanPassesACleanSignedPackAndNamesTheEntryOfADoctoredOne() throws IOException {
        Path pack = DemoPacks.signed().dir();
        Path zip = pack.resolve("evidence-pack.zip");
        assertThat(Zips.names(zip)).contains("signer.pem", "SHA256SUMS.p7s");

        Cli clean = Cli.run("scan", zip.toString());
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.out()).isEqualTo("OK: no secrets found in " + zip + "\n");
        assertThat(Cli.run("scan", pack.toString()).exit())
                .as("the pack's folder, with the locker beside the zip")
                .isZero();

        String planted = "evidence/raw/123456789012/global/notes.json";
        Path doctored = Zips.rewrite(
                zip,
                dir.resolve("doctored.zip"),
                (name, bytes) -> bytes,
                Map.of(
                        planted,
                        ("{ \"SecretAccessKey\" : \"" + FakeSecrets.SECRET_KEY + "\" }")
                                .getBytes(StandardCharsets.UTF_8)));
        Cli found = Cli.run("scan", doctored.toString());
        assertThat(found.exit()).isEqualTo(3);
        assertThat(found.errLines())
                .containsExactly(
                        "doctored.zip!/" + planted + ": holds what looks like an AWS secret access key",
                        "FAILED: 1 secret(s) found in " + doctored);
        assertThat(found.out() + found.err()).doesNotContain(FakeSecrets.SECRET_KEY);

        Path canaries = dir.resolve("canaries.txt");
        Files.writeString(canaries, "\nNorthwind Analytics\n");
        Cli canary = Cli.run("scan", zip.toString(), "--canaries", canaries.toString());
        assertThat(canary.exit()).isEqualTo(3);
        assertThat(canary.errLines())
                .contains("evidence-pack.zip!/README.txt: holds what looks like a known secret value (canary)");
    }

    @Test
    void scanFailsClosedOnATruncatedZipAndOnAnEncryptedEntry() throws IOException {
        String leak = "DB_PASSWORD=" + FakeSecrets.PASSWORD + "\n";
        Path whole = dir.resolve("whole.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(whole))) {
            out.putNextEntry(new java.util.zip.ZipEntry("README.txt"));
            out.write("filler ".repeat(5000).getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("db.env"));
            out.write(leak.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length - 30));
        Cli cut = Cli.run("scan", truncated.toString());
        assertThat(cut.exit()).isEqualTo(3);
        assertThat(cut.errLines())
                .containsExactly(
                        "truncated.zip: cannot be scanned (is not a complete zip: no end of "
                                + "central directory (truncated?)), so it may hold a secret",
                        "FAILED: 0 secret(s) found and 1 file(s) that could not be scanned in " + truncated);

        dev.auditpack.zip.ZipBytes zip = new dev.auditpack.zip.ZipBytes();
        zip.list(zip.local("README.txt", "clean", 0)).list(zip.local("db.env", leak, 1));
        Path encrypted = zip.write(dir.resolve("encrypted.zip"));
        Cli enc = Cli.run("scan", encrypted.toString());
        assertThat(enc.exit()).isEqualTo(3);
        assertThat(enc.errLines())
                .first()
                .isEqualTo("encrypted.zip!/db.env: cannot be scanned (is encrypted, so its "
                        + "content cannot be read), so it may hold a secret");
        assertThat(enc.out() + enc.err()).doesNotContain(FakeSecrets.PASSWORD);
    }

    @Test
    void scanOfNothingIsBadInput() {
        Cli cli = Cli.run("scan", dir.resolve("missing.zip").toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.errLines())
                .containsExactly("auditpack: " + dir.resolve("missing.zip")
                        + ": does not exist (expected a pack zip or a directory)");
    }
}
