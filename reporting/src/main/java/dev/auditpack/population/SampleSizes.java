package dev.auditpack.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sample-size table auditors commonly use for tests of controls, kept as data
 * ({@code frameworks/sampling/sample-sizes.yaml}) with its source named.
 */
public final class SampleSizes {

    /** The resource holding the table. */
    public static final String RESOURCE = "frameworks/sampling/sample-sizes.yaml";

    /**
     * One row: how often a control operates, and the usual range of sample sizes.
     *
     * @param occurrencesUpTo most operations a year this row stands for, for controls run as events happen; none
     *                        for the last row
     */
    public record Frequency(String id, String title, int min, int max, Optional<Long> occurrencesUpTo) {}

    /** How a sample's size was chosen, in words for the pack. */
    public record Size(int size, String basis) {}

    private static final SampleSizes SHIPPED = load();

    private final String source;
    private final List<Frequency> rows;

    private SampleSizes(String source, List<Frequency> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    public static SampleSizes shipped() {
        return SHIPPED;
    }

    /** Where the figures come from, as the data file says. */
    public String source() {
        return source;
    }

    public List<Frequency> rows() {
        return rows;
    }

    /**
     * The row of a frequency id ({@code daily}, {@code several-times-a-day}).
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public Frequency frequency(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> r.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a frequency; use one of "
                        + rows.stream().map(Frequency::id).collect(Collectors.joining(", "))));
    }

    /**
     * The frequency of a control that operates as events happen: its population over {@code days}, scaled to a
     * year, read against each row's {@code occurrencesUpTo}.
     */
    public Frequency byOccurrences(long populationSize, long days) {
        long perYear = days <= 0 ? populationSize : (long) Math.ceil(populationSize * 365.0 / days);
        for (Frequency f : rows) {
            if (f.occurrencesUpTo().isEmpty() || perYear <= f.occurrencesUpTo().get()) {
                return f;
            }
        }
        return rows.get(rows.size() - 1);
    }

    /** The size for a frequency (its lower bound), never more than the population. */
    public Size size(Frequency f, long populationSize, String how) {
        int n = (int) Math.min(f.min(), populationSize);
        String basis = f.title() + " (" + (f.min() == f.max() ? f.min() : f.min() + "–" + f.max()) + ")" + how;
        if (n < f.min()) {
            basis += "; the whole population, which is smaller";
        }
        return new Size(n, basis);
    }

    private static SampleSizes load() {
        try (InputStream in = SampleSizes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new YAMLMapper().readTree(in);
            List<Frequency> rows = new ArrayList<>();
            for (JsonNode r : root.get("frequencies")) {
                rows.add(new Frequency(
                        r.get("id").asText(),
                        r.get("title").asText(),
                        r.get("min").asInt(),
                        r.get("max").asInt(),
                        r.hasNonNull("occurrencesUpTo")
                                ? Optional.of(r.get("occurrencesUpTo").asLong())
                                : Optional.empty()));
            }
            return new SampleSizes(root.get("source").asText(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
