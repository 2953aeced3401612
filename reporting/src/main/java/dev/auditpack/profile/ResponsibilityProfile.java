package dev.auditpack.profile;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds which AWS services the evidence shows in use, and lists for each what AWS does and what the
 * customer must do. A service whose evidence could not be collected is shown as unknown, never as unused.
 */
public final class ResponsibilityProfile {

    /** Class-path location of the shipped service models. */
    static final String RESOURCE = "frameworks/responsibility/aws-services.yaml";

    record File(List<ServiceModel> services) {}

    /** Whether a service is in use. */
    public enum Use {
        IN_USE,
        NOT_FOUND,
        UNKNOWN
    }

    /**
     * One service in this account set.
     *
     * @param service   the service and its split
     * @param use       in use, not found, or unknown (evidence missing)
     * @param resources resources found
     * @param where     accounts and regions where resources were found, as {@code account/region}
     * @param unread    scopes whose evidence could not be read, as {@code account/region}
     */
    public record Entry(ServiceModel service, Use use, long resources, List<String> where, List<String> unread) {}

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ResponsibilityProfile() {}

    /** The shipped service models. */
    public static List<ServiceModel> shipped() {
        try (InputStream in = ResponsibilityProfile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return YAML.readValue(in, File.class).services();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The profile of the evidence's accounts. */
    public static List<Entry> of(EvidenceSet evidence, List<ServiceModel> models) {
        Tally tally = new Tally(models);
        tally.add(evidence);
        return tally.entries();
    }

    /**
     * A profile built up part by part, typically one account's view at a time, so the documents the checks have
     * just read for that account are counted from the same cache rather than read again.
     */
    public static final class Tally {
        private final List<ServiceModel> models;
        private final long[] resources;
        private final List<TreeSet<String>> where = new ArrayList<>();
        private final List<TreeSet<String>> unread = new ArrayList<>();

        public Tally(List<ServiceModel> models) {
            this.models = List.copyOf(models);
            this.resources = new long[models.size()];
            for (int i = 0; i < models.size(); i++) {
                where.add(new TreeSet<>());
                unread.add(new TreeSet<>());
            }
        }

        /** Counts what {@code evidence} shows of each service. */
        public void add(EvidenceSet evidence) {
            for (int i = 0; i < models.size(); i++) {
                for (ServiceModel.Detection d : models.get(i).detect()) {
                    boolean regional = evidence.index()
                            .collector(d.collector())
                            .map(CollectorEntry::regional)
                            .orElse(true);
                    for (String account : evidence.accounts()) {
                        List<String> regions = regional ? evidence.regions(account) : List.of(Target.GLOBAL);
                        for (String region : regions) {
                            if (evidence.get(d.collector(), account, region) instanceof EvidenceSet.Found found) {
                                JsonNode node = found.document().data().at(d.path());
                                if (node.isArray() && !node.isEmpty()) {
                                    resources[i] += node.size();
                                    where.get(i).add(account + "/" + region);
                                }
                            } else {
                                unread.get(i).add(account + "/" + region);
                            }
                        }
                    }
                }
            }
        }

        /** One entry per service model, in the models' order. */
        public List<Entry> entries() {
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                Use use = resources[i] > 0 ? Use.IN_USE : unread.get(i).isEmpty() ? Use.NOT_FOUND : Use.UNKNOWN;
                out.add(new Entry(
                        models.get(i), use, resources[i], List.copyOf(where.get(i)), List.copyOf(unread.get(i))));
            }
            return out;
        }
    }
}
