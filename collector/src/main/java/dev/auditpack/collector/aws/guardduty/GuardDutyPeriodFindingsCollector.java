package dev.auditpack.collector.aws.guardduty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.GuardDutyEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.FindingCriteria;
import software.amazon.awssdk.services.guardduty.model.GetFindingsResponse;
import software.amazon.awssdk.services.guardduty.model.Resource;

/**
 * The GuardDuty findings of each detector of the region that were updated in the audit period (a finding is
 * updated when it is raised, seen again, or archived), archived and not: incident response evidence. A call that
 * fails is a collection error, and the detector's findings are then unread, never an empty list.
 *
 * <p>Shape: {@code data.Period} ({@code start}, {@code end}) and {@code data.Detectors[]}, one
 * {@code {DetectorId, calls: {ListFindings, GetFindings}}} per detector id ListDetectors returned, sorted by id.
 * {@code ListFindings} (criterion {@code updatedAt} within the period, {@code service.archived} true or false) is
 * recorded with {@code findingIds}; {@code GetFindings} (asked in batches of 50) with {@code Findings[]}, each
 * {@code Id, Type, Title, Severity, CreatedAt, UpdatedAt, Archived, ResourceType, ResourceId, Count}, sorted by
 * severity (highest first) and id, or with the first failed batch's error.
 */
@AutoService(Collector.class)
public final class GuardDutyPeriodFindingsCollector implements Collector {

    static final Operation LIST_DETECTORS = Operation.of("GuardDuty", GuardDutyEvidence.LIST_DETECTORS);
    static final Operation LIST_FINDINGS = Operation.of("GuardDuty", GuardDutyEvidence.LIST_FINDINGS);
    static final Operation GET_FINDINGS = Operation.of("GuardDuty", GuardDutyEvidence.GET_FINDINGS);
    static final int BATCH = 50;

    @Override
    public String id() {
        return GuardDutyEvidence.PERIOD_FINDINGS;
    }

    @Override
    public String description() {
        return "GuardDuty findings updated in the audit period, with severity and whether they were archived.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_DETECTORS, LIST_FINDINGS, GET_FINDINGS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        GuardDutyClient guardDuty = context.client(GuardDutyClient.class);
        AuditPeriod period = context.periodOrQuarter();
        ObjectNode data = recorder.data();
        data.putObject("Period")
                .put("start", period.start().toString())
                .put("end", period.end().toString());
        List<String> ids = recorder.require(
                LIST_DETECTORS,
                () -> guardDuty.listDetectorsPaginator(r -> {}).detectorIds().stream()
                        .sorted()
                        .toList());
        FindingCriteria criteria = FindingCriteria.builder()
                .criterion(Map.of(
                        "updatedAt",
                        Condition.builder()
                                .greaterThanOrEqual(period.startInstant().toEpochMilli())
                                .lessThan(period.endExclusive().toEpochMilli())
                                .build(),
                        "service.archived",
                        Condition.builder().equalsValue("true", "false").build()))
                .build();
        ArrayNode out = data.putArray("Detectors");
        for (String id : ids) {
            String arn = Arn.regional(
                    "guardduty", context.target().region(), context.target().account(), "detector/" + id);
            ObjectNode node = out.addObject();
            node.put("DetectorId", id);
            ObjectNode calls = node.putObject("calls");
            Recorded<List<String>> listed =
                    recorder.call(
                            LIST_FINDINGS,
                            arn,
                            () -> guardDuty
                                    .listFindingsPaginator(r -> r.detectorId(id).findingCriteria(criteria))
                                    .findingIds()
                                    .stream()
                                    .sorted()
                                    .toList());
            ObjectNode listedIds = JsonNodeFactory.instance.objectNode();
            listed.value().ifPresent(list -> list.forEach(listedIds.putArray("findingIds")::add));
            EvidenceRecorder.put(
                    calls, LIST_FINDINGS, listed.value().isPresent() ? OperationResult.ok(listedIds) : listed.result());
            if (listed.value().isPresent()) {
                EvidenceRecorder.put(
                        calls,
                        GET_FINDINGS,
                        details(guardDuty, recorder, id, arn, listed.value().get()));
            }
        }
    }

    /** The findings in batches of 50, summarised; the first failed batch's error if one fails. */
    private static OperationResult details(
            GuardDutyClient guardDuty, EvidenceRecorder recorder, String detectorId, String arn, List<String> ids) {
        recorder.used(GET_FINDINGS);
        List<Finding> findings = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Recorded<GetFindingsResponse> got = recorder.call(
                    GET_FINDINGS,
                    arn,
                    () -> guardDuty.getFindings(r -> r.detectorId(detectorId).findingIds(batch)));
            if (got.value().isEmpty()) {
                return got.result();
            }
            findings.addAll(got.value().get().findings());
        }
        findings.sort(Comparator.comparing((Finding f) -> f.severity() == null ? 0.0 : -f.severity())
                .thenComparing(Finding::id));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode list = response.putArray("Findings");
        for (Finding f : findings) {
            ObjectNode n = list.addObject()
                    .put("Id", f.id())
                    .put("Type", f.type())
                    .put("Title", f.title())
                    .put("Severity", f.severity())
                    .put("CreatedAt", f.createdAt())
                    .put("UpdatedAt", f.updatedAt());
            n.put(
                    "Archived",
                    f.service() != null && Boolean.TRUE.equals(f.service().archived()));
            Resource resource = f.resource();
            n.put("ResourceType", resource == null ? null : resource.resourceType());
            n.put("ResourceId", resourceId(resource));
            if (f.service() != null && f.service().count() != null) {
                n.put("Count", f.service().count());
            }
        }
        return OperationResult.ok(response);
    }

    /** The resource the finding is about, by the id its kind is known by; null when the kind has none of these. */
    private static String resourceId(Resource resource) {
        if (resource == null) {
            return null;
        }
        if (resource.instanceDetails() != null && resource.instanceDetails().instanceId() != null) {
            return resource.instanceDetails().instanceId();
        }
        if (resource.accessKeyDetails() != null && resource.accessKeyDetails().accessKeyId() != null) {
            return resource.accessKeyDetails().accessKeyId() + " ("
                    + resource.accessKeyDetails().userName() + ")";
        }
        if (resource.hasS3BucketDetails() && !resource.s3BucketDetails().isEmpty()) {
            return resource.s3BucketDetails().get(0).arn();
        }
        if (resource.eksClusterDetails() != null) {
            return resource.eksClusterDetails().arn();
        }
        if (resource.rdsDbInstanceDetails() != null) {
            return resource.rdsDbInstanceDetails().dbInstanceArn();
        }
        return null;
    }
}
