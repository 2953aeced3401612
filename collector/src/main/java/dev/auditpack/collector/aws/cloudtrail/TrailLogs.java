package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A trail's log files in S3 for one account and region: {@code <prefix>AWSLogs/[<org-id>/]<account>/CloudTrail/
 * <region>/<yyyy>/<mm>/<dd>/}. Each file is stored in the locker byte for byte (gzipped, as CloudTrail wrote it),
 * then read as a stream: gunzipped, and its {@code Records} array parsed one record at a time.
 */
final class TrailLogs implements DaySource {

    static final String NAME = "TrailLogs";
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd/");
    private static final JsonFactory FACTORY = new JsonFactory();

    private final S3Client s3;
    private final String bucket;
    private final String base;
    private final EvidenceRecorder recorder;
    private final CollectionContext.Attachments attachments;

    private TrailLogs(
            S3Client s3,
            String bucket,
            String base,
            EvidenceRecorder recorder,
            CollectionContext.Attachments attachments) {
        this.s3 = s3;
        this.bucket = bucket;
        this.base = base;
        this.recorder = recorder;
        this.attachments = attachments;
    }

    /**
     * Finds where the account's logs of the region are: under {@code AWSLogs/<account>/}, or under an
     * organisation trail's {@code AWSLogs/<org-id>/<account>/}.
     *
     * @throws Failed when the bucket cannot be listed
     */
    static TrailLogs locate(
            S3Client s3,
            String bucket,
            String prefix,
            String account,
            String region,
            EvidenceRecorder recorder,
            CollectionContext.Attachments attachments)
            throws Failed {
        String logs = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/") + "AWSLogs/";
        List<String> folders = new ArrayList<>();
        recorder.used(CloudTrailEventsCollector.LIST_OBJECTS_V2);
        try {
            s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(logs).delimiter("/")).commonPrefixes().stream()
                    .map(CommonPrefix::prefix)
                    .forEach(folders::add);
        } catch (SdkException e) {
            throw new Failed(CloudTrailEventsCollector.LIST_OBJECTS_V2, "s3://" + bucket + "/" + logs, e);
        }
        String own = logs + account + "/";
        String chosen = own;
        if (!folders.contains(own)) {
            chosen = folders.stream()
                    .filter(f -> f.substring(logs.length()).startsWith("o-"))
                    .sorted()
                    .map(f -> f + account + "/")
                    .findFirst()
                    .orElse(own);
        }
        return new TrailLogs(s3, bucket, chosen + "CloudTrail/" + region + "/", recorder, attachments);
    }

    @Override
    public String name() {
        return NAME;
    }

    String bucket() {
        return bucket;
    }

    /** The key prefix the region's files are under, up to the date folders. */
    String base() {
        return base;
    }

    @Override
    public Day read(LocalDate day, PopulationFiles out) throws Failed, IOException {
        String folder = base + DAY_PATH.format(day);
        recorder.used(CloudTrailEventsCollector.LIST_OBJECTS_V2);
        List<String> keys;
        try {
            keys = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(folder)).contents().stream()
                    .map(S3Object::key)
                    .sorted()
                    .toList();
        } catch (SdkException e) {
            throw new Failed(CloudTrailEventsCollector.LIST_OBJECTS_V2, "s3://" + bucket + "/" + folder, e);
        }
        recorder.used(CloudTrailEventsCollector.GET_OBJECT);
        List<Future<FileRead>> reads = new ArrayList<>();
        for (String key : keys) {
            reads.add(FileReads.submit(() -> readFile(key)));
        }
        long events = 0;
        List<String> bad = new ArrayList<>();
        try {
            for (Future<FileRead> future : reads) {
                FileRead read = FileReads.await(future);
                if (read.failure() != null) {
                    throw new Failed(
                            CloudTrailEventsCollector.GET_OBJECT, "s3://" + bucket + "/" + read.key(), read.failure());
                }
                if (read.bad() != null) {
                    Exception e = read.bad();
                    String why = e instanceof ZipException ? "is not gzip" : "is not a CloudTrail log file";
                    recorder.fail(
                            CloudTrailEventsCollector.GET_OBJECT,
                            "s3://" + bucket + "/" + read.key(),
                            "NotCloudTrailLog",
                            null,
                            "s3://" + bucket + "/" + read.key() + " " + why + " (" + e.getMessage() + "); " + day
                                    + " is a GAP",
                            ErrorCategory.OTHER);
                    bad.add(read.key());
                }
                events += read.records();
                read.events().forEach(out::offer);
            }
        } finally {
            reads.forEach(f -> f.cancel(true));
        }
        String gap = bad.isEmpty() ? null : "log file " + String.join(", ", bad) + " could not be read";
        return new Day(keys.size(), events, gap);
    }

    /** What reading one log file gave: its population events and record count, or why it could not be read. */
    record FileRead(String key, List<PopulationEvent> events, long records, SdkException failure, Exception bad) {}

    /** Downloads, stores and parses one log file; runs on the {@link FileReads} pool. */
    private FileRead readFile(String key) throws IOException {
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
        } catch (SdkException e) {
            return new FileRead(key, List.of(), 0, e, null);
        }
        AttachmentEntry stored = attachments.store(
                "log-" + fileName(key),
                "application/gzip",
                "CloudTrail log file s3://" + bucket + "/" + key,
                false,
                bytes);
        List<PopulationEvent> kept = new ArrayList<>();
        try {
            long records = parse(bytes, stored, e -> {
                if (!Populations.of(e).isEmpty()) {
                    kept.add(e);
                }
            });
            return new FileRead(key, kept, records, null, null);
        } catch (IOException | IllegalArgumentException e) {
            return new FileRead(key, kept, 0, null, e);
        }
    }

    /** Reads one gzipped log file's management events into {@code out}; returns how many records it had. */
    static long parse(byte[] gz, AttachmentEntry stored, Consumer<PopulationEvent> out) throws IOException {
        long n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16);
                JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("no JSON object");
            }
            boolean records = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"Records".equals(field) || value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                records = true;
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                    PopulationEvent event = RecordReader.read(p, stored.path(), stored.sha256());
                    n++;
                    if (event != null) {
                        out.accept(event);
                    }
                }
                if (t != JsonToken.END_ARRAY) {
                    throw new IllegalArgumentException("Records holds something other than events");
                }
            }
            if (!records) {
                throw new IllegalArgumentException("no Records array");
            }
        }
        return n;
    }

    /** The key's last segment, made a plain file name for the locker. */
    static String fileName(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "unnamed" : name;
    }
}
