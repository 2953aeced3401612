package dev.auditpack.cli;

import static dev.auditpack.cli.AttachFixtures.assertEveryTextNodeIsNonEmpty;
import static dev.auditpack.cli.AttachFixtures.copyOf;
import static dev.auditpack.cli.AttachFixtures.jiraAnswers;
import static dev.auditpack.cli.AttachFixtures.run;
import static dev.auditpack.cli.AttachFixtures.serviceNowAnswers;
import static dev.auditpack.cli.AttachFixtures.texts;
import static dev.auditpack.cli.AttachFixtures.textsMarked;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.evidence.Digests;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.ticket.TicketStub;
import dev.auditpack.ticket.TicketStub.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code auditpack attach} against Jira and ServiceNow stubs on 127.0.0.1 that check the protocol: methods, paths,
 * queries, authentication, the multipart part and its bytes, the ADF comment and ServiceNow's JSON.
 */
class AttachCliTest {

    static final String ISSUE = "AUD-42";
    static final String SYS_ID = AttachFixtures.SYS_ID;
    static final Map<String, String> JIRA_ENV =
            Map.of("AUDITPACK_JIRA_EMAIL", "auditor@example.com", "AUDITPACK_JIRA_TOKEN", "tok-123");
    static final Map<String, String> SN_ENV =
            Map.of("AUDITPACK_SERVICENOW_USER", "svc.audit", "AUDITPACK_SERVICENOW_PASSWORD", "pw-456");

    @TempDir
    static Path packs;

    static Path plain;
    static Path redacted;

    TicketStub stub;

    @BeforeAll
    static void buildPacks() {
        Path frameworks = DemoPacks.smallFrameworks(packs.resolve("frameworks"));
        plain = packs.resolve("plain");
        redacted = packs.resolve("redacted");
        for (Path out : List.of(plain, redacted)) {
            List<String> args = new ArrayList<>(
                    List.of("demo", "--no-examples", "--frameworks", frameworks.toString(), "--out", out.toString()));
            if (out == redacted) {
                args.add("--redact");
            }
            Cli demo = Cli.run(args.toArray(String[]::new));
            assertThat(demo.exit()).as(demo.err()).isZero();
        }
    }

