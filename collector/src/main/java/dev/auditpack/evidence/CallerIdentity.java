package dev.auditpack.evidence;

import java.util.Objects;

/**
 * The identity whose credentials started the run, as STS reported it.
 *
 * @param account account id
 * @param arn     principal ARN
 * @param userId  unique id of the principal
 */
public record CallerIdentity(String account, String arn, String userId) {
    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(userId, "userId");
    }
}
