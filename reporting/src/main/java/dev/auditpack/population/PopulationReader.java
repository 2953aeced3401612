package dev.auditpack.population;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import dev.auditpack.evidence.aws.PopulationEvent;
import dev.auditpack.evidence.aws.Populations;
import dev.auditpack.input.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the change populations of a locker ({@code cloudtrail.events} evidence and its population files) and draws
 * their samples. An account and region the run planned {@code cloudtrail.events} for but that has no such
 * evidence (its collection failed) is a GAP over the whole period.
 */
public final class PopulationReader {

    private PopulationReader() {}

    /** How a sample's size is chosen: given, by frequency, or from the population's definition. */
    public record SizeRule(Optional<Integer> size, Optional<String> frequency) {
        public static final SizeRule DEFINED = new SizeRule(Optional.empty(), Optional.empty());
    }

    /** The populations of a locker, each with its sample when {@code seed} is present. */
    public static PopulationSection read(Locker locker, Optional<String> seed, SizeRule rule) {
        var index = locker.index();
        List<EvidenceEntry> entries = index.evidence().stream()
                .filter(e -> e.collector().equals(CloudTrailEvidence.EVENTS))
                .toList();
        CollectorEntry planned = index.collectors().get(CloudTrailEvidence.EVENTS);
        if (entries.isEmpty() && planned == null) {
            return PopulationSection.EMPTY;
        }
        java.util.Set<String> attached = new java.util.HashSet<>();
        index.attachments().forEach(a -> attached.add(a.path()));
        Map<String, Acc> acc = new LinkedHashMap<>();
        Populations.all().forEach(p -> acc.put(p.id(), new Acc(p)));
        List<PopulationSection.Interval> coverage = new ArrayList<>();
        List<PopulationSection.Interval> gaps = new ArrayList<>();
        for (String account : index.scope().accounts()) {
            for (String region : index.scope().regionsOf(account)) {
                Optional<EvidenceEntry> entry = entries.stream()
                        .filter(e -> e.account().equals(account) && e.region().equals(region))
                        .findFirst();
                if (entry.isEmpty()) {
                    gaps.add(new PopulationSection.Interval(
                            account,
                            region,
                            index.period().start(),
                            index.period().end(),
                            "no cloudtrail.events evidence: its collection failed (see the collection errors)",
                            0));
                    continue;
                }
                EvidenceDocument doc = locker.read(entry.get());
                JsonNode data = doc.data();
                data.path("Coverage")
                        .forEach(c -> coverage.add(
                                interval(account, region, c, c.path("source").asText())));
                data.path("Gaps")
                        .forEach(g -> gaps.add(
                                interval(account, region, g, g.path("reason").asText())));
                for (JsonNode p : data.path("Populations")) {
                    Acc a = acc.get(p.path("id").asText());
                    if (a == null) {
                        continue; // a population this version does not define
                    }
                    a.events += p.path("events").asLong();
                    if (p.hasNonNull("file")) {
                        String file = p.get("file").asText();
                        if (!attached.contains(file)) {
                            // Only files the index lists (and verify hashes) are read: never a path out of the locker.
                            throw new InputException(
                                    locker.root().resolve(entry.get().path()),
                                    "names population file " + file + ", which index.json does not list");
                        }
                        a.files.add(file);
                    }
                }
            }
        }
        long days = index.period().days();
        SampleSizes sizes = SampleSizes.shipped();
        List<PopulationSection.PopulationSummary> out = new ArrayList<>();
        for (Acc a : acc.values()) {
            Optional<PopulationSection.Sample> sample = seed.map(s -> {
                SampleSizes.Size size = size(rule, a.def, a.events, days, sizes);
                Sampler sampler = new Sampler(s, size.size());
                for (String file : a.files) {
                    each(locker.root().resolve(file), e -> sampler.offer(e.id(), e));
                }
                List<PopulationEvent> items = sampler.<PopulationEvent>sample().stream()
                        .map(Sampler.Drawn::item)
                        .toList();
                return new PopulationSection.Sample(s, items.size(), size.basis(), PopulationSection.METHOD, items);
            });
            out.add(new PopulationSection.PopulationSummary(
                    a.def.id(), a.def.title(), a.def.controls(), a.events, a.files, sample));
        }
        return new PopulationSection(seed, sizes.source(), coverage, gaps, out);
    }

    /** The size of a sample: as given, by a frequency, or by the population's own definition. */
    public static SampleSizes.Size size(
            SizeRule rule, Populations.Population def, long events, long days, SampleSizes sizes) {
        if (rule.size().isPresent()) {
            int n = (int) Math.min(rule.size().get(), events);
            return new SampleSizes.Size(n, "given: " + rule.size().get());
        }
        if (rule.frequency().isPresent()) {
            return sizes.size(sizes.frequency(rule.frequency().get()), events, "");
        }
        if ("as-needed".equals(def.frequency())) {
            SampleSizes.Frequency f = sizes.byOccurrences(events, days);
            return sizes.size(f, events, ", read from " + events + " events in " + days + " days");
        }
        return sizes.size(sizes.frequency(def.frequency()), events, "");
    }

    /**
     * Streams a population file one event at a time.
     *
     * @throws InputException naming the file and line when a line is not a population event
     */
    public static void each(Path file, Consumer<PopulationEvent> consumer) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    consumer.accept(PopulationEvent.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new InputException(file, "line " + n + " " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static PopulationSection.Interval interval(String account, String region, JsonNode n, String what) {
        return new PopulationSection.Interval(
                account,
                region,
                LocalDate.parse(n.path("start").asText()),
                LocalDate.parse(n.path("end").asText()),
                what,
                n.path("events").asLong());
    }

    private static final class Acc {
        final Populations.Population def;
        long events;
        final List<String> files = new ArrayList<>();

        Acc(Populations.Population def) {
            this.def = def;
        }
    }
}
