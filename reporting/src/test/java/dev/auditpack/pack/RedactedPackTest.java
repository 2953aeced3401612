package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.report.pdf.EmbeddedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo built with {@code --redact}, read back with PDFBox, POI and a JSON parser: no account id and no
 * private address in what is pasted into tickets, the pseudonyms instead, hashes that still match the files,
 * and the locker inside the zip as it was collected.
 */
class RedactedPackTest {

    /** An account outside the scope, and addresses, that only an exception's reason mentions. */
    private static final String EXTERNAL_ACCOUNT = "210987654321";
    private static final List<String> PRIVATE_ADDRESSES = List.of("10.20.0.0", "192.168.10.5", "fd00:20::");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PRIVATE_IP = Pattern.compile(
            "(?<![0-9.])(?:10\\.[0-9]{1,3}|172\\.(?:1[6-9]|2[0-9]|3[01])|192\\.168)\\.[0-9]{1,3}\\.[0-9]{1,3}"
                    + "|(?i:\\bf[cd][0-9a-f]{2}:)|\\bip-10-");
    private static final Pattern ACCOUNT_IN_EVIDENCE = Pattern.compile(
            "arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12}):|\"(?:[A-Za-z]*Owner[A-Za-z]*|Account|AccountId|Id)\" : \"([0-9]{12})\"");

    @TempDir
    static Path dir;

    private static Path pack;
    private static Path zip;
    private static String pdfText;
    private static List<String> cells;
    private static String ticket;
    private static Set<String> realAccounts;

