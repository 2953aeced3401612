package dev.auditpack.evidence.aws;

/**
 * GuardDuty evidence: each region's detectors and their settings.
 */
public final class GuardDutyEvidence {

    /** Collector id: the region's detectors, each with its recorded settings. */
    public static final String DETECTORS = "guardduty.detectors";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_DETECTORS = "ListDetectors";

    public static final String GET_DETECTOR = "GetDetector";

    private GuardDutyEvidence() {}
}
