package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.auditpack.check.LockerFixture;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a careless or hostile user can hand the report commands: FIFOs and links where files belong, templates that
 * reach out or never end, control characters, duplicate keys. Each ends in one line and exit 2 (or 3 for verify),
 * quickly, with nothing written, or in a pack that shows what it was given.
 */
class HostileInputCliTest {

    private static final Duration QUICK = Duration.ofSeconds(90);
    /** A PDF/A page shows only text in an embedded font: the one the writer embeds. */
    static final String FONT = "<style>body { font-family: 'DejaVu Sans'; }</style>";

    @TempDir
    Path dir;

    /** A small locker: one EC2 instance whose Name tag holds a control character, and SSM unreadable (so GAP). */
    private Path locker() {
        Path locker = dir.resolve("evidence");
        new LockerFixture(locker)
                .doc(
                        "ec2.instances",
                        "eu-west-1",
                        "{'Reservations':[{'ReservationId':'r-1','OwnerId':'111122223333',"
                                + "'Instances':[{'InstanceId':'i-0abc','State':{'Code':16,'Name':'running'},"
                                + "'Tags':[{'Key':'Name','Value':'web\\u0007one'}]}]}]}")
                .failed(
                        "ssm.managed_instances",
                        "eu-west-1",
                        "ssm:DescribeInstanceInformation",
                        "AccessDeniedException")
                .build();
        return locker;
    }

    private static void assertOneLine(Cli cli, int exit, String... fragments) {
        assertThat(cli.exit()).as(cli.err()).isEqualTo(exit);
        assertThat(cli.errLines()).as(cli.err()).hasSize(1);
        assertThat(cli.err()).contains(fragments).doesNotContain("internal error", "Exception");
    }

