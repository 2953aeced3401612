package dev.auditpack.collector.aws.artifact;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.ArtifactEvidence;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.artifact.ArtifactClient;
import software.amazon.awssdk.services.artifact.model.ReportSummary;

/**
 * The AWS compliance reports the account can see in AWS Artifact, with id, name, series, category,
 * version, period and state. Artifact answers from one endpoint per partition, so this runs once per
 * account. Nothing is downloaded and no terms are accepted.
 *
 * <p>Shape: {@code data.ListReports}, a recorded result whose response is every report of every page,
 * sorted by id and version.
 */
@AutoService(Collector.class)
public final class ArtifactReportsCollector implements Collector {

    static final Operation LIST_REPORTS = Operation.of("Artifact", ArtifactEvidence.LIST_REPORTS);

    @Override
    public String id() {
        return ArtifactEvidence.REPORTS;
    }

    @Override
    public String description() {
        return "AWS's compliance reports and certificates available in AWS Artifact, with their periods.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_REPORTS);
    }

    @Override
    public Duration ttl() {
        return Duration.ofDays(7);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        ArtifactClient artifact = context.client(ArtifactClient.class);
        List<ReportSummary> reports = recorder.require(
                LIST_REPORTS,
                () -> artifact.listReportsPaginator(r -> r.maxResults(300)).reports().stream()
                        .sorted(Comparator.comparing(ReportSummary::id, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(ReportSummary::version, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList());
        EvidenceRecorder.put(recorder.data(), LIST_REPORTS, OperationResult.ok(SdkJson.toJson(reports)));
    }
}
