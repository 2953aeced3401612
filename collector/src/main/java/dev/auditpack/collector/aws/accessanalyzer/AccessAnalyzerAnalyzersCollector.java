package dev.auditpack.collector.aws.accessanalyzer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.AccessAnalyzerEvidence;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerStatus;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;
import software.amazon.awssdk.services.accessanalyzer.model.Criterion;
import software.amazon.awssdk.services.accessanalyzer.model.FindingSummary;

/**
 * The IAM Access Analyzer analyzers of a region, of every type (account or organization, external, internal
 * or unused access), with their status, and the active findings of each active external-access analyzer:
 * resources that a principal outside the analyzer's zone of trust (the account or the organization) can
 * reach. An empty list is a real answer: no analyzer in the region.
 *
 * <p>Shape: {@code data.Analyzers[]}, the analyzers of every page of ListAnalyzers, sorted by ARN. An active
 * analyzer of type {@code ACCOUNT} or {@code ORGANIZATION} also has {@code calls.ListFindings}: the recorded
 * result holding its findings with status {@code ACTIVE} from every page, sorted by id. Other analyzers have
 * no {@code calls}.
 */
@AutoService(Collector.class)
public final class AccessAnalyzerAnalyzersCollector implements Collector {

    static final Operation LIST_ANALYZERS =
            new Operation("AccessAnalyzer", AccessAnalyzerEvidence.LIST_ANALYZERS, "access-analyzer:ListAnalyzers");
    static final Operation LIST_FINDINGS =
            new Operation("AccessAnalyzer", AccessAnalyzerEvidence.LIST_FINDINGS, "access-analyzer:ListFindings");

    /** The analyzer types that look for access from outside the zone of trust; ListFindings serves only these. */
    static final Set<String> EXTERNAL_ACCESS = Set.of("ACCOUNT", "ORGANIZATION");

    @Override
    public String id() {
        return AccessAnalyzerEvidence.ANALYZERS;
    }

    @Override
    public String description() {
        return "The region's IAM Access Analyzer analyzers, their type and status, and the active findings of external access.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_ANALYZERS, LIST_FINDINGS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        AccessAnalyzerClient analyzer = context.client(AccessAnalyzerClient.class);
        List<AnalyzerSummary> analyzers = recorder.require(
                LIST_ANALYZERS,
                () -> analyzer.listAnalyzersPaginator(r -> {}).analyzers().stream()
                        .sorted(Comparator.comparing(AnalyzerSummary::arn))
                        .toList());
        ArrayNode out = recorder.data().putArray("Analyzers");
        Map<String, Criterion> active =
                Map.of("status", Criterion.builder().eq("ACTIVE").build());
        for (AnalyzerSummary a : analyzers) {
            ObjectNode node = (ObjectNode) SdkJson.toJson(a);
            if (a.status() == AnalyzerStatus.ACTIVE && EXTERNAL_ACCESS.contains(a.typeAsString())) {
                EvidenceRecorder.put(
                        node.putObject("calls"),
                        LIST_FINDINGS,
                        recorder.call(
                                        LIST_FINDINGS,
                                        a.arn(),
                                        () -> analyzer
                                                .listFindingsPaginator(r ->
                                                        r.analyzerArn(a.arn()).filter(active))
                                                .findings()
                                                .stream()
                                                .sorted(Comparator.comparing(FindingSummary::id))
                                                .toList())
                                .result());
            }
            out.add(node);
        }
    }
}
