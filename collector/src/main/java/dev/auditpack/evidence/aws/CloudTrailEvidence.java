package dev.auditpack.evidence.aws;

/**
 * CloudTrail evidence: the trails each region sees, with each trail's status and event selectors; and the change
 * populations of the audit period, read from LookupEvents or the trail's log files in S3.
 */
public final class CloudTrailEvidence {

    /** Collector id: the trails covering the region, each with its recorded status and event selectors. */
    public static final String TRAILS = "cloudtrail.trails";

    /**
     * Collector id: the audit period's management events sorted into change populations ({@link Populations}),
     * with which source covered which dates.
     */
    public static final String EVENTS = "cloudtrail.events";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_TRAILS = "DescribeTrails";

    public static final String GET_TRAIL_STATUS = "GetTrailStatus";
    public static final String GET_EVENT_SELECTORS = "GetEventSelectors";
    public static final String LOOKUP_EVENTS = "LookupEvents";

    /** S3 operations that read a trail's log files. */
    public static final String GET_BUCKET_LOCATION = "GetBucketLocation";

    public static final String LIST_OBJECTS_V2 = "ListObjectsV2";
    public static final String GET_OBJECT = "GetObject";

    /** Attachment names: population files are {@code population-<id>.jsonl}. */
    public static final String POPULATION_PREFIX = "population-";

    public static final String POPULATION_SUFFIX = ".jsonl";

    private CloudTrailEvidence() {}
}
