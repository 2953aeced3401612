package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signed pack zip as an auditor meets it, checked with the standard tools its README names
 * ({@code sha256sum}, {@code openssl}, {@code pdfsig}) and with {@code auditpack verify}.
 */
class EvidencePackZipTest {

    /** The OSCAL documents of a pack of the two shipped frameworks: results, plan and two catalogs. */
    static final int OSCAL_FILES = 4;

    private static Path pack;
    private static Path zip;
    private static String signerFingerprint;

    @TempDir
    Path dir;

    @BeforeAll
    static void signedDemo() {
        DemoPacks.Built demo = DemoPacks.signed();
        assertThat(demo.cli().out()).contains("evidence-pack.zip", "ticket-summary.md");
        pack = demo.dir();
        signerFingerprint = DemoPacks.signerFingerprint();
        zip = pack.resolve("evidence-pack.zip");
    }

    @Test
    void theZipHoldsEveryFileSortedWithOneTimeAndTheLockerUnchanged() throws IOException {
        Path locker = DemoLocker.extractTo(dir.resolve("locker"));
        List<String> evidence = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(locker)) {
            walk.filter(Files::isRegularFile).forEach(p -> evidence.add("evidence/" + locker.relativize(p)));
        }
        List<String> expected = new ArrayList<>(evidence);
        expected.addAll(demoManualFiles().keySet());
        expected.addAll(List.of(
                "README.txt",
                "SHA256SUMS",
                "SHA256SUMS.p7s",
                "signer.pem",
                "evidence-pack.pdf",
                "evidence-pack.xlsx",
                "results.json",
                "assessment-results.oscal.json",
                "assessment-plan.oscal.json",
                "catalog-iso27001-2022.oscal.json",
                "catalog-soc2-2017.oscal.json",
                "signing.json"));
        List<String> names = Zips.names(zip);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected).isSorted();
        for (String name : evidence) {
            assertThat(Zips.read(zip, name))
                    .as(name)
                    .isEqualTo(Files.readAllBytes(locker.resolve(name.substring("evidence/".length()))));
        }
        for (var manual : demoManualFiles().entrySet()) {
            assertThat(Zips.read(zip, manual.getKey()))
                    .as(manual.getKey())
                    .isEqualTo(Files.readAllBytes(manual.getValue()));
        }
        for (String name :
                List.of("evidence-pack.pdf", "evidence-pack.xlsx", "results.json", "assessment-results.oscal.json")) {
            assertThat(Zips.read(zip, name)).as(name).isEqualTo(Files.readAllBytes(pack.resolve(name)));
        }
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getTimeLocal()).distinct()).hasSize(1);
        }

        String sums = new String(Zips.read(zip, "SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums.lines()).allMatch(l -> l.matches("[0-9a-f]{64}  [^ ].*"));
        assertThat(sums.lines().map(l -> l.substring(66)).toList())
                .as("sorted by path, every file but the sums and signature")
                .isSorted()
                .containsExactlyElementsOf(
                        names.stream().filter(n -> !n.startsWith("SHA256SUMS")).toList());
        assertThat(sums).endsWith("\n");
    }

    @Test
    void sha256sumAcceptsTheUnpackedPack() {
        Path unpacked = Zips.extract(zip, dir);
        ExternalTool check = ExternalTool.run(unpacked, "sha256sum", "-c", "SHA256SUMS");
        assertThat(check.exit()).as(check.output()).isZero();
        assertThat(check.output())
                .contains("evidence-pack.pdf: OK", "evidence/index.json: OK")
                .doesNotContain("FAILED");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evidence-pack.pdf",
                "evidence/raw/123456789012/global/iam.password_policy.json",
                "results.json",
                "README.txt"
            })
    void oneChangedByteIsNamedBySha256sumAndByVerify(String name) throws IOException {
        Path unpacked = Zips.extract(zip, dir.resolve("unpacked"));
        Files.write(unpacked.resolve(name), Zips.flipOneByte(Files.readAllBytes(unpacked.resolve(name))));
        ExternalTool check = ExternalTool.run(unpacked, "sha256sum", "-c", "SHA256SUMS");
        assertThat(check.exit()).isNotZero();
        assertThat(check.output()).contains(name + ": FAILED");

        Path doctored = Zips.rewrite(zip, dir.resolve("doctored.zip"), name, Zips::flipOneByte);
        Cli verify = Cli.run("verify", doctored.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(3);
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l).startsWith("CHANGED " + name + " (expected sha256"));
    }

    @Test
    void opensslVerifiesTheSignatureOverSha256sumsUntilItChanges() throws IOException {
        Path unpacked = Zips.extract(zip, dir);
        String readme = Files.readString(unpacked.resolve("README.txt"));
        assertThat(readme)
                .contains(
                        AuditorReadme.OPENSSL_VERIFY,
                        "pdfsig evidence-pack.pdf",
                        "sha256sum -c SHA256SUMS",
                        "Signature is Valid.",
                        "Total document signed",
                        signerFingerprint);
        String[] command = AuditorReadme.OPENSSL_VERIFY.split(" ");
        ExternalTool good = ExternalTool.run(unpacked, command);
        assertThat(good.exit()).as(good.output()).isZero();
        assertThat(good.output()).contains("CMS Verification successful");

        Path sums = unpacked.resolve("SHA256SUMS");
        Files.writeString(sums, Files.readString(sums) + "0".repeat(64) + "  extra.txt\n");
        ExternalTool bad = ExternalTool.run(unpacked, command);
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.output()).contains("Verification failure");
    }

    @Test
    void pdfsigSaysTheSignatureIsValidUntilASignedByteChanges() throws IOException {
        Path unpacked = Zips.extract(zip, dir);
        ExternalTool good = ExternalTool.run(unpacked, "pdfsig", "evidence-pack.pdf");
        assertThat(good.output()).contains("Signature is Valid.", "ETSI.CAdES.detached", "Total document signed");

        Path pdf = unpacked.resolve("evidence-pack.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        int[] range;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        bytes[range[1] / 2] ^= 0x01;
        Files.write(pdf, bytes);
        // pdfsig exits 0 whether or not the signature matches; only its text tells.
        ExternalTool bad = ExternalTool.run(unpacked, "pdfsig", "evidence-pack.pdf");
        assertThat(bad.output()).doesNotContain("Signature is Valid.");
        assertThat(bad.output())
                .as("pdfsig read the signature and found the document changed")
                .contains("Signature #1", "Signature Validation: Digest Mismatch.");
    }

    @Test
    void verifyPassesAnUntouchedPackAndNamesTheSigner() {
        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.err()).isEmpty();
        String signer = TestKeys.SUBJECT + " (certificate SHA-256 fingerprint " + signerFingerprint + ")";
        assertThat(verify.out())
                .contains(
                        "OK: " + (demoEvidenceFiles() + demoManualFiles().size() + 6 + OSCAL_FILES)
                                + " files match SHA256SUMS",
                        "SHA256SUMS: signature valid, signed by " + signer
                                + "; certificate not checked against a trust store",
                        "evidence-pack.pdf: signature covers the whole file and is valid, signed by " + signer,
                        "SHA256SUMS and evidence-pack.pdf are signed by one certificate, SHA-256 fingerprint "
                                + signerFingerprint + ", as evidence-pack.pdf!/signing.json records",
                        "evidence-pack.pdf: results.json, evidence/index.json, signing.json inside it match the zip's",
                        "evidence/: " + (demoEvidenceFiles() - 1) + " evidence files match evidence/index.json");
        assertThat(new String(Zips.read(zip, "signing.json"), StandardCharsets.UTF_8))
                .contains("\"signed\" : true", "\"certificateSha256\" : \"" + signerFingerprint + "\"");
    }

    @Test
    void verifyNamesMissingAndUnexpectedFilesAndABrokenSignature() {
        Path doctored = Zips.rewrite(
                zip,
                dir.resolve("doctored.zip"),
                (name, bytes) -> name.equals("results.json")
                        ? null
                        : name.equals("SHA256SUMS")
                                ? (new String(bytes, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)
                                : bytes,
                Map.of(
                        "notes.txt",
                        "hello".getBytes(StandardCharsets.UTF_8),
                        "evidence/raw/123456789012/global/extra.json",
                        "{}".getBytes(StandardCharsets.UTF_8)));
        Cli verify = Cli.run("verify", doctored.toString());
        assertThat(verify.exit()).isEqualTo(3);
        assertThat(verify.errLines())
                .contains(
                        "MISSING results.json (listed in SHA256SUMS)",
                        "UNEXPECTED notes.txt (not listed in SHA256SUMS)",
                        "UNEXPECTED evidence/raw/123456789012/global/extra.json (not listed in SHA256SUMS)",
                        "UNEXPECTED evidence/raw/123456789012/global/extra.json (not listed in evidence/index.json)",
                        "MISSING results.json (evidence-pack.pdf carries it, the zip does not)");
        assertThat(verify.errLines())
                .anySatisfy(l -> assertThat(l).startsWith("INVALID SHA256SUMS.p7s (by " + TestKeys.SUBJECT));
        assertThat(verify.errLines()).last().isEqualTo("FAILED: 6 problem(s) in " + doctored);
    }

    @Test
    void theTicketSummaryQuotesTheRealHashesAndTheCounts() throws Exception {
        String ticket = Files.readString(pack.resolve("ticket-summary.md"));
        assertThat(Zips.names(zip)).doesNotContain("ticket-summary.md");
        assertThat(ticket)
                .contains(
                        "| evidence-pack.zip | ",
                        "`" + sha256(zip) + "`",
                        "| evidence-pack.pdf | ",
                        "`" + sha256(pack.resolve("evidence-pack.pdf")) + "`",
                        "(" + String.format(java.util.Locale.ROOT, "%,d", Files.size(zip)) + " bytes)",
                        "| Collection errors | 0 |",
                        "| Signed | by " + TestKeys.SUBJECT,
                        "2026-Q4",
                        "123456789012");

        JsonNode results = PackReaders.results(pack.resolve("results.json"));
        List<String> failing = new ArrayList<>();
        for (JsonNode framework : results.get("frameworks")) {
            Map<String, Integer> counts = new TreeMap<>();
            for (JsonNode control : framework.get("controls")) {
                counts.merge(control.get("status").asText(), 1, Integer::sum);
                if (control.get("status").asText().equals("NOT_SATISFIED")) {
                    failing.add(control.get("id").asText());
                }
            }
            String row = "| " + framework.get("shortName").asText() + " | "
                    + framework.get("controls").size() + " | "
                    + Stream.of(
                                    "SATISFIED",
                                    "NOT_SATISFIED",
                                    "INHERITED",
                                    "NEEDS_MANUAL_EVIDENCE",
                                    "MANUAL_PROVIDED",
                                    "GAP",
                                    "NOT_APPLICABLE")
                            .map(s -> counts.getOrDefault(s, 0) + " |")
                            .reduce((a, b) -> a + " " + b)
                            .orElseThrow();
            assertThat(ticket).contains(row);
        }
        assertThat(failing).isNotEmpty();
        int shown = Math.min(TicketSummary.TOP, failing.size());
        assertThat(ticket).contains("**Top failing controls** (" + shown + " of " + failing.size());
        assertThat(failing)
                .filteredOn(control -> java.util.regex.Pattern.compile(
                                "\\| " + java.util.regex.Pattern.quote(control) + " [^|]+ \\| `[a-z0-9_]+` \\(\\d+\\)")
                        .matcher(ticket)
                        .find())
                .hasSize(shown);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The demo's example manual evidence (documents and metadata) by its name in the pack, each extracted. */
    private static java.util.SortedMap<String, Path> demoManualFiles() {
        try {
            Path examples = dev.auditpack.demo.DemoExamples.extractTo(Files.createTempDirectory("demo-examples-"));
            Path manual = examples.resolve(dev.auditpack.demo.DemoExamples.MANUAL);
            java.util.SortedMap<String, Path> files = new java.util.TreeMap<>();
            try (Stream<Path> walk = Files.walk(manual)) {
                walk.filter(Files::isRegularFile).forEach(p -> files.put("manual/" + manual.relativize(p), p));
            }
            return files;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Files of the bundled demo locker (index.json included), which the pack carries under evidence/. */
    private static int demoEvidenceFiles() {
        try {
            return dev.auditpack.evidence.Locker.open(dev.auditpack.demo.DemoLocker.extractTo(
                                    java.nio.file.Files.createTempDirectory("demo-count-")
                                            .resolve("evidence")))
                            .index()
                            .evidence()
                            .size()
                    + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
