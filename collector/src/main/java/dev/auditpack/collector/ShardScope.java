package dev.auditpack.collector;

import dev.auditpack.evidence.PlanLink;
import java.util.List;
import java.util.Objects;

/**
 * The shard of a plan a run collects: its link, written into the locker's index, and every account of the plan, from
 * which the run works out which account runs the once-per-run collectors, as one run over all of them would.
 *
 * @param link         the plan id and shard K/N
 * @param planAccounts every account of the plan, sorted
 */
public record ShardScope(PlanLink link, List<String> planAccounts) {
    public ShardScope {
        Objects.requireNonNull(link, "link");
        planAccounts = List.copyOf(planAccounts);
        if (link.shard().isEmpty() || planAccounts.isEmpty()) {
            throw new IllegalArgumentException("a shard scope names its shard and the plan's accounts");
        }
    }
}
