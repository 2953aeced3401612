package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a collection run covered.
 *
 * @param accounts       AWS account ids, sorted
 * @param regions        every region collected from in any account, sorted
 * @param accountRegions regions per account, when they differ between accounts (e.g. opt-in regions with
 *                       {@code --regions all}); empty when every account used {@code regions}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Scope(List<String> accounts, List<String> regions, Map<String, List<String>> accountRegions) {
    public Scope {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts")).stream()
                .sorted()
                .distinct()
                .toList();
        regions = List.copyOf(Objects.requireNonNull(regions, "regions")).stream()
                .sorted()
                .distinct()
                .toList();
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        if (accountRegions != null) {
            accountRegions.forEach(
                    (a, r) -> sorted.put(a, r.stream().sorted().distinct().toList()));
        }
        accountRegions = java.util.Collections.unmodifiableMap(sorted);
    }

    /** A scope where every account was collected in the same regions. */
    public Scope(List<String> accounts, List<String> regions) {
        this(accounts, regions, Map.of());
    }

    /** The regions collected from in one account. */
    public List<String> regionsOf(String account) {
        return accountRegions.getOrDefault(account, regions);
    }
}
