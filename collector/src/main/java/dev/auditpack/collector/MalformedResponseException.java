package dev.auditpack.collector;

import java.io.IOException;

/**
 * An answer that arrived whole by HTTP's measure but cannot be what AWS said: a document embedded in it (a bucket
 * policy, an IAM policy) does not parse. Retried like an I/O error; after the last retry it is a collection error,
 * never an answer.
 */
public final class MalformedResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
