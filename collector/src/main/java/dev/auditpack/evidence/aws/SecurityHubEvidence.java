package dev.auditpack.evidence.aws;

/**
 * Security Hub evidence: whether the hub is enabled in each region, the standards it checks, and its active
 * findings.
 */
public final class SecurityHubEvidence {

    /** Collector id: the region's hub and its enabled standards. */
    public static final String HUB = "securityhub.hub";
    /** Collector id: the region's active findings (ASFF), summarised, as the report reads imported ASFF files. */
    public static final String FINDINGS = "securityhub.findings";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_HUB = "DescribeHub";

    public static final String GET_ENABLED_STANDARDS = "GetEnabledStandards";
    public static final String GET_FINDINGS = "GetFindings";

    private SecurityHubEvidence() {}
}
