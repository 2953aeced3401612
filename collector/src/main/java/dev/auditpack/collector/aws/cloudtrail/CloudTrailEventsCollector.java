package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.AwsErrors;
import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import dev.auditpack.evidence.aws.Populations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The audit period's management events of one account and region, sorted into the change populations of
 * {@link Populations}. Each day is read from the trail's log files in S3 when a bucket is known and readable
 * (they reach back as far as the bucket keeps them), else from LookupEvents when the day is within its 90 days;
 * a day neither covers is a GAP, with its reason. A source that fails (a bucket that cannot be read, LookupEvents
 * throttled past retries) is a collection error naming the days it left unread; a file that is not gzip or not
 * CloudTrail JSON is a collection error naming its key, and its day is a GAP.
 */
@AutoService(Collector.class)
public final class CloudTrailEventsCollector implements Collector {

    static final Operation DESCRIBE_TRAILS = Operation.of("CloudTrail", CloudTrailEvidence.DESCRIBE_TRAILS);
    static final Operation LOOKUP_EVENTS = Operation.of("CloudTrail", CloudTrailEvidence.LOOKUP_EVENTS);
    static final Operation GET_BUCKET_LOCATION = Operation.of("S3", CloudTrailEvidence.GET_BUCKET_LOCATION);
    static final Operation LIST_OBJECTS_V2 = new Operation("S3", CloudTrailEvidence.LIST_OBJECTS_V2, "s3:ListBucket");
    static final Operation GET_OBJECT = Operation.of("S3", CloudTrailEvidence.GET_OBJECT);

    @Override
    public String id() {
        return CloudTrailEvidence.EVENTS;
    }

