package dev.auditpack.emulator;

/** A failure the gateway can inject instead of answering a request, or into its answer. */
public enum Fault {
    /** The service's own "slow down" error, which the SDK classifies as throttling. */
    THROTTLING,
    /** An HTTP 500 (or 503) server error in the service's error shape. */
    SERVER_ERROR,
    /** The connection is closed without any response, so the client sees an I/O error. */
    DROP,
    /** The right answer, late: the gateway waits {@link FaultPlan#delay()} first. */
    DELAY,
    /** The answer's status and headers, its full {@code Content-Length}, then no body and a closed connection. */
    CUT_AFTER_HEADERS,
    /** The answer's status and headers, its full {@code Content-Length}, part of the body, a closed connection. */
    CUT_MID_BODY,
    /** The answer sent in chunks, cut off after part of the body, without the final chunk. */
    CUT_CHUNKED,
    /**
     * A wrong {@code Content-Length}: it announces fewer bytes than the answer has, and only those are sent, so
     * the message is complete by HTTP's measure but its document is cut off.
     */
    SHORT_LENGTH;

    /** True for the faults that damage the answer itself rather than replace it. */
    public boolean damagesAnswer() {
        return this == CUT_AFTER_HEADERS || this == CUT_MID_BODY || this == CUT_CHUNKED || this == SHORT_LENGTH;
    }
}
