package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.aws.PopulationEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;

/**
 * CloudTrail's LookupEvents for one account and region, a day at a time (management events only: the API returns
 * no data events). AWS keeps 90 days and allows about two calls a second per account and region, so calls are
 * spaced by {@link #SPACING} for each account and region across the whole process, on top of the SDK's retries.
 * Each page is stored in the locker as returned; its events point to it.
 */
final class LookupEventsReader implements DaySource {

    static final String NAME = "LookupEvents";

    /** How many days back LookupEvents reaches, today included. */
    static final int RETENTION_DAYS = 90;

    /** Time between two calls for one account and region: two calls a second. */
    static final Duration SPACING = Duration.ofMillis(500);

    private static final Map<String, Long> NEXT_CALL = new HashMap<>();

    private final CloudTrailClient cloudTrail;
    private final String limitKey;
    private final EvidenceRecorder recorder;
    private final CollectionContext.Attachments attachments;

    LookupEventsReader(
            CloudTrailClient cloudTrail,
            String account,
            String region,
            EvidenceRecorder recorder,
            CollectionContext.Attachments attachments) {
        this.cloudTrail = cloudTrail;
        this.limitKey = account + "|" + region;
        this.recorder = recorder;
        this.attachments = attachments;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Day read(LocalDate day, PopulationFiles out) throws Failed, IOException {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
        String token = null;
        int page = 0;
        long events = 0;
        String gap = null;
        do {
            String next = token;
            LookupEventsResponse answer;
            recorder.used(CloudTrailEventsCollector.LOOKUP_EVENTS);
            try {
                pace();
                answer = cloudTrail.lookupEvents(
                        r -> r.startTime(start).endTime(end).maxResults(50).nextToken(next));
            } catch (SdkException e) {
                throw new Failed(CloudTrailEventsCollector.LOOKUP_EVENTS, null, e);
            }
            page++;
            ObjectNode stored = (ObjectNode) SdkJson.toJson(answer);
            stored.remove("NextToken");
            AttachmentEntry file = attachments.store(
                    String.format("lookup-%s-%04d.json", day, page),
                    "application/json",
                    "LookupEvents " + day + " page " + page,
                    false,
                    EvidenceJson.mapper().writeValueAsBytes(stored));
            for (Event e : answer.events()) {
                events++;
                try {
                    JsonNode record = EvidenceJson.mapper().readTree(e.cloudTrailEvent());
                    out.offer(PopulationEvent.of(record, file.path(), file.sha256()));
                } catch (IOException | RuntimeException bad) {
                    recorder.fail(
                            CloudTrailEventsCollector.LOOKUP_EVENTS,
                            e.eventId(),
                            "NotCloudTrailEvent",
                            null,
                            "event " + e.eventId() + " in " + file.path() + " has no readable CloudTrailEvent ("
                                    + bad.getMessage() + "); " + day + " is a GAP",
                            ErrorCategory.OTHER);
                    gap = "an event LookupEvents returned could not be read";
                }
            }
            token = answer.nextToken();
        } while (token != null && !token.isEmpty());
        return new Day(page, events, gap);
    }

    /** Waits for this account and region's next call slot. */
    private void pace() {
        long wait;
        synchronized (NEXT_CALL) {
            long now = System.nanoTime();
            long slot = Math.max(now, NEXT_CALL.getOrDefault(limitKey, now));
            NEXT_CALL.put(limitKey, slot + SPACING.toNanos());
            wait = slot - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing LookupEvents", e);
            }
        }
    }
}
