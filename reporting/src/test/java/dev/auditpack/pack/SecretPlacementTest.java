package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.cli.Cli;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.evidence.Digests;
import dev.auditpack.input.InputException;
import dev.auditpack.report.Branding;
import dev.auditpack.report.ReportOptions;
import dev.auditpack.report.pdf.TemplateSet;
import dev.auditpack.secrets.FakeSecrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret placed in any input the user or AWS controls (exception reasons, manual evidence metadata, the
 * organisation name, templates and their style sheet, AWS tags and names in the evidence), written as it would be
 * there, stops the build; and the same pack, written without the build's scan, fails {@code auditpack scan},
 * which names the same file. Both run one scanner over the same bytes, so they cannot disagree.
 */
class SecretPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "S3cretPassw0rd!";
    private static final String EXAMPLE_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String GITHUB = "ghp_" + "R7uX2mQ9vK4pL8sT1wZ6yB3nC5dF0gH2jA9e";
    private static final String INSTANCES = "raw/123456789012/eu-west-1/ec2.instances.json";

    @TempDir
    Path dir;

    /** What the user or AWS put in the pack's inputs, and the secret it carries. */
    private interface Placement {
        Inputs place(Path dir, Inputs inputs) throws IOException;
    }

    /** The inputs of one build. */
    private record Inputs(
            Path locker, Path frameworks, String organisation, TemplateSet templates, ReportJob.Additions additions) {
        Inputs withLocker(Path l) {
            return new Inputs(l, frameworks, organisation, templates, additions);
        }

        Inputs withOrganisation(String o) {
            return new Inputs(locker, frameworks, o, templates, additions);
        }

        Inputs withTemplates(TemplateSet t) {
            return new Inputs(locker, frameworks, organisation, t, additions);
        }

        Inputs withManual(Path manual) {
            return new Inputs(locker, frameworks, organisation, templates, new ReportJob.Additions(manual, null, null));
        }

        Inputs withExceptions(Path exceptions) {
            return new Inputs(
                    locker, frameworks, organisation, templates, new ReportJob.Additions(null, exceptions, null));
        }
    }

    static Stream<Arguments> placements() {
        return Stream.of(
                Arguments.of("exception reason", PASSWORD, (Placement)
                        (dir, in) -> in.withExceptions(Files.writeString(dir.resolve("exceptions.yaml"), """
                                exceptions:
                                  - id: EX-1
                                    check: s3_bucket_versioning_enabled
                                    reason: the db password="S3cretPassw0rd!" is rotated quarterly
                                    approver: Dana Whitfield (CISO)
                                    approved: 2026-09-15
                                    expires: 2027-03-31
                                """))),
                Arguments.of("manual evidence metadata", GITHUB, (Placement) (dir, in) -> {
                    Path manual = Files.createDirectories(dir.resolve("manual"));
                    Files.writeString(manual.resolve("policy.txt"), "Access control policy, version 3.\n");
                    Files.writeString(manual.resolve("policy.evidence.yaml"), """
                            title: "Access policy (deploy token %s)"
                            file: policy.txt
                            controls: [A.8.13]
                            owner: ops@northwind.example
                            date: 2026-10-01
                            """.formatted(GITHUB));
                    return in.withManual(manual);
                }),
                Arguments.of("organisation name", FakeSecrets.SESSION_TOKEN, (Placement)
                        (dir, in) -> in.withOrganisation("Acme & Co " + FakeSecrets.SESSION_TOKEN)),
                Arguments.of("template entities", PASSWORD, (Placement) (dir, in) -> in.withTemplates(
                        template(dir, "<p>&#100;b_&#112;assword=&quot;S3cretPassw0rd!&quot;</p>", null))),
                Arguments.of("style sheet escapes", EXAMPLE_KEY, (Placement) (dir, in) -> in.withTemplates(template(
                        dir,
                        "<p class=\"leak\"></p>",
                        ".leak::before { content: \"aws_\\73 ecret_access_key = " + EXAMPLE_KEY + "\"; }"))),
                Arguments.of("AWS tag as a name and value pair", PASSWORD, (Placement)
                        (dir, in) -> in.withLocker(tagged(in.locker(), "db_password", PASSWORD))),
                Arguments.of("AWS tag holding a secret key", EXAMPLE_KEY, (Placement)
                        (dir, in) -> in.withLocker(tagged(in.locker(), "AWS_SECRET_ACCESS_KEY", EXAMPLE_KEY))),
                Arguments.of("AWS resource name", PASSWORD, (Placement)
                        (dir, in) -> in.withLocker(tagged(in.locker(), "Name", "db_password=" + PASSWORD))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placements")
    void theBuildRefusesAndScanFailsNamingTheSameFile(String where, String secret, Placement placement)
            throws IOException {
        Inputs inputs = placement.place(
                dir,
                new Inputs(
                        DemoLocker.extractTo(dir.resolve("evidence")),
                        DemoPacks.smallFrameworks(dir.resolve("frameworks")),
                        DemoLocker.ORGANISATION,
                        TemplateSet.defaults(),
                        ReportJob.Additions.NONE));

        Path refused = dir.resolve("refused");
        InputException e = catchThrowableOfType(() -> ReportJob.run(request(inputs, refused)), InputException.class);
        assertThat(e).as("the build refuses a secret in the %s", where).isNotNull();
        assertThat(e.getMessage()).contains("no pack was written").doesNotContain(secret);
        assertThat(refused).doesNotExist();

        Path written = dir.resolve("written");
        ReportJob.run(request(inputs, written), false);
        Cli scan = Cli.run("scan", written.resolve(ReportJob.ZIP).toString());
        assertThat(scan.exit()).as(scan.err()).isEqualTo(3);
        assertThat(scan.out() + scan.err()).doesNotContain(secret);
        assertThat(scan.errLines())
                .as("scan names the file the build named")
                .anySatisfy(line -> assertThat(line)
                        .startsWith(
                                e.source() + ": " + e.problem().split(" \\(")[0].split(";")[0]));
    }

    private static ReportJob.Request request(Inputs in, Path out) {
        ReportOptions options = new ReportOptions(
                in.organisation(), Instant.parse("2026-12-01T00:00:00Z"), "test", 25, Branding.defaults(), false);
        return new ReportJob.Request(
                in.locker(),
                out,
                in.templates(),
                in.frameworks(),
                options,
                false,
                false,
                in.additions(),
                Optional.empty());
    }

    /** A copy of the shipped templates with {@code html} at the start of the body and {@code css} appended. */
    private static TemplateSet template(Path dir, String html, String css) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize().resolve("templates");
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String report = Files.readString(root.resolve("report.ftl"));
        assertThat(report).contains("<body>");
        Files.writeString(templates.resolve("report.ftl"), report.replace("<body>", "<body>\n" + html));
        if (css != null) {
            Files.writeString(
                    templates.resolve("report.css"), Files.readString(root.resolve("report.css")) + "\n" + css);
        }
        return TemplateSet.from(templates);
    }

    /** Adds a tag to the first EC2 instance of the demo evidence, as AWS returns tags, and re-hashes the index. */
    private static Path tagged(Path locker, String key, String value) throws IOException {
        Path file = locker.resolve(INSTANCES);
        JsonNode evidence = JSON.readTree(file.toFile());
        ArrayNode tags = (ArrayNode) evidence.at("/data/Reservations/0/Instances/0/Tags");
        ObjectNode tag = tags.addObject();
        tag.put("Key", key);
        tag.put("Value", value);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), evidence);
        Path index = locker.resolve("index.json");
        JsonNode root = JSON.readTree(index.toFile());
        for (JsonNode entry : root.get("evidence")) {
            if (entry.get("path").asText().equals(INSTANCES)) {
                ((ObjectNode) entry).put("sha256", Digests.sha256(file)).put("size", Files.size(file));
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(index.toFile(), root);
        return locker;
    }
}
