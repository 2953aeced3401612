package dev.auditpack.collector;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which accounts and regions to collect from, as the user asked.
 *
 * @param accounts        account ids to reach by assuming {@code roleName}; empty for the credentials' own account
 * @param organization    every active account of the AWS Organization the credentials can list
 * @param roleName        role to assume in accounts other than the caller's
 * @param externalId      external id the role's trust policy requires, if any
 * @param regions         regions to collect from (ignored with {@code allRegions})
 * @param allRegions      every region enabled in each account
 * @param sessionDuration how long each assumed-role session lasts before it is refreshed
 */
public record ScopeRequest(
        List<String> accounts,
        boolean organization,
        String roleName,
        Optional<String> externalId,
        List<String> regions,
        boolean allRegions,
        Duration sessionDuration) {

    /** Default name of the read-only role auditpack assumes in member accounts. */
    public static final String DEFAULT_ROLE = "AuditpackReadOnly";

    public ScopeRequest {
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(externalId, "externalId");
        regions = List.copyOf(regions);
        Objects.requireNonNull(sessionDuration, "sessionDuration");
        if (!allRegions && regions.isEmpty()) {
            throw new IllegalArgumentException("at least one region is needed");
        }
        if (organization && !accounts.isEmpty()) {
            throw new IllegalArgumentException("give either accounts or the organization, not both");
        }
    }

    /** The credentials' own account in the given regions. */
    public static ScopeRequest single(List<String> regions) {
        return new ScopeRequest(List.of(), false, DEFAULT_ROLE, Optional.empty(), regions, false, Duration.ofHours(1));
    }
}
