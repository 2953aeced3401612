package dev.auditpack.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Arn;
import java.util.Optional;

/**
 * RDS evidence: each region's database instances ({@code data.DBInstances[]}) and database clusters
 * ({@code data.DBClusters[]}), as described. The RDS checks and the backup check name a database by the same
 * readers, so a database has one ARN and one answer to "is it in a cluster" wherever it is judged.
 */
public final class RdsEvidence {

    /** Collector id: the region's database instances. */
    public static final String INSTANCES = "rds.instances";
    /** Collector id: the region's database clusters. */
    public static final String CLUSTERS = "rds.clusters";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_DB_INSTANCES = "DescribeDBInstances";

    public static final String DESCRIBE_DB_CLUSTERS = "DescribeDBClusters";

    private RdsEvidence() {}

    /** A described instance's ARN: its {@code DBInstanceArn}, or one made from its identifier when that is missing. */
    public static String instanceArn(JsonNode instance, String region, String account) {
        return instance.path("DBInstanceArn")
                .asText(Arn.regional(
                        "rds",
                        region,
                        account,
                        "db:" + instance.path("DBInstanceIdentifier").asText()));
    }

    /** A described cluster's ARN: its {@code DBClusterArn}, or one made from its identifier when that is missing. */
    public static String clusterArn(JsonNode cluster, String region, String account) {
        return cluster.path("DBClusterArn")
                .asText(Arn.regional(
                        "rds",
                        region,
                        account,
                        "cluster:" + cluster.path("DBClusterIdentifier").asText()));
    }

    /** The cluster a described instance belongs to (Aurora, Neptune, DocumentDB, Multi-AZ DB clusters), if any. */
    public static Optional<String> clusterOf(JsonNode instance) {
        String cluster = instance.path("DBClusterIdentifier").asText("");
        return cluster.isEmpty() ? Optional.empty() : Optional.of(cluster);
    }
}
