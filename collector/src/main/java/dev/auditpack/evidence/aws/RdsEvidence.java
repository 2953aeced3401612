package dev.auditpack.evidence.aws;

/**
 * RDS evidence: each region's database instances and database clusters.
 */
public final class RdsEvidence {

    /** Collector id: the region's database instances. */
    public static final String INSTANCES = "rds.instances";
    /** Collector id: the region's database clusters. */
    public static final String CLUSTERS = "rds.clusters";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_DB_INSTANCES = "DescribeDBInstances";
    public static final String DESCRIBE_DB_CLUSTERS = "DescribeDBClusters";

    private RdsEvidence() {
    }
}
