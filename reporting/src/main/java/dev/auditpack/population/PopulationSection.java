package dev.auditpack.population;

import dev.auditpack.evidence.aws.PopulationEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change populations of a locker, for the pack: each population's size over every account and region, which
 * source covered which dates and which dates are a GAP, and its sample when a seed was given.
 *
 * @param seed        the seed the samples were drawn with, if any
 * @param sizesSource where the sample-size table comes from, as its data file says
 * @param coverage    days read, per account and region and source; the same for every population
 * @param gaps        days no source covered, per account and region, with the reason; every population lacks them
 * @param populations every population the locker holds, in the order of their definitions; empty when the locker
 *                    has no {@code cloudtrail.events} evidence
 */
public record PopulationSection(
        Optional<String> seed,
        String sizesSource,
        List<Interval> coverage,
        List<Interval> gaps,
        List<PopulationSummary> populations) {

    /** No populations: the locker holds no CloudTrail events. */
    public static final PopulationSection EMPTY =
            new PopulationSection(Optional.empty(), "", List.of(), List.of(), List.of());

    public PopulationSection {
        coverage = List.copyOf(coverage);
        gaps = List.copyOf(gaps);
        populations = List.copyOf(populations);
    }

    /** Days of GAP over every account and region (a day missing in two regions counts twice). */
    public long gapDays() {
        return gaps.stream().mapToLong(Interval::days).sum();
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return populations.isEmpty();
    }

    /**
     * One population.
     *
     * @param controls control ids by framework id
     * @param events   events over every account and region
     * @param files    locker paths of its population files (one per account and region with events)
     * @param sample   the sample, when a seed was given
     */
    public record PopulationSummary(
            String id,
            String title,
            Map<String, List<String>> controls,
            long events,
            List<String> files,
            Optional<Sample> sample) {}

    /**
     * A run of days for one account and region.
     *
     * @param what   the source that covered them ({@code TrailLogs}, {@code LookupEvents}), or why they are a GAP
     * @param events events read in them (0 for a GAP)
     */
    public record Interval(String account, String region, LocalDate start, LocalDate end, String what, long events) {
        public long days() {
            return end.toEpochDay() - start.toEpochDay() + 1;
        }
    }

    /**
     * A reproducible sample.
     *
     * @param seed   the seed
     * @param size   items drawn
     * @param basis  how the size was chosen (the frequency row, or "given")
     * @param method how to draw it again, in one sentence
     * @param items  the drawn events, in rank order
     */
    public record Sample(String seed, int size, String basis, String method, List<PopulationEvent> items) {
        public boolean contains(String id) {
            return items.stream().anyMatch(e -> e.id().equals(id));
        }
    }

    /** The method sentence every sample carries. */
    public static final String METHOD = "Items ranked by the lower-case hex SHA-256 of \"<seed>:<event id>\";"
            + " the sample is the first N in ascending order (see docs/populations-and-samples.md).";
}
