package dev.auditpack.evidence;

/** What one AWS call produced. */
public enum Outcome {
    /** AWS answered; the response is recorded. */
    OK,
    /**
     * AWS answered that the thing does not exist (e.g. {@code NoSuchEntity} for an unset password policy):
     * a real answer meaning "not configured", unlike {@link #ERROR}.
     */
    ABSENT,
    /** The call failed; nothing is known. */
    ERROR
}
