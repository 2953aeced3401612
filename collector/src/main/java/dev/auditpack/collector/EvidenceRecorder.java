package dev.auditpack.collector;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Target;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Records what one collector saw for one target: the answers, the operations that produced them, and
 * every call that failed. Not thread-safe; one per collector run.
 */
public final class EvidenceRecorder {

    private final String collector;
    private final Target target;
    private final Clock clock;
    private final ObjectNode data = JsonNodeFactory.instance.objectNode();
    private final Set<String> operations = new TreeSet<>();
    private final List<CollectionError> errors = new ArrayList<>();

    public EvidenceRecorder(String collector, Target target, Clock clock) {
        this.collector = Objects.requireNonNull(collector, "collector");
        this.target = Objects.requireNonNull(target, "target");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The document's {@code data} object, for the collector to fill. */
    public ObjectNode data() {
        return data;
    }

    public Target target() {
        return target;
    }

    /**
     * Makes the call the whole evidence rests on (e.g. listing the buckets). When it fails there is
     * nothing to record but the failure.
     *
     * @throws CallFailedException carrying the collection error
     */
    public <R> R require(Operation op, Supplier<R> call) {
        operations.add(op.qualifiedName());
        try {
            return call.get();
        } catch (SdkException e) {
            throw new CallFailedException(errorFor(op, null, e), e);
        }
    }

    /**
     * Like {@link #require}, but an error code in {@code absentCodes} is recorded as the answer "not
     * configured" instead of a failure.
     *
     * @throws CallFailedException for any other failure
     */
    public <R> Recorded<R> requireOrAbsent(Operation op, Supplier<R> call, String... absentCodes) {
        operations.add(op.qualifiedName());
        try {
            R value = call.get();
            return new Recorded<>(Optional.ofNullable(value), OperationResult.ok(SdkJson.toJson(value)));
        } catch (SdkException e) {
            String code = AwsErrors.code(e);
            if (Arrays.asList(absentCodes).contains(code)) {
                return new Recorded<>(Optional.empty(), OperationResult.absent(code, AwsErrors.httpStatus(e)));
            }
            throw new CallFailedException(errorFor(op, null, e), e);
        }
    }

    /**
     * Names an operation among the file's operations when the collector makes the call itself, to handle its
     * failure its own way (e.g. to say which dates a failed CloudTrail read leaves uncovered).
     */
    public void used(Operation op) {
        operations.add(op.qualifiedName());
    }

    /** Puts a call's recorded result into {@code parent} under the operation's name. */
    public static void put(ObjectNode parent, Operation op, OperationResult result) {
        parent.set(op.name(), result.toJson());
    }

    /**
     * Makes a call about one resource. A failure is recorded (in the file and in the locker's error
     * list) and the rest of the collection goes on.
     *
     * @param resource    ARN or name of the resource the call is about, or null for the target itself
     * @param absentCodes error codes that mean "not configured" rather than failure (e.g. {@code NoSuchEntity})
     */
    public <R> Recorded<R> call(Operation op, String resource, Supplier<R> call, String... absentCodes) {
        operations.add(op.qualifiedName());
        try {
            R value = call.get();
            return new Recorded<>(Optional.ofNullable(value), OperationResult.ok(SdkJson.toJson(value)));
        } catch (SdkException e) {
            String code = AwsErrors.code(e);
            if (Arrays.asList(absentCodes).contains(code)) {
                return new Recorded<>(Optional.empty(), OperationResult.absent(code, AwsErrors.httpStatus(e)));
            }
            CollectionError error = errorFor(op, resource, e);
            errors.add(error);
            return new Recorded<>(
                    Optional.empty(), OperationResult.error(error.errorCode(), error.httpStatus(), error.message()));
        }
    }

    /** A failure that did not come from an SDK exception, e.g. a report AWS never finished in time. */
    public CollectionError timeout(Operation op, String resource, String message) {
        operations.add(op.qualifiedName());
        return new CollectionError(
                collector,
                target.account(),
                target.region(),
                op.qualifiedName(),
                op.iamAction(),
                resource,
                "Timeout",
                null,
                message,
                ErrorCategory.TIMEOUT,
                clock.instant());
    }

    /**
     * Records a failure that did not come from an SDK call (downloading a document from the URL an operation
     * returned) in the file, and returns the result to record in the call's place.
     */
    public OperationResult fail(
            Operation op, String resource, String code, Integer httpStatus, String message, ErrorCategory category) {
        operations.add(op.qualifiedName());
        CollectionError error = new CollectionError(
                collector,
                target.account(),
                target.region(),
                op.qualifiedName(),
                op.iamAction(),
                resource,
                code,
                httpStatus,
                message,
                category,
                clock.instant());
        errors.add(error);
        return OperationResult.error(code, httpStatus, error.message());
    }

    /** Builds the collection error for a failed SDK call. */
    public CollectionError errorFor(Operation op, String resource, SdkException e) {
        return new CollectionError(
                collector,
                target.account(),
                target.region(),
                op.qualifiedName(),
                op.iamAction(),
                resource,
                AwsErrors.code(e),
                AwsErrors.httpStatus(e),
                AwsErrors.message(e),
                AwsErrors.category(e),
                clock.instant());
    }

    /** The finished evidence document. */
    public EvidenceDocument finish() {
        return new EvidenceDocument(
                EvidenceIndex.CURRENT_FORMAT,
                collector,
                target.account(),
                target.region(),
                clock.instant(),
                List.copyOf(operations),
                data,
                errors);
    }
}
