package dev.auditpack.collector;

import dev.auditpack.evidence.CollectionError;
import java.util.Objects;

/** The call a collector's whole evidence rests on failed; carries the error to record in its place. */
public final class CallFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CollectionError error;

    public CallFailedException(CollectionError error, Throwable cause) {
        super(error.operation() + " failed: " + error.errorCode() + " " + error.message(), cause);
        this.error = Objects.requireNonNull(error);
    }

    public CollectionError error() {
        return error;
    }
}
