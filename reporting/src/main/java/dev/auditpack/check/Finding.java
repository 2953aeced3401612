package dev.auditpack.check;

import java.util.List;
import java.util.Objects;

/**
 * One check's verdict on one resource.
 *
 * @param checkId  the check
 * @param status   its verdict
 * @param account  AWS account id
 * @param region   region, or {@code global}
 * @param resource ARN (or the nearest stable identifier) of the resource judged
 * @param reason   one sentence saying why
 * @param evidence locker paths of the evidence files the verdict rests on
 */
public record Finding(
        String checkId,
        CheckStatus status,
        String account,
        String region,
        String resource,
        String reason,
        List<String> evidence) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
    }
}