    @BeforeEach
    void start() {
        stub = new TicketStub();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void jiraGetsTheZipThenThePdfThenTheSummaryAsAdf() throws IOException {
        AtomicInteger ids = new AtomicInteger(10000);
        stub.answer(jiraAnswers(ids, Map.of()));

        Cli cli = jira(plain, JIRA_ENV);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(stub.calls())
                .containsExactly(
                        "GET /rest/api/3/issue/AUD-42",
                        "POST /rest/api/3/issue/AUD-42/attachments",
                        "POST /rest/api/3/issue/AUD-42/attachments",
                        "POST /rest/api/3/issue/AUD-42/comment");
        String basic = "Basic "
                + Base64.getEncoder().encodeToString("auditor@example.com:tok-123".getBytes(StandardCharsets.UTF_8));
        stub.requests().forEach(r -> assertThat(r.header("Authorization")).isEqualTo(basic));
        assertThat(stub.requests().get(0).query()).containsEntry("fields", "summary");

        List<String> names = List.of("evidence-pack.zip", "evidence-pack.pdf");
        List<String> types = List.of("application/zip", "application/pdf");
        for (int i = 0; i < 2; i++) {
            TicketStub.Request upload = stub.requests().get(1 + i);
            assertThat(upload.header("X-Atlassian-Token")).isEqualTo("no-check");
            assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
            TicketStub.Part part = upload.onlyPart();
            assertThat(part.headers())
                    .containsEntry("Content-Disposition", "form-data; name=\"file\"; filename=\"" + names.get(i) + "\"")
                    .containsEntry("Content-Type", types.get(i));
            String sha = Digests.sha256(plain.resolve(names.get(i)));
            assertThat(Digests.sha256(part.bytes())).isEqualTo(sha);
            assertThat(cli.out())
                    .contains("attached " + names.get(i) + " to AUD-42: ")
                    .contains("sha256 " + sha + ", id " + (10001 + i));
        }

        TicketStub.Request comment = stub.requests().get(3);
        assertThat(comment.header("Content-Type")).isEqualTo("application/json");
        JsonNode doc = new ObjectMapper().readTree(comment.body()).get("body");
        assertThat(doc.get("type").asText()).isEqualTo("doc");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        List<String> blocks = new ArrayList<>();
        doc.get("content").forEach(b -> blocks.add(b.get("type").asText()));
        assertThat(blocks.get(0)).isEqualTo("heading");
        assertThat(doc.get("content").get(0).get("attrs").get("level").asInt()).isEqualTo(3);
        assertThat(blocks).contains("table", "paragraph", "bulletList");
        JsonNode firstTable = doc.get("content").get(1);
        assertThat(firstTable.get("type").asText()).isEqualTo("table");
        assertThat(firstTable.at("/content/0/content/0/type").asText()).isEqualTo("tableHeader");
        assertThat(firstTable.at("/content/1/content/0/type").asText()).isEqualTo("tableCell");
        assertThat(firstTable.at("/content/1/content/0/content/0/type").asText())
                .isEqualTo("paragraph");
        assertThat(firstTable
                        .at("/content/1/content/0/content/0/content/0/text")
                        .asText())
                .isEqualTo("Organisation");
        // No Markdown survives as text: headings, bold, code and table syntax are structure and marks.
        String zipSha = Digests.sha256(plain.resolve("evidence-pack.zip"));
        assertThat(texts(doc)).noneMatch(t -> t.contains("**") || t.contains("`") || t.startsWith("|"));
        assertThat(textsMarked(doc, "code")).contains(zipSha);
        assertThat(textsMarked(doc, "strong")).contains("Controls by status");
        assertEveryTextNodeIsNonEmpty(doc);
        assertThat(cli.out())
                .contains("posted ticket-summary.md on AUD-42 as comment 7")
                .contains("OK: 2 files");
    }

    @Test
    void aRedactedPackGivesServiceNowTheRedactedZipAndPdfAndAWorkNote() throws IOException {
        AtomicInteger ids = new AtomicInteger();
        stub.answer(serviceNowAnswers(ids, Map.of()));

        Cli cli = serviceNow(redacted, SN_ENV);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(stub.calls())
                .containsExactly(
                        "GET /api/now/table/incident/" + SYS_ID,
                        "POST /api/now/attachment/file",
                        "POST /api/now/attachment/file",
                        "PATCH /api/now/table/incident/" + SYS_ID);
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("svc.audit:pw-456".getBytes(StandardCharsets.UTF_8));
        stub.requests().forEach(r -> assertThat(r.header("Authorization")).isEqualTo(basic));
        byte[] redactedPdf;
        try (ZipFile zip = new ZipFile(
                        redacted.resolve("evidence-pack-redacted.zip").toFile());
                InputStream in = zip.getInputStream(zip.getEntry("evidence-pack.pdf"))) {
            redactedPdf = in.readAllBytes();
        }
        assertThat(Digests.sha256(redactedPdf)).isNotEqualTo(Digests.sha256(redacted.resolve("evidence-pack.pdf")));

        TicketStub.Request zip = stub.requests().get(1);
        assertThat(zip.query())
                .containsExactly(
                        Map.entry("table_name", "incident"),
                        Map.entry("table_sys_id", SYS_ID),
                        Map.entry("file_name", "evidence-pack-redacted.zip"));
        assertThat(zip.header("Content-Type")).isEqualTo("application/zip");
        assertThat(Digests.sha256(zip.body()))
                .isEqualTo(Digests.sha256(redacted.resolve("evidence-pack-redacted.zip")));
        TicketStub.Request pdf = stub.requests().get(2);
        assertThat(pdf.query()).containsEntry("file_name", "evidence-pack-redacted.pdf");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(Digests.sha256(pdf.body())).isEqualTo(Digests.sha256(redactedPdf));

        TicketStub.Request note = stub.requests().get(3);
        assertThat(note.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = new ObjectMapper().readTree(note.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("work_notes").asText())
                .startsWith(
                        Files.readString(redacted.resolve("ticket-summary.md")).stripTrailing())
                .contains("- `evidence-pack-redacted.pdf`: ")
                .contains(Digests.sha256(redactedPdf));
        assertThat(cli.out()).contains("id sn-att-1").contains("id sn-att-2").contains("as work note");
    }

    @Test
    void a429IsWaitedOutForAsLongAsRetryAfterSays() {
        AtomicInteger ids = new AtomicInteger(10000);
        AtomicInteger uploads = new AtomicInteger();
        var normal = jiraAnswers(ids, Map.of());
        stub.answer(r -> r.path().endsWith("/attachments") && uploads.incrementAndGet() == 1
                ? new Reply(429, "{\"errorMessages\":[\"rate limited\"]}", Map.of("Retry-After", "1"))
                : normal.apply(r));

        long start = System.nanoTime();
        Cli cli = jira(plain, JIRA_ENV);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(millis).isGreaterThanOrEqualTo(1000);
        assertThat(stub.calls()).filteredOn(c -> c.endsWith("/attachments")).hasSize(3);
        assertThat(cli.out()).contains("id 10001").contains("id 10002");
    }

    @Test
    void a503IsTriedAgainAfterAPause() {
        AtomicInteger ids = new AtomicInteger();
        AtomicInteger notes = new AtomicInteger();
        var normal = serviceNowAnswers(ids, Map.of());
        stub.answer(
                r -> r.method().equals("PATCH") && notes.incrementAndGet() == 1 ? Reply.of(503, "") : normal.apply(r));

        Cli cli = serviceNow(redacted, SN_ENV);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(stub.calls()).filteredOn(c -> c.startsWith("PATCH")).hasSize(2);
    }

    @Test
    void refusalsAreOneLineEach() {
        Map<Integer, String> jiraLines = Map.of(
                401,
                        "auditpack: Jira refused the token for auditor@example.com (401); check AUDITPACK_JIRA_EMAIL "
                                + "and AUDITPACK_JIRA_TOKEN",
                404,
                        "auditpack: issue AUD-42 not found on " + stub.url() + " (404), or auditor@example.com may not "
                                + "see it");
        jiraLines.forEach((status, line) -> {
            stub.answer(r -> Reply.of(status, "{}"));
            Cli cli = jira(plain, JIRA_ENV);
            assertThat(cli.exit()).isEqualTo(ExitCodes.TICKET);
            assertThat(cli.errLines()).containsExactly(line);
        });
        assertThat(stub.calls()).containsOnly("GET /rest/api/3/issue/AUD-42");

        AtomicInteger ids = new AtomicInteger(10000);
        stub.answer(jiraAnswers(ids, Map.of("evidence-pack.zip", 403)));
        Cli forbidden = jira(plain, JIRA_ENV);
        assertThat(forbidden.errLines())
                .containsExactly("auditpack: evidence-pack.zip did not arrive on AUD-42: auditor@example.com may not "
                        + "attach files to issue AUD-42 (403); nothing was attached, and no comment posted");

        stub.answer(jiraAnswers(ids, Map.of("evidence-pack.zip", 413)));
        Cli large = jira(plain, JIRA_ENV);
        assertThat(large.exit()).isEqualTo(ExitCodes.TICKET);
        assertThat(large.errLines())
                .singleElement()
                .asString()
                .startsWith("auditpack: evidence-pack.zip did not arrive on AUD-42: evidence-pack.zip (")
                .contains(" bytes) is larger than Jira accepts (413); nothing was attached");

        stub.answer(r -> Reply.of(401, "{\"error\":{\"message\":\"User Not Authenticated\"}}"));
        Cli sn = serviceNow(redacted, SN_ENV);
        assertThat(sn.exit()).isEqualTo(ExitCodes.TICKET);
        assertThat(sn.errLines())
                .containsExactly("auditpack: ServiceNow refused the password for svc.audit (401); check "
                        + "AUDITPACK_SERVICENOW_USER and AUDITPACK_SERVICENOW_PASSWORD");
    }

    @Test
    void whenThePdfFailsTheZipIsRemovedFromJiraAndNoCommentIsPosted() {
        AtomicInteger ids = new AtomicInteger(10000);
        stub.answer(jiraAnswers(ids, Map.of("evidence-pack.pdf", 413)));

        Cli cli = jira(plain, JIRA_ENV);

        assertThat(cli.exit()).isEqualTo(ExitCodes.TICKET);
        assertThat(stub.calls())
                .containsExactly(
                        "GET /rest/api/3/issue/AUD-42",
                        "POST /rest/api/3/issue/AUD-42/attachments",
                        "POST /rest/api/3/issue/AUD-42/attachments",
                        "DELETE /rest/api/3/attachment/10001");
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("auditpack: evidence-pack.pdf did not arrive on AUD-42: evidence-pack.pdf (")
                .endsWith("is larger than Jira accepts (413); removed evidence-pack.zip (attachment 10001) again, "
                        + "so AUD-42 holds none of the pack's files; no comment posted");
        assertThat(cli.out()).contains("attached evidence-pack.zip").doesNotContain("OK:");
    }

    @Test
    void whenThePdfArrivesShortBothAreRemovedFromServiceNow() {
        AtomicInteger ids = new AtomicInteger();
        var normal = serviceNowAnswers(ids, Map.of());
        stub.answer(r -> "evidence-pack-redacted.pdf".equals(r.query().get("file_name"))
                ? Reply.of(201, "{\"result\":{\"sys_id\":\"sn-att-short\",\"size_bytes\":\"12\"}}")
                : normal.apply(r));

        Cli cli = serviceNow(redacted, SN_ENV);

        assertThat(cli.exit()).isEqualTo(ExitCodes.TICKET);
        assertThat(stub.calls())
                .endsWith("DELETE /api/now/attachment/sn-att-short", "DELETE /api/now/attachment/sn-att-1")
                .noneMatch(c -> c.startsWith("PATCH"));
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .contains("evidence-pack-redacted.pdf did not arrive on incident " + SYS_ID)
                .contains("with 12 bytes, not ")
                .contains("removed evidence-pack-redacted.pdf (attachment sn-att-short) and "
                        + "evidence-pack-redacted.zip (attachment sn-att-1) again");
    }

    @Test
    void badFlagsAndMissingCredentialsSendNothing() {
        stub.answer(r -> Reply.of(200, "{}"));
        String url = stub.url();
        assertThat(run(
                        JIRA_ENV,
                        "attach",
                        plain.toString(),
                        "--jira",
                        "http://example.atlassian.net",
                        "--issue",
                        ISSUE))
                .satisfies(c -> assertOneLine(
                        c,
                        "auditpack: --jira: must be an https:// URL (http:// only to "
                                + "localhost or 127.0.0.1, for a test server); credentials are never sent in clear"));
        assertThat(run(JIRA_ENV, "attach", plain.toString(), "--jira", url, "--issue", "aud-42"))
                .satisfies(c -> assertOneLine(c, "auditpack: --issue: must be an issue key like ABC-123"));
        assertThat(run(JIRA_ENV, "attach", plain.toString(), "--jira", url + "/jira", "--issue", ISSUE))
                .satisfies(c -> assertThat(c.err()).contains("must be the site's address alone"));
        assertThat(run(
                        SN_ENV,
                        "attach",
                        plain.toString(),
                        "--servicenow",
                        url,
                        "--table",
                        "incident",
                        "--sys-id",
                        "12345"))
                .satisfies(c -> assertOneLine(c, "auditpack: --sys-id: must be a sys_id of 32 hex digits"));
        Map<String, String> noToken = Map.of("AUDITPACK_JIRA_EMAIL", "auditor@example.com");
        assertThat(jira(plain, noToken))
                .satisfies(c -> assertOneLine(c, "auditpack: AUDITPACK_JIRA_TOKEN: environment variable is not set"));
        assertThat(serviceNow(plain, Map.of()))
                .satisfies(
                        c -> assertOneLine(c, "auditpack: AUDITPACK_SERVICENOW_USER: environment variable is not set"));
        assertThat(stub.requests()).isEmpty();
        assertThat(run(Map.of(), "attach", "--help").out())
                .contains("AUDITPACK_JIRA_EMAIL", "AUDITPACK_JIRA_TOKEN", "AUDITPACK_SERVICENOW_USER")
                .contains("AUDITPACK_SERVICENOW_PASSWORD");
    }

    @Test
    void aPackThatFailsVerificationIsNeverAttached(@TempDir Path dir) throws IOException {
        Path copy = copyOf(plain, dir.resolve("pack"), "evidence-pack.zip", "evidence-pack.pdf", "ticket-summary.md");
        Files.write(copy.resolve("evidence-pack.pdf"), new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
        stub.answer(r -> Reply.of(200, "{}"));

        Cli cli = jira(copy, JIRA_ENV);

        assertThat(cli.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(cli.errLines().get(0)).startsWith("CHANGED " + copy.resolve("evidence-pack.pdf") + " (sha256 ");
        assertThat(cli.errLines().get(1))
                .isEqualTo("FAILED: " + copy + " does not verify (1 problem(s)); nothing was " + "attached to AUD-42");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void aSummaryOfAnotherPackIsNotPosted(@TempDir Path dir) throws IOException {
        Path copy = copyOf(plain, dir.resolve("pack"), "evidence-pack.zip", "evidence-pack.pdf");
        String sha = Digests.sha256(plain.resolve("evidence-pack.zip"));
        Files.writeString(
                copy.resolve("ticket-summary.md"),
                Files.readString(plain.resolve("ticket-summary.md")).replace(sha, "0".repeat(64)));
        stub.answer(r -> Reply.of(200, "{}"));

        Cli cli = jira(copy, JIRA_ENV);

        assertThat(cli.exit()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(cli.errLines().get(0))
                .isEqualTo("MISMATCH " + copy.resolve("ticket-summary.md") + " (it does not quote the SHA-256 of "
                        + "evidence-pack.zip, " + sha + ": it was written for another pack)");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void aReviewedPackIsAttachedWithTheHashOfTheZipAsItIsNow(@TempDir Path dir) throws IOException {
        Path copy = copyOf(plain, dir.resolve("pack"), "evidence-pack.zip", "evidence-pack.pdf", "ticket-summary.md");
        Cli review = Cli.run(
                "review",
                copy.resolve("evidence-pack.zip").toString(),
                "--reviewer",
                "Sam Lee <sam@example.com>",
                "--decision",
                "approved");
        assertThat(review.exit()).as(review.err()).isZero();
        String reviewed = Digests.sha256(copy.resolve("evidence-pack.zip"));
        assertThat(reviewed).isNotEqualTo(Digests.sha256(plain.resolve("evidence-pack.zip")));
        stub.answer(jiraAnswers(new AtomicInteger(10000), Map.of()));

        Cli cli = jira(copy, JIRA_ENV);

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("note: ticket-summary.md quotes evidence-pack.zip as it was before it was reviewed")
                .contains("sha256 " + reviewed);
        JsonNode doc =
                new ObjectMapper().readTree(stub.requests().get(3).body()).get("body");
        JsonNode list = doc.get("content").get(doc.get("content").size() - 1);
        assertThat(list.get("type").asText()).isEqualTo("bulletList");
        assertThat(textsMarked(list, "code"))
                .containsExactly(
                        "evidence-pack.zip",
                        reviewed,
                        "evidence-pack.pdf",
                        Digests.sha256(plain.resolve("evidence-pack.pdf")));
    }

    // --- running the command ------------------------------------------------------------------------------------

    private Cli jira(Path pack, Map<String, String> env) {
        return run(env, "attach", pack.toString(), "--jira", stub.url(), "--issue", ISSUE);
    }

    private Cli serviceNow(Path pack, Map<String, String> env) {
        return run(
                env, "attach", pack.toString(), "--servicenow", stub.url(), "--table", "incident", "--sys-id", SYS_ID);
    }

    private static void assertOneLine(Cli cli, String line) {
        assertThat(cli.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.errLines()).containsExactly(line);
        assertThat(cli.out()).isEmpty();
    }
}
