package dev.auditpack.evidence.aws;

/**
 * DynamoDB evidence: each region's tables with their encryption and point-in-time recovery.
 */
public final class DynamoDbEvidence {

    /** Collector id: the region's tables, each with its description and continuous backups. */
    public static final String TABLES = "dynamodb.tables";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_TABLES = "ListTables";

    public static final String DESCRIBE_TABLE = "DescribeTable";
    public static final String DESCRIBE_CONTINUOUS_BACKUPS = "DescribeContinuousBackups";

    private DynamoDbEvidence() {}
}
