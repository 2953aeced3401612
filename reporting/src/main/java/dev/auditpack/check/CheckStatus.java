package dev.auditpack.check;

/** The result of a check for one resource. */
public enum CheckStatus {
    /** The resource meets the check. */
    PASS,
    /** The resource does not meet the check. */
    FAIL,
    /** The resource does not meet the check, and an approved, unexpired exception accepts that. */
    ACCEPTED,
    /** The check does not apply to the resource (e.g. a user without a console password needs no console MFA). */
    NOT_APPLICABLE,
    /** The evidence to decide was not collected or could not be read; nothing is known. */
    GAP
}