    @BeforeAll
    static void redactedDemo() throws IOException {
        Path exceptions = dir.resolve("exceptions.yaml");
        Files.writeString(exceptions, """
                exceptions:
                  - id: EX-NET-1
                    check: ec2_security_group_admin_ports_restricted
                    resource: arn:aws:ec2:eu-west-1:123456789012:security-group/*
                    reason: SSH is reachable only from the VPN 10.20.0.0/16, the bastion 192.168.10.5 and fd00:20::/48; \
                copies go to account %s.
                    approver: Dana Whitfield (CISO)
                    approved: 2026-09-15
                    expires: 2027-03-31
                """.formatted(EXTERNAL_ACCOUNT));
        pack = dir.resolve("pack");
        Cli demo = Cli.run("demo", "--out", pack.toString(), "--redact", "--exceptions", exceptions.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        zip = pack.resolve("evidence-pack.zip");
        pdfText = PackReaders.pdfText(pack.resolve("evidence-pack.pdf"));
        cells = PackReaders.workbook(pack.resolve("evidence-pack.xlsx")).values().stream()
                .flatMap(List::stream).flatMap(List::stream).toList();
        ticket = Files.readString(pack.resolve("ticket-summary.md"));
        realAccounts = accountsIn(Zips.extract(zip, dir.resolve("unpacked")).resolve("evidence"));
        realAccounts.add(EXTERNAL_ACCOUNT);
    }

    /** Every account id the locker names: its scope, ARNs' account fields, and owner fields. */
    private static Set<String> accountsIn(Path locker) throws IOException {
        Set<String> accounts = new TreeSet<>();
        PackReaders.results(locker.resolve("index.json")).get("scope").get("accounts").forEach(a -> accounts.add(a.asText()));
        try (Stream<Path> files = Files.walk(locker)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = ACCOUNT_IN_EVIDENCE.matcher(Files.readString(f));
                while (m.find()) {
                    accounts.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(accounts).contains("123456789012");
        return accounts;
    }

    /** The text without its SHA-256 hashes and whitespace, so a wrapped line cannot split what is looked for. */
    private static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void assertMasked(String what, String text) {
        String withoutHashes = SHA256.matcher(text).replaceAll("#");
        assertThat(TWELVE_DIGITS.matcher(withoutHashes).results().map(java.util.regex.MatchResult::group).toList()).as(what).isEmpty();
        assertThat(PRIVATE_IP.matcher(text).results().map(java.util.regex.MatchResult::group).toList()).as(what).isEmpty();
        assertThat(joined(text)).as(what).doesNotContain(realAccounts).doesNotContain(PRIVATE_ADDRESSES);
    }

    @Test
    void thePdfHoldsPseudonymsAndNoAccountIdOrPrivateAddress() {
        assertMasked("PDF text", pdfText);
        assertThat(joined(pdfText)).contains("acct-1", "acct-2", "arn:aws:ec2:eu-west-1:acct-1:security-group/",
                "raw/acct-1/global/", "0.0.0.0/0");
        assertThat(joined(pdfText)).containsPattern("private-ip-[0-9]+/16").containsPattern("private-ip-[0-9]+/48")
                .containsPattern("bastionprivate-ip-[0-9]+and");
        assertThat(pdfText).contains("Redacted for tickets", "(redacted)");
        assertThat(joined(pdfText)).contains("keepstheoriginals");
    }

    @Test
    void everyWorkbookCellIsMasked() {
        assertMasked("workbook", String.join("\n", cells));
        assertThat(cells).contains("acct-1").anyMatch(c -> c.contains("0.0.0.0/0"))
                .anyMatch(c -> c.matches(".*private-ip-[0-9]+/16.*")).anyMatch(c -> c.contains("acct-2"))
                .anyMatch(c -> c.startsWith("Yes, for tickets"));
    }

    @Test
    void theTicketSummaryAndResultsAreMaskedToo() throws IOException {
        assertMasked("ticket summary", ticket);
        assertThat(ticket).contains("| AWS accounts | acct-1 |", "| Redacted | yes, for tickets",
                "the evidence locker in the zip keeps the originals");
        String results = Files.readString(pack.resolve("results.json"));
        assertMasked("results.json", results);
        JsonNode run = PackReaders.results(pack.resolve("results.json")).get("run");
        assertThat(run.get("redacted").asBoolean()).isTrue();
        assertThat(run.get("accounts").get(0).asText()).isEqualTo("acct-1");
        String readme = new String(Zips.read(zip, "README.txt"), StandardCharsets.UTF_8);
        assertMasked("README.txt", readme);
        assertThat(readme).contains("REDACTED FOR TICKETS", "evidence/ keeps the originals");
    }

    @Test
    void hashesInThePdfWorkbookAndTicketStillMatchTheFiles() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (String name : Zips.names(zip)) {
            if (name.startsWith("evidence/raw/")) {
                hashes.put(name, sha256(Zips.read(zip, name)));
            }
        }
        assertThat(hashes).isNotEmpty();
        assertThat(hashes.values()).as("some hash has twelve digits in a row, and still reads as it is")
                .anyMatch(h -> TWELVE_DIGITS.matcher(h.replaceAll("[a-f]", " ")).find());
        String pdf = joined(pdfText);
        for (var e : hashes.entrySet()) {
            assertThat(pdf).as(e.getKey()).contains("sha256:" + e.getValue());
            assertThat(cells).as(e.getKey()).contains(e.getValue());
        }
        assertThat(ticket).contains("`" + sha256(Files.readAllBytes(zip)) + "`",
                "`" + sha256(Files.readAllBytes(pack.resolve("evidence-pack.pdf"))) + "`");
    }

    @Test
    void theLockerInTheZipKeepsTheOriginalsAndVerifies() throws IOException {
        Path original = DemoLocker.extractTo(dir.resolve("original"));
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(original)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = "evidence/" + original.relativize(f).toString().replace('\\', '/');
                assertThat(Zips.read(zip, name)).as(name).isEqualTo(Files.readAllBytes(f));
                checked.add(name);
            }
        }
        assertThat(checked).anyMatch(n -> n.contains("/123456789012/"));
        assertThat(new String(Zips.read(zip, "evidence/index.json"), StandardCharsets.UTF_8)).contains("123456789012");

        Cli verify = Cli.run("verify", zip.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
    }

    @Test
    void theRedactedPdfCarriesOnlyTheMaskedResults() throws IOException {
        Map<String, EmbeddedFiles.File> inside = EmbeddedFiles.read(pack.resolve("evidence-pack.pdf"));
        assertThat(inside.keySet()).as("the raw evidence holds real account ids").containsExactly("results.json", "signing.json");
        assertThat(new String(inside.get("signing.json").bytes(), StandardCharsets.UTF_8)).contains("\"signed\" : false");
        EmbeddedFiles.File results = inside.get("results.json");
        assertThat(results.bytes()).isEqualTo(Files.readAllBytes(pack.resolve("results.json")));
        assertThat(new String(results.bytes(), StandardCharsets.UTF_8)).doesNotContain(realAccounts);
        assertThat(results.description()).doesNotContain(realAccounts);
    }

    @Test
    void theRedactedPdfAloneVerifiesWithoutEvidenceInside() {
        Cli verify = Cli.run("verify", pack.resolve("evidence-pack.pdf").toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("evidence-pack.pdf: redacted, so it carries results.json but not the evidence",
                "evidence-pack.pdf is not signed");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
