package dev.auditpack.evidence.aws;

/**
 * GuardDuty evidence: each region's detectors and their settings, and the findings of the audit period.
 */
public final class GuardDutyEvidence {

    /** Collector id: the region's detectors, each with its recorded settings. */
    public static final String DETECTORS = "guardduty.detectors";
    /** Collector id: per detector, the findings created or updated in the audit period, archived ones too. */
    public static final String PERIOD_FINDINGS = "guardduty.period_findings";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_DETECTORS = "ListDetectors";

    public static final String GET_DETECTOR = "GetDetector";
    public static final String LIST_FINDINGS = "ListFindings";
    public static final String GET_FINDINGS = "GetFindings";

    private GuardDutyEvidence() {}
}
