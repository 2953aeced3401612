package dev.auditpack.collector.aws.cloudtrail;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * The trails that apply to a region (its own and multi-region trails from elsewhere), each with its
 * logging status and event selectors, asked of the trail's home region.
 *
 * <p>Shape: {@code data.Trails[]}, each trail as DescribeTrails returned it plus {@code calls} with the
 * recorded GetTrailStatus and GetEventSelectors results.
 */
@AutoService(Collector.class)
public final class CloudTrailTrailsCollector implements Collector {

    static final Operation DESCRIBE_TRAILS = Operation.of("CloudTrail", CloudTrailEvidence.DESCRIBE_TRAILS);
    static final Operation GET_TRAIL_STATUS = Operation.of("CloudTrail", CloudTrailEvidence.GET_TRAIL_STATUS);
    static final Operation GET_EVENT_SELECTORS = Operation.of("CloudTrail", CloudTrailEvidence.GET_EVENT_SELECTORS);

    @Override
    public String id() {
        return CloudTrailEvidence.TRAILS;
    }

    @Override
    public String description() {
        return "CloudTrail trails covering the region, with logging status and event selectors.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_TRAILS, GET_TRAIL_STATUS, GET_EVENT_SELECTORS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        CloudTrailClient here = context.client(CloudTrailClient.class);
        List<Trail> trails = recorder.require(
                DESCRIBE_TRAILS,
                () -> here.describeTrails(r -> r.includeShadowTrails(true)).trailList().stream()
                        .sorted(Comparator.comparing(Trail::trailARN, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
        ArrayNode out = recorder.data().putArray("Trails");
        for (Trail trail : trails) {
            String arn = trail.trailARN();
            String home = trail.homeRegion() == null ? context.target().region() : trail.homeRegion();
            CloudTrailClient owner = context.client(CloudTrailClient.class, home);
            ObjectNode node = (ObjectNode) SdkJson.toJson(trail);
            ObjectNode calls = node.putObject("calls");
            EvidenceRecorder.put(
                    calls,
                    GET_TRAIL_STATUS,
                    recorder.call(GET_TRAIL_STATUS, arn, () -> owner.getTrailStatus(r -> r.name(arn)))
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_EVENT_SELECTORS,
                    recorder.call(GET_EVENT_SELECTORS, arn, () -> owner.getEventSelectors(r -> r.trailName(arn)))
                            .result());
            out.add(node);
        }
    }
}
