package dev.auditpack.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The change populations auditpack builds from CloudTrail, as data ({@code cloudtrail-populations.json} beside
 * this class): each population's id, title, the controls it is evidence for in each framework, and the rules
 * that say which management events belong to it.
 */
public final class Populations {

    /** One rule: an event source, event names and conditions, each left out to match anything. */
    public record Rule(String source, Set<String> names, String identityType, String mfaUsed) {
        boolean matches(PopulationEvent e) {
            return (source == null || source.equals(e.source()))
                    && (names.isEmpty() || names.contains(e.name()))
                    && (identityType == null || identityType.equals(e.identityType()))
                    && (mfaUsed == null || mfaUsed.equals(e.mfaUsed()));
        }
    }

    /**
     * One population.
     *
     * @param frequency how often the controls it evidences operate, for the sample size ({@code as-needed}: as
     *                  often as the events happen)
     * @param controls  control ids by framework id ({@code iso27001-2022}, {@code soc2-2017})
     */
    public record Population(
            String id, String title, String frequency, Map<String, List<String>> controls, List<Rule> rules) {
        public boolean contains(PopulationEvent e) {
            return rules.stream().anyMatch(r -> r.matches(e));
        }
    }

    private static final List<Population> ALL = load();

    private Populations() {}

    /** Every population, in the order of the data file. */
    public static List<Population> all() {
        return ALL;
    }

    public static Optional<Population> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The populations an event belongs to; empty for most events. */
    public static List<Population> of(PopulationEvent e) {
        List<Population> out = new ArrayList<>(2);
        for (Population p : ALL) {
            if (p.contains(e)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Population> load() {
        try (InputStream in = Populations.class.getResourceAsStream("cloudtrail-populations.json")) {
            if (in == null) {
                throw new IllegalStateException("cloudtrail-populations.json is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Population> out = new ArrayList<>();
            for (JsonNode p : root.get("populations")) {
                List<Rule> rules = new ArrayList<>();
                for (JsonNode r : p.get("rules")) {
                    Set<String> names = new java.util.HashSet<>();
                    r.path("names").forEach(n -> names.add(n.asText()));
                    rules.add(new Rule(
                            r.hasNonNull("source") ? r.get("source").asText() : null,
                            Set.copyOf(names),
                            r.hasNonNull("identityType") ? r.get("identityType").asText() : null,
                            r.hasNonNull("mfaUsed") ? r.get("mfaUsed").asText() : null));
                }
                Map<String, List<String>> controls = new LinkedHashMap<>();
                p.get("controls").fields().forEachRemaining(f -> {
                    List<String> ids = new ArrayList<>();
                    f.getValue().forEach(c -> ids.add(c.asText()));
                    controls.put(f.getKey(), List.copyOf(ids));
                });
                out.add(new Population(
                        p.get("id").asText(),
                        p.get("title").asText(),
                        p.get("frequency").asText(),
                        Map.copyOf(controls),
                        List.copyOf(rules)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cloudtrail-populations.json", e);
        }
    }
}
