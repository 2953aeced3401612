package dev.auditpack.evaluation;

/** What AWS Artifact says about AWS's half of a control. */
public enum AttestationStatus {
    /** A matching report's period covers the whole audit period. */
    COVERED,
    /** Matching reports exist, but none covers the whole audit period: a bridge letter from AWS is needed. */
    BRIDGE_LETTER_NEEDED,
    /** Artifact lists no matching report. */
    NOT_FOUND,
    /** The Artifact report list could not be collected. */
    GAP
}
