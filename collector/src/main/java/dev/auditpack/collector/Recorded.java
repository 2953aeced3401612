package dev.auditpack.collector;

import dev.auditpack.evidence.OperationResult;
import java.util.Objects;
import java.util.Optional;

/**
 * A call's SDK answer for the collector to use, and its recorded form for the evidence file.
 *
 * @param value  the SDK response, present only when the call succeeded
 * @param result what goes into the evidence file
 */
public record Recorded<R>(Optional<R> value, OperationResult result) {
    public Recorded {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(result, "result");
    }
}
