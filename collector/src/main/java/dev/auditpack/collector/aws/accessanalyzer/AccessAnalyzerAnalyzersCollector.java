package dev.auditpack.collector.aws.accessanalyzer;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.CollectorScope;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

/**
 * The IAM Access Analyzer analyzers of a region, of every type (account or organization, external or
 * unused access), with their status. An empty list is a real answer: no analyzer in the region.
 *
 * <p>Shape: {@code data.Analyzers[]}, the analyzers of every page of ListAnalyzers, sorted by ARN.
 */
@AutoService(Collector.class)
public final class AccessAnalyzerAnalyzersCollector implements Collector {

    static final Operation LIST_ANALYZERS =
            new Operation("AccessAnalyzer", "ListAnalyzers", "access-analyzer:ListAnalyzers");

    @Override
    public String id() {
        return "accessanalyzer.analyzers";
    }

    @Override
    public String description() {
        return "The region's IAM Access Analyzer analyzers, their type and status.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_ANALYZERS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        AccessAnalyzerClient analyzer = context.client(AccessAnalyzerClient.class);
        List<AnalyzerSummary> analyzers = recorder.require(LIST_ANALYZERS,
                () -> analyzer.listAnalyzersPaginator(r -> { }).analyzers().stream()
                        .sorted(Comparator.comparing(AnalyzerSummary::arn)).toList());
        recorder.data().set("Analyzers", SdkJson.toJson(analyzers));
    }
}
