package dev.auditpack.evidence.aws;

/**
 * CloudTrail evidence: the trails each region sees, with each trail's status and event selectors.
 */
public final class CloudTrailEvidence {

    /** Collector id: the trails covering the region, each with its recorded status and event selectors. */
    public static final String TRAILS = "cloudtrail.trails";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_TRAILS = "DescribeTrails";

    public static final String GET_TRAIL_STATUS = "GetTrailStatus";
    public static final String GET_EVENT_SELECTORS = "GetEventSelectors";

    private CloudTrailEvidence() {}
}
