package dev.auditpack.evidence;

/** Why a call to AWS did not produce evidence, in the terms an auditor needs. */
public enum ErrorCategory {
    /** The credentials were not allowed to make the call. */
    ACCESS_DENIED,
    /** AWS kept refusing for rate reasons after every retry. */
    THROTTLED,
    /** The service or operation is not available in this account, region or partition. */
    UNSUPPORTED,
    /** No answer in time, or the connection failed. */
    TIMEOUT,
    /** AWS answered with a server-side error. */
    SERVICE_ERROR,
    /** The call was rejected for another reason (validation, missing subscription, unknown). */
    OTHER
}
