package dev.auditpack.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.CollectorScope;
import dev.auditpack.collector.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds which AWS services the evidence shows in use, and lists for each what AWS does and what the
 * customer must do. A service whose evidence could not be collected is shown as unknown, never as unused.
 */
public final class ResponsibilityProfile {

    /** Class-path location of the shipped service models. */
    static final String RESOURCE = "frameworks/responsibility/aws-services.yaml";

    record File(List<ServiceModel> services) {
    }

    /** Whether a service is in use. */
    public enum Use { IN_USE, NOT_FOUND, UNKNOWN }

    /**
     * One service in this account set.
     *
     * @param service   the service and its split
     * @param use       in use, not found, or unknown (evidence missing)
     * @param resources resources found
     * @param where     accounts and regions where resources were found, as {@code account/region}
     * @param unread    scopes whose evidence could not be read, as {@code account/region}
     */
    public record Entry(ServiceModel service, Use use, long resources, List<String> where, List<String> unread) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ResponsibilityProfile() {
    }

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

    /** The profile of the locker's accounts. */
    public static List<Entry> of(EvidenceSet evidence, List<ServiceModel> models) {
        Map<String, CollectorScope> scopes = Collector.all().stream()
                .collect(Collectors.toMap(Collector::id, Collector::scope, (a, b) -> a));
        List<Entry> out = new ArrayList<>();
        for (ServiceModel model : models) {
            long resources = 0;
            TreeSet<String> where = new TreeSet<>();
            TreeSet<String> unread = new TreeSet<>();
            for (ServiceModel.Detection d : model.detect()) {
                CollectorScope scope = scopes.getOrDefault(d.collector(), CollectorScope.REGIONAL);
                for (String account : evidence.accounts()) {
                    List<String> regions = scope == CollectorScope.REGIONAL ? evidence.regions(account) : List.of(Target.GLOBAL);
                    for (String region : regions) {
                        var lookup = evidence.get(d.collector(), account, region);
                        if (lookup instanceof EvidenceSet.Found found) {
                            JsonNode node = found.document().data().at(d.path());
                            if (node.isArray() && !node.isEmpty()) {
                                resources += node.size();
                                where.add(account + "/" + region);
                            }
                        } else {
                            unread.add(account + "/" + region);
                        }
                    }
                }
            }
            Use use = resources > 0 ? Use.IN_USE : unread.isEmpty() ? Use.NOT_FOUND : Use.UNKNOWN;
            out.add(new Entry(model, use, resources, List.copyOf(where), List.copyOf(unread)));
        }
        return out;
    }

}
