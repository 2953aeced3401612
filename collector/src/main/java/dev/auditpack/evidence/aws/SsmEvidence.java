package dev.auditpack.evidence.aws;

/**
 * Systems Manager evidence: each region's managed instances and their patch states.
 */
public final class SsmEvidence {

    /** Collector id: the region's managed instances and their patch states. */
    public static final String MANAGED_INSTANCES = "ssm.managed_instances";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_INSTANCE_INFORMATION = "DescribeInstanceInformation";

    public static final String DESCRIBE_INSTANCE_PATCH_STATES = "DescribeInstancePatchStates";

    private SsmEvidence() {}
}