    @Override
    public String description() {
        return "Management events of the audit period in change populations, from the trail's log files or"
                + " LookupEvents, with the dates each source covered.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    /** Only when asked ({@code --cloudtrail-events}): it reads every management event of the period. */
    @Override
    public boolean enabled(AwsSettings settings) {
        return settings.cloudTrailEvents().isPresent();
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_TRAILS, LOOKUP_EVENTS, GET_BUCKET_LOCATION, LIST_OBJECTS_V2, GET_OBJECT);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        String account = context.target().account();
        String region = context.target().region();
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        AuditPeriod period = context.period().orElseGet(() -> AuditPeriod.quarterOf(today));
        ObjectNode data = recorder.data();
        data.putObject("Period")
                .put("start", period.start().toString())
                .put("end", period.end().toString());
        ObjectNode sources = data.putObject("Sources");
        Coverage coverage = new Coverage();
        LocalDate lookupFrom = today.minusDays(LookupEventsReader.RETENTION_DAYS - 1L);
        sources.putObject(LookupEventsReader.NAME)
                .put("reachesBackTo", lookupFrom.toString())
                .put("callsPerSecond", 1000.0 / LookupEventsReader.SPACING.toMillis());
        try (PopulationFiles files = new PopulationFiles(context.attachments())) {
            DaySource logs = trailLogs(context, recorder, sources, period, today);
            DaySource lookup = new LookupEventsReader(
                    context.client(CloudTrailClient.class), account, region, recorder, context.attachments());
            LocalDate last = period.end().isAfter(today) ? today : period.end();
            for (LocalDate day = period.start(); !day.isAfter(last); day = day.plusDays(1)) {
                if (logs != null) {
                    logs = readDay(logs, day, last, files, coverage, recorder);
                    if (coverage.known(day)) {
                        continue;
                    }
                }
                if (lookup != null && !day.isBefore(lookupFrom)) {
                    lookup = readDay(lookup, day, last, files, coverage, recorder);
                    if (coverage.known(day)) {
                        continue;
                    }
                }
                coverage.gap(
                        day,
                        day.isBefore(lookupFrom)
                                ? "before the " + LookupEventsReader.RETENTION_DAYS
                                        + " days LookupEvents keeps, and no trail log files were read"
                                : "no source could be read");
            }
            for (LocalDate day = last.plusDays(1); !day.isAfter(period.end()); day = day.plusDays(1)) {
                coverage.gap(day, "after the collection");
            }
            Map<String, AttachmentEntry> stored = files.commit();
            coverage.write(data);
            ArrayNode out = data.putArray("Populations");
            for (Populations.Population p : Populations.all()) {
                ObjectNode node = out.addObject()
                        .put("id", p.id())
                        .put("title", p.title())
                        .put("events", files.counts().get(p.id()));
                AttachmentEntry file = stored.get(p.id());
                if (file != null) {
                    node.put("file", file.path()).put("sha256", file.sha256());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CloudTrail populations", e);
        }
    }

    /** Reads one day from a source; returns the source, or null once it has failed for good. */
    private static DaySource readDay(
            DaySource source,
            LocalDate day,
            LocalDate last,
            PopulationFiles files,
            Coverage coverage,
            EvidenceRecorder recorder)
            throws IOException {
        try {
            DaySource.Day read = source.read(day, files);
            files.endDay();
            coverage.covered(day, source.name(), read);
            return source;
        } catch (DaySource.Failed f) {
            files.dropDay();
            var e = f.sdkCause();
            recorder.fail(
                    f.operation(),
                    f.resource(),
                    AwsErrors.code(e),
                    AwsErrors.httpStatus(e),
                    AwsErrors.message(e) + "; " + source.name() + " not read from " + day + " to " + last,
                    AwsErrors.category(e));
            return null;
        }
    }

    /** The trail's log files: in the bucket given in the settings, else in the bucket of a trail of the region. */
    private static DaySource trailLogs(
            CollectionContext context,
            EvidenceRecorder recorder,
            ObjectNode sources,
            AuditPeriod period,
            LocalDate today)
            throws IOException {
        String bucket;
        String prefix = "";
        Optional<String> given = context.settings().cloudTrailEvents().flatMap(AwsSettings.CloudTrailEvents::bucket);
        if (given.isPresent()) {
            String spec = given.get();
            int slash = spec.indexOf('/');
            bucket = slash < 0 ? spec : spec.substring(0, slash);
            prefix = slash < 0 ? "" : spec.substring(slash + 1);
        } else {
            CloudTrailClient here = context.client(CloudTrailClient.class);
            Recorded<DescribeTrailsResponse> trails =
                    recorder.call(DESCRIBE_TRAILS, null, () -> here.describeTrails(r -> r.includeShadowTrails(true)));
            EvidenceRecorder.put(sources, DESCRIBE_TRAILS, trails.result());
            Optional<Trail> trail = trails.value().stream()
                    .flatMap(t -> t.trailList().stream())
                    .filter(t -> t.s3BucketName() != null)
                    .sorted(Comparator.comparing((Trail t) -> !Boolean.TRUE.equals(t.isOrganizationTrail()))
                            .thenComparing(Trail::trailARN, Comparator.nullsLast(Comparator.naturalOrder())))
                    .findFirst();
            if (trail.isEmpty()) {
                return null;
            }
            bucket = trail.get().s3BucketName();
            prefix = trail.get().s3KeyPrefix() == null ? "" : trail.get().s3KeyPrefix();
            sources.put("trail", trail.get().trailARN());
        }
        String where = bucket;
        try {
            recorder.used(GET_BUCKET_LOCATION);
            String bucketRegion;
            try {
                bucketRegion = context.client(S3Client.class)
                        .getBucketLocation(r -> r.bucket(where))
                        .locationConstraintAsString();
            } catch (SdkException e) {
                throw new DaySource.Failed(GET_BUCKET_LOCATION, "s3://" + bucket, e);
            }
            if (bucketRegion == null || bucketRegion.isEmpty()) {
                bucketRegion = "us-east-1";
            } else if ("EU".equals(bucketRegion)) {
                bucketRegion = "eu-west-1";
            }
            TrailLogs logs = TrailLogs.locate(
                    context.client(S3Client.class, bucketRegion),
                    bucket,
                    prefix,
                    context.target().account(),
                    context.target().region(),
                    recorder,
                    context.attachments());
            sources.putObject(TrailLogs.NAME).put("bucket", bucket).put("prefix", logs.base());
            return logs;
        } catch (DaySource.Failed f) {
            var e = f.sdkCause();
            LocalDate last = period.end().isAfter(today) ? today : period.end();
            recorder.fail(
                    f.operation(),
                    f.resource(),
                    AwsErrors.code(e),
                    AwsErrors.httpStatus(e),
                    AwsErrors.message(e) + "; " + TrailLogs.NAME + " not read from " + period.start() + " to " + last,
                    AwsErrors.category(e));
            return null;
        }
    }
}
