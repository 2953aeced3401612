package dev.auditpack.collector.aws.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.RdsEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;

/**
 * Every database cluster of a region (Aurora, Multi-AZ DB clusters, and Neptune and DocumentDB, which share
 * the API) with its storage encryption, backup retention, deletion protection and members.
 *
 * <p>Shape: {@code data.DBClusters[]}, the clusters of every page of DescribeDBClusters as returned,
 * sorted by identifier.
 */
@AutoService(Collector.class)
public final class RdsClustersCollector implements Collector {

    static final Operation DESCRIBE_DB_CLUSTERS = Operation.of("Rds", RdsEvidence.DESCRIBE_DB_CLUSTERS);

    @Override
    public String id() {
        return RdsEvidence.CLUSTERS;
    }

    @Override
    public String description() {
        return "The region's database clusters: encryption, backup retention, deletion protection, members.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_DB_CLUSTERS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        RdsClient rds = context.client(RdsClient.class);
        List<DBCluster> clusters = recorder.require(
                DESCRIBE_DB_CLUSTERS,
                () -> rds.describeDBClustersPaginator(r -> {}).dbClusters().stream()
                        .sorted(Comparator.comparing(DBCluster::dbClusterIdentifier))
                        .toList());
        recorder.data().set("DBClusters", SdkJson.toJson(clusters));
    }
}
