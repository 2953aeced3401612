package dev.auditpack.evaluation;

/** The answer a pack gives for one control. See {@code docs/statuses.md}. */
public enum ControlStatus {
    /** Every part of the control is evidenced and passes. */
    SATISFIED,
    /** At least one automated check failed. */
    NOT_SATISFIED,
    /** AWS operates the control, and an AWS attestation covering the audit period says so. */
    INHERITED,
    /** No automated evidence can answer the control (or not all of it); the customer must supply documents. */
    NEEDS_MANUAL_EVIDENCE,
    /** The customer supplied manual evidence that answers the control. */
    MANUAL_PROVIDED,
    /** Evidence the control depends on could not be collected or read; nothing is known. */
    GAP,
    /** The control was declared not applicable, with a reason. */
    NOT_APPLICABLE
}
