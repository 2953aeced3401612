package dev.auditpack.collector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One account of a collection and how it is reached.
 *
 * @param account   account id
 * @param roleArn   role assumed to reach it; empty when the caller's own credentials are used
 * @param regions   regions collected from in this account
 */
public record AccountPlan(String account, Optional<String> roleArn, List<String> regions) {
    public AccountPlan {
        Objects.requireNonNull(account, "account");
        roleArn = roleArn == null ? Optional.empty() : roleArn;
        regions = List.copyOf(regions).stream().sorted().distinct().toList();
    }
}
