package dev.auditpack.collector.aws.cloudtrail;

import dev.auditpack.collector.CollectionContext;
import dev.auditpack.evidence.AttachmentEntry;
import dev.auditpack.evidence.AttachmentSink;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one population file per population as a stream: events arrive a day at a time, are sorted within the
 * day (time, then event id), and appended, so a file is sorted as a whole while only one day's events of the
 * populations are ever held in memory.
 */
final class PopulationFiles implements AutoCloseable {

    private final CollectionContext.Attachments attachments;
    private final Map<String, AttachmentSink> sinks = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<PopulationEvent> day = new ArrayList<>();

    PopulationFiles(CollectionContext.Attachments attachments) {
        this.attachments = attachments;
        Populations.all().forEach(p -> counts.put(p.id(), 0L));
    }

    /** Keeps an event of the current day when it belongs to some population. */
    void offer(PopulationEvent event) {
        if (!Populations.of(event).isEmpty()) {
            day.add(event);
        }
    }

    /** Forgets the current day's events (its source failed part-way). */
    void dropDay() {
        day.clear();
    }

    /** Writes the current day's events to their population files. */
    void endDay() throws IOException {
        day.sort(PopulationEvent.ORDER);
        PopulationEvent previous = null;
        for (PopulationEvent e : day) {
            if (previous != null && previous.id().equals(e.id())) {
                continue; // CloudTrail may deliver an event twice; a population lists it once
            }
            previous = e;
            byte[] line = (e.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8);
            for (Populations.Population p : Populations.of(e)) {
                sink(p).out().write(line);
                counts.merge(p.id(), 1L, Long::sum);
            }
        }
        day.clear();
    }

    private AttachmentSink sink(Populations.Population p) throws IOException {
        AttachmentSink sink = sinks.get(p.id());
        if (sink == null) {
            sink = attachments.open(
                    CloudTrailEvidence.POPULATION_PREFIX + p.id() + CloudTrailEvidence.POPULATION_SUFFIX,
                    "application/x-ndjson",
                    "CloudTrail population: " + p.title(),
                    false);
            sinks.put(p.id(), sink);
        }
        return sink;
    }

    /** Events written per population id, every population included. */
    Map<String, Long> counts() {
        return counts;
    }

    /** Puts every file in place; populations without events have none. */
    Map<String, AttachmentEntry> commit() throws IOException {
        Map<String, AttachmentEntry> out = new LinkedHashMap<>();
        for (Map.Entry<String, AttachmentSink> e : sinks.entrySet()) {
            out.put(e.getKey(), e.getValue().commit());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        for (AttachmentSink sink : sinks.values()) {
            sink.close();
        }
    }
}
