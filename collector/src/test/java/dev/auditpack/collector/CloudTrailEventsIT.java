package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.collector.aws.cloudtrail.CloudTrailEventsCollector;
import dev.auditpack.emulator.CloudTrailRecords;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.Digests;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.aws.PopulationEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@code cloudtrail.events} collector for real: LookupEvents through the gateway's stub (moto lacks it), paced
 * and throttled; and trail log files, gzipped, in moto's S3, with an organisation trail's layout, bad objects and a
 * bucket that cannot be read. Every population line points to a locker file whose SHA-256 it names.
 */
@ExtendWith(MotoServer.class)
class CloudTrailEventsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final EmulatorGateway GATEWAY = new EmulatorGateway(MOTO.endpoint());
    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String REGION = "us-east-1";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    @BeforeEach
    void reset() {
        MOTO.reset();
        GATEWAY.reset();
    }

    private static String at(LocalDate day, String time) {
        return day + "T" + time + "Z";
    }

    /** Three recent days of events: joiners, access, root sign-in without MFA, a stack change and noise. */
    private static List<ObjectNode> recentEvents() {
        LocalDate d1 = TODAY.minusDays(3);
        LocalDate d2 = TODAY.minusDays(2);
        List<ObjectNode> events = new ArrayList<>();
        events.add(CloudTrailRecords.event(
                ACCOUNT,
                REGION,
                at(d1, "09:00:00"),
                "iam.amazonaws.com",
                "CreateUser",
                "admin",
                "{\"userName\":\"alice\"}"));
        events.add(CloudTrailRecords.event(
                ACCOUNT,
                REGION,
                at(d1, "09:05:00"),
                "iam.amazonaws.com",
                "AddUserToGroup",
                "admin",
                "{\"userName\":\"alice\",\"groupName\":\"admins\"}"));
        events.add(CloudTrailRecords.rootConsoleLogin(ACCOUNT, at(d2, "07:30:00")));
        events.add(CloudTrailRecords.event(
                ACCOUNT,
                REGION,
                at(d2, "10:00:00"),
                "cloudformation.amazonaws.com",
                "UpdateStack",
                "deployer",
                "{\"stackName\":\"web\"}"));
        for (int i = 0; i < 60; i++) { // more than a page of events nobody samples
            events.add(CloudTrailRecords.event(
                    ACCOUNT,
                    REGION,
                    at(d2, String.format("11:%02d:%02d", i / 60, i % 60)),
                    "ec2.amazonaws.com",
                    "DescribeInstances",
                    "monitor",
                    "{}"));
        }
        return events;
    }

    private static AuditPeriod recent() {
        return AuditPeriod.parse(TODAY.minusDays(3) + ".." + TODAY.minusDays(1));
    }

    @Test
    void lookupEventsFillsThePopulationsPacedAndEachEventNamesItsPageAndHash(@TempDir Path dir) throws IOException {
        GATEWAY.cloudTrail().events(ACCOUNT, REGION, List.copyOf(recentEvents()));
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, REGION).withCloudTrailEvents(null),
                dir,
                List.of(new CloudTrailEventsCollector()),
                recent());
        assertThat(run.index().errors()).isEmpty();
        JsonNode data = run.doc("cloudtrail.events", REGION).data();

        assertThat(data.get("Gaps")).isEmpty();
        assertThat(data.get("Coverage")).hasSize(1);
        JsonNode covered = data.get("Coverage").get(0);
        assertThat(covered.get("source").asText()).isEqualTo("LookupEvents");
        assertThat(covered.get("start").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(covered.get("end").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(covered.get("events").asLong()).isEqualTo(64);
        assertThat(covered.get("files").asLong()).as("pages: 1 + 2 + 1").isEqualTo(4);

        Map<String, Long> counts = counts(data);
        assertThat(counts)
                .containsEntry("joiners", 1L)
                .containsEntry("access-granted", 1L)
                .containsEntry("root-activity", 1L)
                .containsEntry("console-sign-in-without-mfa", 1L)
                .containsEntry("infrastructure-changes", 1L)
                .containsEntry("leavers", 0L);

        List<PopulationEvent> joiners = population(run, data, "joiners");
        assertThat(joiners).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("CreateUser");
            assertThat(e.target()).isEqualTo("userName=alice");
            assertThat(e.actor()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/admin");
            assertThat(e.file()).matches("raw/" + ACCOUNT + "/" + REGION + "/cloudtrail.events/lookup-.*\\.json");
        });
        assertEachLineNamesALockerFileAndItsHash(run, data);

        List<Instant> calls = GATEWAY.cloudTrail().calls();
        assertThat(calls).hasSize(4);
        for (int i = 1; i < calls.size(); i++) {
            assertThat(Duration.between(calls.get(i - 1), calls.get(i)))
                    .as("LookupEvents calls at most two a second")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(450));
        }
    }

    @Test
    void throttlingPastRetriesIsACollectionErrorAndTheUnreadDaysAreAGap(@TempDir Path dir) {
        GATEWAY.cloudTrail()
                .events(ACCOUNT, REGION, List.copyOf(recentEvents()))
                .throttleAfter(1);
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, REGION).withCloudTrailEvents(null),
                dir,
                List.of(new CloudTrailEventsCollector()),
                recent());
        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("cloudtrail:LookupEvents");
            assertThat(e.category()).isEqualTo(ErrorCategory.THROTTLED);
            assertThat(e.message())
                    .contains("LookupEvents not read from " + TODAY.minusDays(2) + " to " + TODAY.minusDays(1));
        });
        JsonNode data = run.doc("cloudtrail.events", REGION).data();
        assertThat(data.get("Coverage"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("end").asText())
                        .isEqualTo(TODAY.minusDays(3).toString()));
        assertThat(data.get("Gaps")).singleElement().satisfies(g -> {
            assertThat(g.get("start").asText()).isEqualTo(TODAY.minusDays(2).toString());
            assertThat(g.get("end").asText()).isEqualTo(TODAY.minusDays(1).toString());
        });
        assertThat(counts(data)).containsEntry("joiners", 1L).containsEntry("root-activity", 0L);
    }

    /** An organisation trail's files, older than LookupEvents reaches, with a bad object on each of two days. */
    @Test
    void trailLogFilesInS3CoverOldDaysAndBadObjectsAreErrorsWithGapDays(@TempDir Path dir) throws IOException {
        LocalDate d1 = TODAY.minusDays(200);
        LocalDate d2 = d1.plusDays(1);
        LocalDate d3 = d1.plusDays(2);
        String folder = "audit/AWSLogs/o-a1b2c3d4e5/" + ACCOUNT + "/CloudTrail/" + REGION + "/";
        try (S3Client s3 = Emulated.s3(MOTO, REGION)) {
            s3.createBucket(b -> b.bucket("org-trail-logs"));
            put(
                    s3,
                    folder,
                    d1,
                    "a1",
                    CloudTrailRecords.logFile(List.of(
                            CloudTrailRecords.event(
                                    ACCOUNT,
                                    REGION,
                                    at(d1, "08:00:00"),
                                    "iam.amazonaws.com",
                                    "DeleteUser",
                                    "admin",
                                    "{\"userName\":\"bob\"}"),
                            CloudTrailRecords.dataEvent(ACCOUNT, REGION, at(d1, "08:01:00")),
                            CloudTrailRecords.event(
                                    ACCOUNT,
                                    REGION,
                                    at(d1, "08:02:00"),
                                    "kms.amazonaws.com",
                                    "ScheduleKeyDeletion",
                                    "admin",
                                    "{\"keyId\":\"k-1\",\"pendingWindowInDays\":7}"))));
            put(
                    s3,
                    folder,
                    d2,
                    "b1",
                    CloudTrailRecords.logFile(List.of(CloudTrailRecords.event(
                            ACCOUNT,
                            REGION,
                            at(d2, "09:00:00"),
                            "cloudtrail.amazonaws.com",
                            "StopLogging",
                            "intruder",
                            "{\"name\":\"main\"}"))));
            put(s3, folder, d2, "b2", "not gzip at all".getBytes(StandardCharsets.UTF_8));
            put(s3, folder, d3, "c1", CloudTrailRecords.gzip("{\"NotRecords\": 1}".getBytes(StandardCharsets.UTF_8)));
        }
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, REGION).withCloudTrailEvents("org-trail-logs/audit"),
                dir,
                List.of(new CloudTrailEventsCollector()),
                AuditPeriod.parse(d1 + ".." + d3));

        assertThat(run.index().errors()).hasSize(2).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("s3:GetObject");
            assertThat(e.errorCode()).isEqualTo("NotCloudTrailLog");
        });
        assertThat(run.index().errors())
                .extracting(CollectionError::message)
                .anySatisfy(m -> assertThat(m).contains("_b2.json.gz").contains("is not gzip"))
                .anySatisfy(m -> assertThat(m).contains("_c1.json.gz").contains("is not a CloudTrail log file"));

        JsonNode data = run.doc("cloudtrail.events", REGION).data();
        assertThat(data.get("Sources").get("TrailLogs").get("prefix").asText()).isEqualTo(folder);
        assertThat(data.get("Coverage")).singleElement().satisfies(c -> {
            assertThat(c.get("source").asText()).isEqualTo("TrailLogs");
            assertThat(c.get("start").asText()).isEqualTo(d1.toString());
            assertThat(c.get("end").asText()).isEqualTo(d1.toString());
        });
        assertThat(data.get("Gaps")).hasSize(2);
        assertThat(data.get("Gaps").get(0).get("start").asText()).isEqualTo(d2.toString());
        assertThat(data.get("Gaps").get(1).get("start").asText()).isEqualTo(d3.toString());
        assertThat(counts(data))
                .containsEntry("leavers", 1L)
                .containsEntry("keys-disabled", 1L)
                .containsEntry("logging-disabled", 1L);
        assertThat(population(run, data, "leavers").get(0).file()).endsWith("_a1.json.gz");
        assertEachLineNamesALockerFileAndItsHash(run, data);
        assertThat(GATEWAY.cloudTrail().calls())
                .as("days older than 90 days are never looked up")
                .isEmpty();
    }

    @Test
    void withoutABucketGivenTheRegionsTrailNamesItsBucket(@TempDir Path dir) throws IOException {
        LocalDate day = TODAY.minusDays(120);
        try (S3Client s3 = Emulated.s3(MOTO, REGION);
                var trails = Emulated.cloudTrail(MOTO, REGION)) {
            s3.createBucket(b -> b.bucket("account-trail-logs"));
            trails.createTrail(
                    t -> t.name("main").s3BucketName("account-trail-logs").isMultiRegionTrail(true));
            String key = CloudTrailRecords.key(
                    "AWSLogs/" + ACCOUNT + "/CloudTrail/" + REGION + "/"
                            + day.toString().replace('-', '/') + "/",
                    ACCOUNT,
                    REGION,
                    day.atTime(9, 0).toInstant(ZoneOffset.UTC),
                    "t1");
            s3.putObject(
                    p -> p.bucket("account-trail-logs").key(key),
                    RequestBody.fromBytes(CloudTrailRecords.logFile(List.of(CloudTrailRecords.event(
                            ACCOUNT,
                            REGION,
                            at(day, "09:01:00"),
                            "iam.amazonaws.com",
                            "DeactivateMFADevice",
                            "admin",
                            "{\"userName\":\"dave\",\"serialNumber\":\"arn:aws:iam::123456789012:mfa/dave\"}")))));
        }
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, REGION).withCloudTrailEvents(null),
                dir,
                List.of(new CloudTrailEventsCollector()),
                AuditPeriod.parse(day + ".." + day));
        assertThat(run.index().errors()).isEmpty();
        JsonNode data = run.doc("cloudtrail.events", REGION).data();
        assertThat(data.get("Sources").get("trail").asText()).endsWith(":trail/main");
        assertThat(data.get("Sources").get("TrailLogs").get("bucket").asText()).isEqualTo("account-trail-logs");
        assertThat(data.get("Coverage"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("source").asText()).isEqualTo("TrailLogs"));
        assertThat(population(run, data, "mfa-deactivated"))
                .singleElement()
                .satisfies(e -> assertThat(e.target())
                        .isEqualTo("userName=dave serialNumber=arn:aws:iam::123456789012:mfa/dave"));
    }

    @Test
    void aBucketThatCannotBeReadIsAnErrorAndLookupEventsCoversWhatItKeeps(@TempDir Path dir) {
        GATEWAY.cloudTrail().events(ACCOUNT, REGION, List.copyOf(recentEvents()));
        LocalDate old = TODAY.minusDays(91);
        LocalDate last = TODAY.minusDays(88);
        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, REGION).withCloudTrailEvents("no-such-trail-bucket"),
                dir,
                List.of(new CloudTrailEventsCollector()),
                AuditPeriod.parse(old + ".." + last));
        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("s3:GetBucketLocation");
            assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
            assertThat(e.message()).contains("TrailLogs not read from " + old + " to " + last);
        });
        JsonNode data = run.doc("cloudtrail.events", REGION).data();
        assertThat(data.get("Gaps")).singleElement().satisfies(g -> {
            assertThat(g.get("start").asText()).isEqualTo(old.toString());
            assertThat(g.get("end").asText()).isEqualTo(TODAY.minusDays(90).toString());
            assertThat(g.get("reason").asText()).contains("90 days");
        });
        assertThat(data.get("Coverage")).singleElement().satisfies(c -> {
            assertThat(c.get("source").asText()).isEqualTo("LookupEvents");
            assertThat(c.get("start").asText()).isEqualTo(TODAY.minusDays(89).toString());
            assertThat(c.get("end").asText()).isEqualTo(last.toString());
        });
        assertThat(GATEWAY.cloudTrail().calls())
                .as("one call for each day LookupEvents keeps")
                .hasSize(2);
    }

    private static void put(S3Client s3, String folder, LocalDate day, String id, byte[] bytes) {
        String key = CloudTrailRecords.key(
                folder + day.toString().replace('-', '/') + "/",
                ACCOUNT,
                REGION,
                day.atTime(0, 5).toInstant(ZoneOffset.UTC),
                id);
        s3.putObject(p -> p.bucket("org-trail-logs").key(key), RequestBody.fromBytes(bytes));
    }

    static Map<String, Long> counts(JsonNode data) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        data.get("Populations")
                .forEach(p -> out.put(p.get("id").asText(), p.get("events").asLong()));
        return out;
    }

    static List<PopulationEvent> population(EmulatorRun run, JsonNode data, String id) throws IOException {
        for (JsonNode p : data.get("Populations")) {
            if (p.get("id").asText().equals(id)) {
                Path file = run.locker().root().resolve(p.get("file").asText());
                assertThat(Digests.sha256(file)).isEqualTo(p.get("sha256").asText());
                return Files.readAllLines(file).stream()
                        .map(PopulationEvent::parse)
                        .toList();
            }
        }
        throw new AssertionError("no population " + id);
    }

    /** Every line of every population file names an attachment of the index, with that attachment's hash. */
    private static void assertEachLineNamesALockerFileAndItsHash(EmulatorRun run, JsonNode data) throws IOException {
        Map<String, String> attached = run.index().attachments().stream()
                .collect(Collectors.toMap(AttachmentEntry::path, AttachmentEntry::sha256));
        for (JsonNode p : data.get("Populations")) {
            if (p.has("file")) {
                assertThat(attached)
                        .containsEntry(p.get("file").asText(), p.get("sha256").asText());
                for (PopulationEvent e : population(run, data, p.get("id").asText())) {
                    assertThat(attached).containsEntry(e.file(), e.sha256());
                }
            }
        }
    }
}
