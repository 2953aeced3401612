package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * A call to AWS that could not be completed. Recorded as evidence of its own, because "could not read"
 * must never look like "not configured".
 *
 * @param collector  id of the collector that made the call
 * @param account    AWS account id
 * @param region     region, or {@code global}
 * @param operation  the API operation, prefixed by the IAM service name, e.g. {@code s3:GetBucketEncryption}
 * @param iamAction  the IAM action that permits the operation, e.g. {@code s3:GetEncryptionConfiguration}
 * @param resource   the resource the call was about, when it was about one (may be null)
 * @param errorCode  AWS error code, or the client-side exception name
 * @param httpStatus HTTP status, when AWS answered (may be null)
 * @param message    the error message as returned
 * @param category   classification of the failure
 * @param occurredAt when the call finally failed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionError(
        String collector,
        String account,
        String region,
        String operation,
        String iamAction,
        String resource,
        String errorCode,
        Integer httpStatus,
        String message,
        ErrorCategory category,
        Instant occurredAt) {

    public CollectionError {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(occurredAt, "occurredAt");
        message = message == null ? "" : message;
    }

    /** A key that orders errors the same way on every run. */
    public String sortKey() {
        return String.join(
                "|", account, region, collector, operation, resource == null ? "" : resource, occurredAt.toString());
    }
}
