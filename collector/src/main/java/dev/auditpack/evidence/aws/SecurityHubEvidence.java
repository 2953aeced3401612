package dev.auditpack.evidence.aws;

/**
 * Security Hub evidence: whether the hub is enabled in each region, and the standards it checks.
 */
public final class SecurityHubEvidence {

    /** Collector id: the region's hub and its enabled standards. */
    public static final String HUB = "securityhub.hub";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_HUB = "DescribeHub";

    public static final String GET_ENABLED_STANDARDS = "GetEnabledStandards";

    private SecurityHubEvidence() {}
}
