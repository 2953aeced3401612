package dev.auditpack.collector.aws.cloudfront;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.CloudFrontEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;

/**
 * Every CloudFront distribution of the account, with its origins, cache behaviours (each with its viewer
 * protocol policy) and viewer certificate (with its minimum TLS protocol version). CloudFront is a global
 * service, so it is asked once per account. An empty list is a real answer: the account has no distribution.
 *
 * <p>Shape: {@code data.Distributions[]}, the summaries of every page of ListDistributions, sorted by
 * {@code Id}.
 */
@AutoService(Collector.class)
public final class CloudFrontDistributionsCollector implements Collector {

    static final Operation LIST_DISTRIBUTIONS = Operation.of("CloudFront", CloudFrontEvidence.LIST_DISTRIBUTIONS);

    @Override
    public String id() {
        return CloudFrontEvidence.DISTRIBUTIONS;
    }

    @Override
    public String description() {
        return "The account's CloudFront distributions, their viewer protocol policies and viewer TLS versions.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_DISTRIBUTIONS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        CloudFrontClient cloudFront = context.client(CloudFrontClient.class);
        List<DistributionSummary> distributions = recorder.require(LIST_DISTRIBUTIONS, () -> all(cloudFront));
        recorder.data().set("Distributions", SdkJson.toJson(distributions));
    }

    /** Every page, following {@code NextMarker} while the list is truncated (the client has no paginator for it). */
    private static List<DistributionSummary> all(CloudFrontClient cloudFront) {
        List<DistributionSummary> all = new ArrayList<>();
        String marker = null;
        do {
            String from = marker;
            DistributionList page =
                    cloudFront.listDistributions(r -> r.marker(from)).distributionList();
            if (page == null) {
                break;
            }
            all.addAll(page.items());
            marker = Boolean.TRUE.equals(page.isTruncated()) ? page.nextMarker() : null;
        } while (marker != null && !marker.isEmpty());
        all.sort(Comparator.comparing(DistributionSummary::id));
        return all;
    }
}
