package dev.auditpack.emulator;

/** A failure the gateway can inject instead of answering a request. */
public enum Fault {
    /** The service's own "slow down" error, which the SDK classifies as throttling. */
    THROTTLING,
    /** An HTTP 500 (or 503) server error in the service's error shape. */
    SERVER_ERROR,
    /** The connection is closed without any response, so the client sees an I/O error. */
    DROP
}
