package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.pack.PackReaders;
import dev.auditpack.report.pdf.VeraPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * A daily snapshot series collected from the emulator while the configuration changes: port 22 opened to the
 * internet and closed again, the AWS Config recorder stopped and started again. The pack shows exactly those
 * intervals and the controls as not effective over the period; a series with a snapshot removed, reordered,
 * altered or inserted fails verify and is refused by report.
 */
@ExtendWith(MotoServer.class)
class SnapshotSeriesIT {

    private static final String REGION = "eu-west-1";
    private static final String ADMIN_PORTS = "ec2_security_group_admin_ports_restricted";
    private static final String RECORDER = "config_recorder_enabled_all_regions";

    @TempDir
    static Path dir;

    private static EmulatorGateway gateway;
    private static Path series;
    private static String group;
    private static List<String> snapshots;

    @BeforeAll
    static void collectThreeSnapshots() throws IOException {
        MotoServer.get().reset();
        gateway = EmulatorGateway.overMoto();
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        series = dir.resolve("series");
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), MotoServer.get(), REGION);
                ConfigClient config = Emulated.client(ConfigClient.builder(), MotoServer.get(), REGION)) {
            String vpc = ec2.describeVpcs(
                            r -> r.filters(f -> f.name("isDefault").values("true")))
                    .vpcs()
                    .get(0)
                    .vpcId();
            group = ec2.createSecurityGroup(
                            r -> r.groupName("bastion").description("bastion").vpcId(vpc))
                    .groupId();
            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::" + Emulated.ACCOUNT + ":role/config")
                    .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));
            config.putDeliveryChannel(
                    r -> r.deliveryChannel(d -> d.name("default").s3BucketName("config-log")));
            config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));

            collect("--cadence", "daily");

            ec2.authorizeSecurityGroupIngress(r -> r.groupId(group)
                    .ipPermissions(
                            p -> p.ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(i -> i.cidrIp("0.0.0.0/0"))));
            config.stopConfigurationRecorder(r -> r.configurationRecorderName("default"));
            collect();

            ec2.revokeSecurityGroupIngress(r -> r.groupId(group)
                    .ipPermissions(
                            p -> p.ipProtocol("tcp").fromPort(22).toPort(22).ipRanges(i -> i.cidrIp("0.0.0.0/0"))));
            config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
            collect();
        }
        snapshots = list(series.resolve("snapshots"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static void collect(String... more) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> args = new ArrayList<>(List.of(
                "collect",
                "--series",
                series.toString(),
                "--regions",
                REGION,
                "--period",
                today + ".." + today,
                "--endpoint-url",
                gateway.endpoint().toString()));
        args.addAll(List.of(more));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("daily series", "index sha256");
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static JsonNode row(JsonNode timeline, String check, String resourcePart) {
        for (JsonNode r : timeline.path("rows")) {
            if (r.path("checkId").asText().equals(check)
                    && r.path("resource").asText().contains(resourcePart)) {
                return r;
            }
        }
        throw new AssertionError("no timeline row for " + check + " on " + resourcePart);
    }

    private static List<String> statuses(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.path("intervals")
                .forEach(i -> out.add(
                        i.path("status").asText() + "x" + i.path("snapshots").asInt()));
        return out;
    }

    private static JsonNode control(JsonNode timeline, String framework, String id) {
        for (JsonNode c : timeline.path("controls")) {
            if (c.path("framework").asText().equals(framework)
                    && c.path("control").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no control " + framework + " " + id);
    }

    @Test
    void theTimelineShowsExactlyTheChangesAndTheControlsAreNotEffective() throws IOException {
        assertThat(snapshots).hasSize(3);
        Cli verified = Cli.run("verify", series.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("3 snapshot(s)", snapshots.get(2));

        Path pack = dir.resolve("pack");
        Cli report = Cli.run("report", "--evidence", series.toString(), "--out", pack.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out())
                .containsPattern("Over the period \\(3 daily snapshots, 0 coverage gap\\(s\\)\\): .*not effective");

        JsonNode timeline = PackReaders.results(pack.resolve("results.json")).path("timeline");
        assertThat(timeline.path("cadence").asText()).isEqualTo("daily");
        assertThat(timeline.path("snapshots")).hasSize(3);
        assertThat(timeline.path("coverage"))
                .as("three snapshots within a day of a one-day period")
                .isEmpty();
        JsonNode sg = row(timeline, ADMIN_PORTS, group);
        assertThat(statuses(sg)).containsExactly("PASSx1", "FAILx1", "PASSx1");
        assertThat(sg.path("verdict").asText()).isEqualTo("FAILED");
        JsonNode failed = sg.path("intervals").get(1);
        assertThat(failed.path("from").asText())
                .isEqualTo(timeline.path("snapshots").get(1).path("finishedAt").asText())
                .isEqualTo(failed.path("to").asText());
        assertThat(failed.path("note").asText()).contains("22");
        JsonNode recorder = row(timeline, RECORDER, REGION);
        assertThat(statuses(recorder)).containsExactly("PASSx1", "FAILx1", "PASSx1");
        assertThat(recorder.path("intervals").get(1).path("note").asText()).contains("stopped");

        JsonNode network = control(timeline, "iso27001-2022", "A.8.20");
        assertThat(network.path("verdict").asText()).isEqualTo("NOT_EFFECTIVE");
        assertThat(network.path("deviations"))
                .anySatisfy(d -> assertThat(d.path("resource").asText()).contains(group));
        assertThat(control(timeline, "iso27001-2022", "A.8.9").path("verdict").asText())
                .isEqualTo("NOT_EFFECTIVE");
        // Today's statuses come from the latest snapshot, in which port 22 is closed again.
        assertThat(PackReaders.checkStatus(PackReaders.results(pack.resolve("results.json")), ADMIN_PORTS))
                .isNotEqualTo("FAIL");

        Map<String, List<List<String>>> book = PackReaders.workbook(pack.resolve("evidence-pack.xlsx"));
        List<String> sgRow = book.get("Timeline").stream()
                .filter(r -> r.get(0).equals(ADMIN_PORTS) && r.get(3).contains(group))
                .findFirst()
                .orElseThrow();
        assertThat(sgRow.get(4)).isEqualTo("Failed");
        assertThat(sgRow.get(5).lines().map(l -> l.split(" ")[0]).toList()).containsExactly("Pass", "Fail", "Pass");
        assertThat(book.get("Over the period"))
                .anySatisfy(r -> assertThat(r.subList(0, 4))
                        .containsExactly("iso27001-2022", "A.8.20", r.get(2), "Not effective"));

        String pdf = PackReaders.pdfText(pack.resolve("evidence-pack.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Operation over the period", "Resources that did not pass throughout");
        assertThat(pdf).containsPattern("iso27001-2022 A\\.8\\.20 Not effective Not effective over the period");
        assertThat(pdf).contains(group);
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1}) {
            VeraPdf verdict = VeraPdf.validate(pack.resolve("evidence-pack.pdf"), flavour);
            assertThat(verdict.compliant())
                    .as("with the period section: " + verdict.describe())
                    .isTrue();
        }
    }

    @Test
    void aRemovedReorderedAlteredOrInsertedSnapshotFailsVerifyAndReportRefusesIt() throws IOException {
        Path removed = copy("removed");
        deleteTree(removed.resolve("snapshots").resolve(snapshots.get(1)));
        assertBroken(removed, snapshots.get(2), "removed");

        Path reordered = copy("reordered");
        Path a = reordered.resolve("snapshots").resolve(snapshots.get(0));
        Path b = reordered.resolve("snapshots").resolve(snapshots.get(1));
        Files.move(a, reordered.resolve("swap"));
        Files.move(b, a);
        Files.move(reordered.resolve("swap"), b);
        assertBroken(reordered, snapshots.get(0), "renamed");

        Path altered = copy("altered");
        Path index = altered.resolve("snapshots").resolve(snapshots.get(0)).resolve("index.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"runId\" : \"", "\"runId\" : \"x"));
        assertBroken(altered, snapshots.get(1), "was altered");

        Path inserted = copy("inserted");
        java.time.format.DateTimeFormatter names = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC);
        String between = names.format(
                names.parse(snapshots.get(1), java.time.Instant::from).minusSeconds(1));
        assertThat(between).isNotIn(snapshots);
        copyTree(
                inserted.resolve("snapshots").resolve(snapshots.get(0)),
                inserted.resolve("snapshots").resolve(between));
        assertBroken(inserted, between, "renamed");
        assertBroken(inserted, snapshots.get(1), "inserted");
    }

    private static void assertBroken(Path store, String snapshot, String words) {
        Cli verify = Cli.run("verify", store.toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(ExitCodes.VERIFY_FAILED);
        assertThat(verify.errLines())
                .anySatisfy(l ->
                        assertThat(l).startsWith("snapshots/" + snapshot + ": ").contains(words));
        Path out = store.resolveSibling(store.getFileName() + "-pack");
        Cli report = Cli.run("report", "--evidence", store.toString(), "--out", out.toString());
        assertThat(report.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(report.errLines()).singleElement().asString().contains("broken snapshot series", "snapshots/");
        assertThat(out).doesNotExist();
    }

    private static Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        copyTree(series, to);
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
