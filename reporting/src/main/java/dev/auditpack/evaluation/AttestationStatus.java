package dev.auditpack.evaluation;

/** What AWS's attestations say about AWS's half of a control. See {@code docs/statuses.md}. */
public enum AttestationStatus {
    /** An accepted report covers the whole audit period, alone or with AWS's bridge letter for the days after it. */
    COVERED,
    /** An accepted report ends before the audit period does and no bridge letter covers the rest. */
    BRIDGE_LETTER_NEEDED,
    /** Accepted reports exist, but none covers the whole audit period, and the framework has no bridge letters. */
    NOT_COVERED,
    /** The period is covered, but not every AWS service in use is in the attestation's scope. */
    SERVICES_NOT_COVERED,
    /** Artifact lists no matching report. */
    NOT_FOUND,
    /** The Artifact report list could not be collected. */
    GAP
}
