package dev.auditpack.collector;

import java.io.IOException;

/**
 * An answer cut off on the way: fewer bytes arrived than announced, or none where the operation always sends a
 * document. An I/O error, so the SDK retries it like a reset connection; after the last retry it is a collection
 * error, never an empty answer.
 */
public final class IncompleteResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    public IncompleteResponseException(String message) {
        super(message);
    }

    public IncompleteResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
