package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.report.pdf.EmbeddedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo built with {@code --redact}, with manual evidence whose owners are people and e-mail addresses and an
 * exception naming addresses, an outside account and an approver. The ticket-safe {@value RedactedPack#ZIP} is read
 * back entry by entry with PDFBox (page text and every object of the file), POI (every cell and every XML part) and
 * as text, and holds none of the account ids, IP addresses, IAM user names, e-mail addresses and people's names
 * found in the locker and the metadata, and no evidence; the full pack beside it keeps the originals.
 */
class RedactedPackTest {

    /** An account outside the scope, addresses and an e-mail address that only an exception's reason mentions. */
    private static final String EXTERNAL_ACCOUNT = "210987654321";

    private static final List<String> EXCEPTION_ADDRESSES = List.of("10.20.0.0", "192.168.10.5", "fd00:20::");
    private static final List<String> PEOPLE = List.of("Dana Whitfield", "Priya Raman", "Sam Okafor");

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ACCOUNT_IN_EVIDENCE = Pattern.compile(
            "arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:([0-9]{12}):|\"(?:[A-Za-z]*Owner[A-Za-z]*|Account|AccountId|Id)\" : \"([0-9]{12})\"");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9])");
    private static final Pattern USER_NAME = Pattern.compile("\"UserName\" : \"([^\"]+)\"");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @TempDir
    static Path dir;

    private static Path pack;
    private static Path redactedZip;
    private static Map<String, ZipText.Text> redacted;
    private static Set<String> accounts;
    private static Set<String> addresses;
    private static Set<String> users;
    private static Set<String> emails;

    @BeforeAll
    static void redactedDemo() throws IOException {
        Path manual = Files.createDirectories(dir.resolve("manual"));
        Files.writeString(manual.resolve("isms-policy.md"), "# Information security policy\n");
        Files.writeString(manual.resolve("isms-policy.evidence.yaml"), """
                title: Information security policy, approved by the board
                file: isms-policy.md
                controls: [A.5.1]
                owner: Dana Whitfield <dana.whitfield@northwind.example>
                date: 2026-09-01
                expires: 2027-08-31
                """);
        Files.writeString(manual.resolve("training.md"), "# Awareness training completions\n");
        Files.writeString(manual.resolve("training.evidence.yaml"), """
                title: Security awareness training completions
                file: training.md
                controls: [A.6.3]
                owner: Priya Raman (Head of People)
                date: 2026-10-15
                expires: 2027-10-14
                """);
        Files.writeString(manual.resolve("screening.md"), "# Screening\n");
        Files.writeString(manual.resolve("screening.evidence.yaml"), """
                title: Pre-employment screening procedure
                file: screening.md
                controls: [A.6.1]
                owner: people@northwind.example
                date: 2026-01-10
                expires: 2027-06-30
                """);
        Path exceptions = dir.resolve("exceptions.yaml");
        Files.writeString(exceptions, """
                exceptions:
                  - id: EX-NET-1
                    check: ec2_security_group_admin_ports_restricted
                    resource: arn:aws:ec2:eu-west-1:123456789012:security-group/*
                    reason: SSH is reachable only from the VPN 10.20.0.0/16, the bastion 192.168.10.5 and fd00:20::/48; \
                copies go to account %s; questions to soc@northwind.example or j.smith.
                    approver: Dana Whitfield (CISO)
                    approved: 2026-09-15
                    expires: 2027-03-31
                """.formatted(EXTERNAL_ACCOUNT));
        Path owners = dir.resolve("owners.yaml");
        Files.writeString(owners, """
                controls:
                  iso27001-2022:A.5.15: {name: Sam Okafor, role: Head of Platform, email: sam.okafor@northwind.example}
                themes:
                  Organizational: {name: Dana Whitfield, role: CISO}
                """);
        pack = dir.resolve("pack");
        Cli demo = Cli.run(
                "demo",
                "--out",
                pack.toString(),
                "--redact",
                "--manual",
                manual.toString(),
                "--exceptions",
                exceptions.toString(),
                "--owners",
                owners.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        redactedZip = pack.resolve(RedactedPack.ZIP);
        redacted = ZipText.of(redactedZip);

        Path locker =
                Zips.extract(pack.resolve(ReportJob.ZIP), dir.resolve("full")).resolve("evidence");
        accounts = new TreeSet<>(Set.of(EXTERNAL_ACCOUNT));
        addresses = new TreeSet<>(EXCEPTION_ADDRESSES);
        users = new TreeSet<>();
        emails = new TreeSet<>();
        PackReaders.results(locker.resolve("index.json"))
                .get("scope")
                .get("accounts")
                .forEach(a -> accounts.add(a.asText()));
        try (Stream<Path> files = Files.walk(locker)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".json"))
                    .toList()) {
                String text = Files.readString(f);
                ACCOUNT_IN_EVIDENCE
                        .matcher(text)
                        .results()
                        .forEach(m -> accounts.add(m.group(1) != null ? m.group(1) : m.group(2)));
                IPV4.matcher(text)
                        .results()
                        .map(MatchResult::group)
                        .filter(a -> !a.equals("0.0.0.0"))
                        .forEach(addresses::add);
                USER_NAME.matcher(text).results().forEach(m -> users.add(m.group(1)));
                EMAIL.matcher(text).results().map(MatchResult::group).forEach(emails::add);
                if (f.getFileName().toString().equals("iam.credential_report.json")) {
                    String csv = PackReaders.results(f).findPath("Content").asText();
                    csv.lines()
                            .skip(1)
                            .map(l -> l.substring(0, l.indexOf(',')))
                            .filter(u -> !u.startsWith("<"))
                            .forEach(users::add);
                }
            }
        }
        for (Path meta : List.of(
                manual.resolve("isms-policy.evidence.yaml"),
                manual.resolve("training.evidence.yaml"),
                manual.resolve("screening.evidence.yaml"),
                exceptions,
                owners)) {
            EMAIL.matcher(Files.readString(meta))
                    .results()
                    .map(MatchResult::group)
                    .forEach(emails::add);
        }
        assertThat(accounts).contains("123456789012", EXTERNAL_ACCOUNT).hasSizeGreaterThan(1);
        assertThat(addresses).contains("10.82.248.219", "54.214.236.126", "172.31.0.0");
        assertThat(users).contains("ci-deployer", "dev.kumar", "j.smith", "maria.lopez");
        assertThat(emails)
                .contains(
                        "dana.whitfield@northwind.example",
                        "people@northwind.example",
                        "soc@northwind.example",
                        "sam.okafor@northwind.example");
    }

    /** Lower case without whitespace, so neither a wrapped line nor a capital hides what is looked for. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> found(String text, Set<String> values) {
        String s = squeezed(text);
        return values.stream().filter(v -> s.contains(squeezed(v))).toList();
    }

    @Test
    void theRedactedZipHoldsTheDocumentsAndNoEvidence() {
        assertThat(redacted.keySet())
                .containsExactly(
                        "README.txt",
                        "SHA256SUMS",
                        "assessment-plan.oscal.json",
                        "assessment-results.oscal.json",
                        "catalog-iso27001-2022.oscal.json",
                        "catalog-soc2-2017.oscal.json",
                        "evidence-pack.pdf",
                        "evidence-pack.xlsx",
                        "results.json",
                        "signing.json",
                        "ticket-summary.md");
        assertThat(redacted.keySet()).noneMatch(n -> n.startsWith("evidence/") || n.startsWith("manual/"));
        assertThat(EmbeddedFiles.read(
                                Zips.extract(redactedZip, dir.resolve("red")).resolve("evidence-pack.pdf"))
                        .keySet())
                .as("no raw evidence inside the PDF")
                .containsExactly("results.json", "signing.json");
    }

    @Test
    void noAccountAddressUserEmailOrPersonInAnyByteOfTheRedactedZip() {
        assertThat(redacted).isNotEmpty();
        for (var entry : redacted.entrySet()) {
            String all = entry.getValue().all();
            String name = entry.getKey();
            assertThat(found(all, accounts)).as(name + ": account ids").isEmpty();
            assertThat(found(all, addresses)).as(name + ": IP addresses").isEmpty();
            assertThat(found(all, users)).as(name + ": IAM user names").isEmpty();
            assertThat(found(all, emails)).as(name + ": e-mail addresses").isEmpty();
            assertThat(found(all, Set.copyOf(PEOPLE)))
                    .as(name + ": people's names")
                    .isEmpty();
            // Hashes and UUIDs are never masked, whatever digits they hold (docs/pack-format.md).
            String readable = UUID.matcher(
                            SHA256.matcher(entry.getValue().readable()).replaceAll("#"))
                    .replaceAll("#");
            assertThat(TWELVE_DIGITS
                            .matcher(readable)
                            .results()
                            .map(MatchResult::group)
                            .toList())
                    .as(name)
                    .isEmpty();
        }
    }

    @Test
    void everyKindOfValueHasItsPseudonymInTheDocuments() {
        String pdf = squeezed(redacted.get("evidence-pack.pdf").readable());
        String cells = squeezed(redacted.get("evidence-pack.xlsx").readable());
        String json = redacted.get("results.json").readable();
        for (String text : List.of(pdf, cells, squeezed(json))) {
            assertThat(text)
                    .contains(
                            "acct-1",
                            "acct-2",
                            "user-",
                            "person-",
                            "email-",
                            "@redacted.invalid",
                            "private-ip-",
                            "0.0.0.0/0");
        }
        assertThat(cells).contains("public-ip-");
        assertThat(pdf).contains("assumed-role/auditpackreadonly/session-1");
    }

    /** One value, one pseudonym: the same user ARNs, owners and addresses in the PDF, the workbook and results.json. */
    @Test
    void theSameValueHasTheSamePseudonymInEveryFile() {
        Pattern userArn = Pattern.compile("user/user-[0-9]+");
        Pattern person = Pattern.compile("person-[0-9]+");
        Pattern email = Pattern.compile("email-[0-9]+@redacted\\.invalid");
        String pdf = redacted.get("evidence-pack.pdf").readable().replaceAll("\\s+", "");
        String cells = redacted.get("evidence-pack.xlsx").readable();
        String json = redacted.get("results.json").readable();
        for (Pattern p : List.of(userArn, person, email)) {
            Set<String> inJson = all(p, json);
            assertThat(inJson).as(p.pattern()).isNotEmpty();
            assertThat(all(p, cells)).as(p.pattern()).isEqualTo(inJson);
            assertThat(all(p, pdf)).as(p.pattern()).isSubsetOf(inJson).isNotEmpty();
        }
        JsonNode run = PackReaders.results(dir.resolve("red/results.json")).get("run");
        assertThat(run.get("redacted").asBoolean()).isTrue();
        assertThat(run.get("accounts").get(0).asText()).isEqualTo("acct-1");
    }

    @Test
    void theTicketSummaryNamesTheRedactedZipAndKeepsTheFullOneForAuditors() throws IOException {
        String ticket = Files.readString(pack.resolve("ticket-summary.md"));
        assertThat(found(ticket, accounts)).isEmpty();
        assertThat(found(ticket, users)).isEmpty();
        assertThat(found(ticket, emails)).isEmpty();
        assertThat(ticket)
                .contains(
                        "| " + RedactedPack.ZIP + " | ",
                        "`" + sha256(Files.readAllBytes(redactedZip)) + "`",
                        "| Full pack | evidence-pack.zip, with the raw evidence locker: **for auditors only**",
                        "| AWS accounts | acct-1 |");
        assertThat(ticket).doesNotContain(sha256(Files.readAllBytes(pack.resolve(ReportJob.ZIP))));
        assertThat(redacted.get("ticket-summary.md").readable())
                .contains("for auditors only", "`" + sha256(Zips.read(redactedZip, "evidence-pack.pdf")) + "`");
        String readme = redacted.get("README.txt").readable();
        assertThat(readme)
                .contains("REDACTED FOR TICKETS", "(evidence-pack.zip)", "user-N", "ticket-summary.md")
                .doesNotContain("evidence/raw");
        assertThat(squeezed(readme))
                .contains(squeezed("Only results.json and signing.json are attached inside it"))
                .doesNotContain(squeezed("evidence files, evidence/index.json and results.json are attached"));
    }

    @Test
    void theFullPackIsUnredactedAndMarkedForAuditorsOnly() throws IOException {
        Path full = pack.resolve(ReportJob.ZIP);
        String readme = new String(Zips.read(full, "README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("FOR AUDITORS ONLY", RedactedPack.ZIP).doesNotContain("REDACTED FOR TICKETS");
        assertThat(Zips.names(full)).anyMatch(n -> n.startsWith("evidence/raw/123456789012/"));
        assertThat(PackReaders.results(pack.resolve("results.json"))
                        .get("run")
                        .get("redacted")
                        .asBoolean())
                .isFalse();
        assertThat(PackReaders.pdfText(pack.resolve("evidence-pack.pdf"))).contains("123456789012", "j.smith");
        assertThat(EmbeddedFiles.read(pack.resolve("evidence-pack.pdf")).keySet())
                .contains("evidence/index.json");
    }

    /** Hashes are never masked: every evidence file's SHA-256 in the redacted PDF and workbook still matches the file. */
    @Test
    void hashesInTheRedactedDocumentsStillMatchTheEvidenceFiles() {
        Path full = pack.resolve(ReportJob.ZIP);
        String pdf = squeezed(redacted.get("evidence-pack.pdf").readable());
        String cells = redacted.get("evidence-pack.xlsx").readable();
        String oscal = redacted.get("assessment-results.oscal.json").readable();
        List<String> files = Zips.names(full).stream()
                .filter(n -> n.startsWith("evidence/raw/"))
                .toList();
        assertThat(files).isNotEmpty();
        for (String name : files) {
            String hash = sha256(Zips.read(full, name));
            assertThat(pdf).as(name).contains("sha256:" + hash);
            assertThat(cells).as(name).contains(hash);
            assertThat(oscal).as(name).contains("\"value\" : \"" + hash + "\"");
        }
    }

    /** The same reading of the full pack's PDF finds what the redacted one must not hold: the scan is not blind. */
    @Test
    void theSameScanFindsEveryKindInTheFullPack() {
        Map<String, ZipText.Text> full = ZipText.of(pack.resolve(ReportJob.ZIP));
        String pdf = full.get("evidence-pack.pdf").all();
        assertThat(found(pdf, accounts)).containsAll(accounts);
        assertThat(found(pdf, users)).containsAll(users);
        assertThat(found(pdf, Set.copyOf(PEOPLE))).containsAll(PEOPLE);
        assertThat(found(pdf, emails)).isNotEmpty();
        assertThat(found(pdf, addresses)).isNotEmpty();
    }

    private static Set<String> all(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