    private Cli report(Path locker, Path out, String... more) {
        java.util.List<String> args =
                new java.util.ArrayList<>(java.util.List.of("report", "--evidence=" + locker, "--out=" + out));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor())
                .isZero();
    }

    @Test
    void controlCharactersInAwsAndUserTextAreShownAsEscapes() throws IOException {
        Path locker = locker();
        Path exceptions = dir.resolve("exceptions.yaml");
        Files.writeString(exceptions, """
                exceptions:
                  - id: EX-1
                    check: ec2_instance_managed_by_ssm
                    resource: arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc
                    reason: "Scheduled\\x01 for retirement"
                    approver: Dana
                    approved: 2026-10-01
                    expires: 2027-03-31
                """);
        Path frameworks = dir.resolve("frameworks");
        Files.createDirectories(frameworks);
        Files.writeString(frameworks.resolve("mine.yaml"), """
                framework: my-controls
                title: "Internal\\x02 controls"
                shortName: Internal
                controls:
                  - id: INT-1
                    title: "Instances\\x03 managed"
                    theme: Operations
                    responsibility: customer
                    customer: Manage instances.
                    checks: [{check: ec2_instance_managed_by_ssm, strength: direct, rationale: managed instances can be patched}]
                    manual: Fleet records.
                """);
        Path out = dir.resolve("out");
        Cli cli = report(
                locker,
                out,
                "--organisation=Acme\u0001Ltd",
                "--exceptions=" + exceptions,
                "--frameworks=" + frameworks);
        assertThat(cli.exit()).as(cli.err()).isZero();
        String text = PackReaders.pdfText(out.resolve("evidence-pack.pdf"));
        assertThat(text)
                .contains("Acme\\u0001Ltd", "Instances\\u0003 managed", "web\\u0007one")
                .doesNotContain("\u0001", "\u0003", "\u0007");
        var workbook = PackReaders.workbook(out.resolve("evidence-pack.xlsx"));
        assertThat(workbook.get("Internal"))
                .as("the workbook shows the same escapes")
                .anySatisfy(row -> assertThat(row).contains("Instances\\u0003 managed"));
        assertThat(Files.readString(out.resolve("ticket-summary.md")))
                .as("the ticket summary shows the escape, its backslash escaped for Markdown")
                .contains("| Organisation | Acme\\\\u0001Ltd |")
                .doesNotContain("\u0001");
        try (var zip =
                new java.util.zip.ZipFile(out.resolve("evidence-pack.zip").toFile())) {
            String readme = new String(
                    zip.getInputStream(zip.getEntry("README.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(readme)
                    .as("README.txt shows the escape")
                    .contains("EVIDENCE PACK: Acme\\u0001Ltd")
                    .doesNotContain("\u0001");
        }
    }

    @Test
    void aTemplateThatIsNotXhtmlIsOneLineWithItsLine() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.ftl"), "<html>\n<body>\n<p>unclosed\n</body></html>\n");
        Path out = dir.resolve("out");
        assertOneLine(
                report(locker(), out, "--templates=" + templates),
                2,
                templates.resolve("report.ftl").toString(),
                "not valid XHTML",
                "line 4");
        assertThat(out).doesNotExist();
    }

    @Test
    void anIncludeThatLinksOutOfTheTemplateFolderIsOneLine() throws IOException {
        Path outside = dir.resolve("outside.ftl");
        Files.writeString(outside, "<p>from outside</p>");
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("parts"));
        Files.createSymbolicLink(templates.resolve("parts/cover.ftl"), outside);
        Path out = dir.resolve("out");
        assertOneLine(
                report(locker(), out, "--templates=" + templates),
                2,
                templates.resolve("parts/cover.ftl").toString(),
                "leads outside");
        assertThat(out).doesNotExist();
    }

    @Test
    void aTemplateLoopWithoutEndStopsWithItsLine() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        // Each turn writes 100,000 characters, so the output limit stops it within a second; a loop that writes
        // nothing is stopped by the time limit instead (TemplateLimitsTest).
        Files.writeString(
                templates.resolve("report.ftl"),
                "<html><body>\n<#list 1.. as i><p>${i?string?right_pad(100000)}</p></#list>\n</body></html>");
        Path out = dir.resolve("out");
        Cli cli = assertTimeoutPreemptively(QUICK, () -> report(locker(), out, "--templates=" + templates));
        assertOneLine(cli, 2, templates.resolve("report.ftl").toString(), "line 2", "limit");
        assertThat(out).doesNotExist();
    }

    @Test
    void templatesCannotFetchFromTheNetworkOrReadFilesOutsideTheirFolder() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = silent.accept();
                        connections.incrementAndGet();
                        // never answers: the renderer would wait on it
                        s.getInputStream();
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path templates = dir.resolve("templates");
            Files.createDirectories(templates);
            for (String src : new String[] {
                "http://127.0.0.1:" + silent.getLocalPort() + "/logo.png",
                "file:///etc/hostname",
                "jar:file:///etc/x.jar!/a.png"
            }) {
                Files.writeString(
                        templates.resolve("report.ftl"),
                        "<html><head><title>t</title></head><body>" + "<p>A one-page report</p><img src=\"" + src
                                + "\" alt=\"logo\"/></body></html>");
                Path out = dir.resolve("out");
                Cli cli = assertTimeoutPreemptively(QUICK, () -> report(locker(), out, "--templates=" + templates));
                assertOneLine(cli, 2, "report.ftl", src, "templates may not load");
                assertThat(out).doesNotExist();
                deleteLocker();
            }
            assertThat(connections).as("no connection was even tried").hasValue(0);
        }
    }

    @Test
    void anImageInsideTheTemplateFolderIsAllowed() throws IOException {
        Path templates = dir.resolve("templates");
        dev.auditpack.report.Logos.write(templates.resolve("images/logo.jpg"), "jpg");
        Files.writeString(
                templates.resolve("report.ftl"),
                "<html><head><title>t</title>" + FONT + "</head><body>"
                        + "<p>Own cover</p><img src=\"images/logo.jpg\" alt=\"Our logo\"/></body></html>");
        Path out = dir.resolve("out");
        Cli cli = report(locker(), out, "--templates=" + templates);
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(PackReaders.pdfText(out.resolve("evidence-pack.pdf"))).contains("Own cover");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(
                out.resolve("evidence-pack.pdf").toFile())) {
            assertThat(pdf.getPage(0).getResources().getXObjectNames())
                    .as("the image is drawn")
                    .isNotEmpty();
        }
    }

    private void deleteLocker() throws IOException {
        try (var walk = Files.walk(dir.resolve("evidence"))) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aHugeFindingsPerCheckIsRefused() {
        assertOneLine(
                Cli.run(
                        "report",
                        "--evidence",
                        dir.toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--findings-per-check",
                        "2000000000"),
                2,
                "--findings-per-check",
                "between 0 and 10000");
    }

    @Test
    void aFifoOrADeviceInPlaceOfIndexOrEvidenceEndsInOneLineNotAHang() throws Exception {
        Path locker = locker();
        Path index = locker.resolve("index.json");
        Path evidence = locker.resolve("raw/111122223333/eu-west-1/ec2.instances.json");
        Path saved = dir.resolve("saved.json");
        Files.move(evidence, saved);
        Files.createSymbolicLink(evidence, Path.of("/dev/zero"));
        Cli verify = assertTimeoutPreemptively(QUICK, () -> Cli.run("verify", locker.toString()));
        assertThat(verify.exit()).as(verify.err()).isEqualTo(3);
        assertThat(verify.err()).contains("raw/111122223333/eu-west-1/ec2.instances.json", "leads outside");
        Cli report = assertTimeoutPreemptively(QUICK, () -> report(locker, dir.resolve("out")));
        assertOneLine(report, 2, "ec2.instances.json", "fails verification");

        Files.delete(evidence);
        mkfifo(evidence);
        verify = assertTimeoutPreemptively(QUICK, () -> Cli.run("verify", locker.toString()));
        assertThat(verify.exit()).as(verify.err()).isEqualTo(3);
        assertThat(verify.err()).contains("ec2.instances.json", "not a plain file");

        Files.delete(evidence);
        Files.move(saved, evidence);
        Files.move(index, dir.resolve("index.saved"));
        mkfifo(index);
        assertOneLine(
                assertTimeoutPreemptively(QUICK, () -> Cli.run("verify", locker.toString())),
                2,
                index.toString(),
                "not a plain file");
        assertOneLine(
                assertTimeoutPreemptively(QUICK, () -> report(locker, dir.resolve("out"))),
                2,
                index.toString(),
                "not a plain file");
        assertThat(dir.resolve("out")).doesNotExist();
        Path zip = dir.resolve("evidence-pack.zip");
        mkfifo(zip);
        assertOneLine(
                assertTimeoutPreemptively(QUICK, () -> Cli.run("verify", zip.toString())),
                2,
                zip.toString(),
                "not a plain file");
    }

    @Test
    void duplicateIndexEntriesAreOneLine() throws IOException {
        Path locker = locker();
        Path index = locker.resolve("index.json");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(index.toFile());
        var evidence = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("evidence");
        evidence.add(evidence.get(0).deepCopy());
        Files.writeString(index, tree.toPrettyString());
        assertOneLine(Cli.run("verify", locker.toString()), 2, index.toString(), "more than once");
        assertOneLine(report(locker, dir.resolve("out")), 2, index.toString(), "more than once");
    }

    @Test
    void aPackIsNeverWrittenIntoALocker() throws IOException {
        Path locker = locker();
        for (Path out : new Path[] {locker, locker.resolve("pack"), locker.resolve("raw/pack")}) {
            assertOneLine(report(locker, out), 2, out.toString(), "evidence locker");
            assertOneLine(Cli.run("demo", "--out", out.toString(), "--force"), 2, out.toString(), "evidence locker");
        }
        assertThat(Cli.run("verify", locker.toString()).exit())
                .as("the locker is untouched")
                .isZero();
    }

    @Test
    void demoDoesNotReplaceTheEvidenceOfARealRun() throws IOException {
        Path out = dir.resolve("pack");
        Path real = out.resolve("evidence");
        new LockerFixture(real)
                .doc(
                        "iam.account_summary",
                        "global",
                        "{'GetAccountSummary':{'outcome':'OK'," + "'response':{'SummaryMap':{'AccountMFAEnabled':1}}}}")
                .build();
        String before = Files.readString(real.resolve("index.json"));
        assertOneLine(
                Cli.run("demo", "--out", out.toString(), "--force"),
                2,
                real.toString(),
                "not the demo's",
                "even with --force");
        assertThat(Files.readString(real.resolve("index.json"))).isEqualTo(before);
        assertThat(out.resolve("evidence-pack.pdf")).doesNotExist();
    }

    @Test
    void aManualDocumentThatLinksOutOfTheFolderIsRefused() throws IOException {
        Path manual = dir.resolve("manual");
        Files.createDirectories(manual);
        Files.createSymbolicLink(manual.resolve("policy.md"), Path.of("/etc/passwd"));
        Files.writeString(manual.resolve("policy.evidence.yaml"), """
                title: Information security policy
                file: policy.md
                controls: [A.5.1]
                owner: ciso@example.com
                date: 2026-09-01
                """);
        Path out = dir.resolve("out");
        assertOneLine(
                report(locker(), out, "--manual=" + manual),
                2,
                manual.resolve("policy.evidence.yaml").toString(),
                "policy.md",
                "leads outside",
                "/etc/passwd");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLogoLinkedFromOutsideTheConfigurationFolderIsRefused() throws IOException {
        Path branding = Files.createDirectories(dir.resolve("branding"));
        Path elsewhere = dev.auditpack.report.Logos.write(dir.resolve("elsewhere/logo.png"), "png");
        Files.createSymbolicLink(branding.resolve("logo.png"), elsewhere);
        Path config = Files.writeString(branding.resolve("config.yaml"), "organisation: Acme\nlogo: logo.png\n");
        assertOneLine(
                report(locker(), dir.resolve("out"), "--config=" + config),
                2,
                config.toString(),
                "logo",
                "leads outside");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void duplicateKeysInTheUsersYamlAreRefused() throws IOException {
        Path config = dir.resolve("config.yaml");
        Files.writeString(config, "organisation: Acme\ntitle: One\ntitle: Two\n");
        assertOneLine(
                report(locker(), dir.resolve("out"), "--config=" + config), 2, config.toString(), "Duplicate", "title");
        Path exceptions = dir.resolve("exceptions.yaml");
        Files.writeString(exceptions, """
                exceptions:
                  - id: EX-1
                    control: iso27001-2022:A.7.9
                    reason: First reason
                    reason: Second reason
                    approver: Dana
                    approved: 2026-10-01
                    expires: 2027-03-31
                """);
        assertOneLine(
                Cli.run(
                        "report",
                        "--evidence",
                        dir.resolve("evidence").toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--exceptions",
                        exceptions.toString()),
                2,
                exceptions.toString(),
                "Duplicate",
                "reason");
    }
}
