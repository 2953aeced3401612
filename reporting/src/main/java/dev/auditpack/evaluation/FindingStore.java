package dev.auditpack.evaluation;

import dev.auditpack.check.Check;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every finding of a run, grouped by check. Findings are kept in the order the pack shows them: failures
 * first, then gaps, passes and not-applicable, each by account, region and resource.
 */
public final class FindingStore implements FindingSink {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> rank(f.status()))
            .thenComparing(Finding::account)
            .thenComparing(Finding::region)
            .thenComparing(Finding::resource);

    private final Map<String, List<Finding>> byCheck = new HashMap<>();
    private final Map<String, Long> acceptances = new HashMap<>();

    /** Notes that an exception accepted one failing finding. */
    public synchronized void accepted(String exemptionId) {
        acceptances.merge(exemptionId, 1L, Long::sum);
    }

    /** How many failing findings an exception accepted. */
    public synchronized long acceptances(String exemptionId) {
        return acceptances.getOrDefault(exemptionId, 0L);
    }

    @Override
    public synchronized void add(Finding finding) {
        byCheck.computeIfAbsent(finding.checkId(), k -> new ArrayList<>()).add(finding);
    }

    /** A check's findings in pack order. */
    public synchronized List<Finding> of(String checkId) {
        List<Finding> list = new ArrayList<>(byCheck.getOrDefault(checkId, List.of()));
        list.sort(ORDER);
        return list;
    }

    /** Counts by status for each check, in the order given. */
    public synchronized Map<String, CheckSummary> summarise(List<Check> checks) {
        Map<String, CheckSummary> out = new LinkedHashMap<>();
        for (Check c : checks) {
            long[] n = new long[CheckStatus.values().length];
            for (Finding f : byCheck.getOrDefault(c.id(), List.of())) {
                n[f.status().ordinal()]++;
            }
            out.put(c.id(), new CheckSummary(c.id(), c.title(), c.severity(), n[CheckStatus.PASS.ordinal()],
                    n[CheckStatus.FAIL.ordinal()], n[CheckStatus.NOT_APPLICABLE.ordinal()], n[CheckStatus.GAP.ordinal()],
                    n[CheckStatus.ACCEPTED.ordinal()]));
        }
        return out;
    }

    /** Locker paths that a check's findings rest on. */
    public synchronized List<String> evidenceOf(String checkId) {
        TreeSet<String> paths = new TreeSet<>();
        byCheck.getOrDefault(checkId, List.of()).forEach(f -> paths.addAll(f.evidence()));
        return List.copyOf(paths);
    }

    public synchronized long size() {
        return byCheck.values().stream().mapToLong(List::size).sum();
    }

    private static int rank(CheckStatus s) {
        return switch (s) {
            case FAIL -> 0;
            case GAP -> 1;
            case ACCEPTED -> 2;
            case PASS -> 3;
            case NOT_APPLICABLE -> 4;
        };
    }
}
