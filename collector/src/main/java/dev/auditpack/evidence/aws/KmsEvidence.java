package dev.auditpack.evidence.aws;

/**
 * KMS evidence: each region's keys with their description and rotation status.
 */
public final class KmsEvidence {

    /** Collector id: the region's keys, each with its recorded description and rotation status. */
    public static final String KEYS = "kms.keys";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_KEYS = "ListKeys";

    public static final String DESCRIBE_KEY = "DescribeKey";
    public static final String GET_KEY_ROTATION_STATUS = "GetKeyRotationStatus";

    private KmsEvidence() {}
}
