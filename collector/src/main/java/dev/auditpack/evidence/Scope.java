package dev.auditpack.evidence;

import java.util.List;
import java.util.Objects;

/**
 * What a collection run covered.
 *
 * @param accounts AWS account ids, sorted
 * @param regions  regions asked for, sorted (account-wide services are recorded as {@code global})
 */
public record Scope(List<String> accounts, List<String> regions) {
    public Scope {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts")).stream().sorted().distinct().toList();
        regions = List.copyOf(Objects.requireNonNull(regions, "regions")).stream().sorted().distinct().toList();
    }
}
