package dev.auditpack.collector.aws.guardduty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.GuardDutyEvidence;
import java.util.List;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/**
 * The region's GuardDuty detectors with their status, finding publishing frequency and the data sources
 * and features they watch. An empty list is a real answer: GuardDuty is off in the region.
 *
 * <p>Shape: {@code data.Detectors[]}, one {@code {DetectorId, calls: {GetDetector}}} per detector id
 * ListDetectors returned, sorted by id; {@code GetDetector} is the recorded result with {@code Status},
 * {@code FindingPublishingFrequency}, {@code DataSources} and {@code Features} as returned.
 */
@AutoService(Collector.class)
public final class GuardDutyDetectorsCollector implements Collector {

    static final Operation LIST_DETECTORS = Operation.of("GuardDuty", GuardDutyEvidence.LIST_DETECTORS);
    static final Operation GET_DETECTOR = Operation.of("GuardDuty", GuardDutyEvidence.GET_DETECTOR);

    @Override
    public String id() {
        return GuardDutyEvidence.DETECTORS;
    }

    @Override
    public String description() {
        return "GuardDuty detectors in the region, their status and the data sources they watch.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_DETECTORS, GET_DETECTOR);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        GuardDutyClient guardDuty = context.client(GuardDutyClient.class);
        List<String> ids = recorder.require(
                LIST_DETECTORS,
                () -> guardDuty.listDetectorsPaginator(r -> {}).detectorIds().stream()
                        .sorted()
                        .toList());
        String region = context.target().region();
        ArrayNode out = recorder.data().putArray("Detectors");
        for (String id : ids) {
            String arn = Arn.regional("guardduty", region, context.target().account(), "detector/" + id);
            ObjectNode node = out.addObject();
            node.put("DetectorId", id);
            EvidenceRecorder.put(
                    node.putObject("calls"),
                    GET_DETECTOR,
                    recorder.call(GET_DETECTOR, arn, () -> guardDuty.getDetector(r -> r.detectorId(id)))
                            .result());
        }
    }
}
