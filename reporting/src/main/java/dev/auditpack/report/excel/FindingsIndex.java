package dev.auditpack.report.excel;

import dev.auditpack.check.CheckStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the findings went: the first failing row of each check, for links from the control sheets, and how many
 * findings had each status, for the summary.
 *
 * @param firstFailure address of each check's first FAIL row, e.g. {@code 'Findings'!A2}, by check id
 * @param counts       findings written per status, every status present
 */
record FindingsIndex(Map<String, String> firstFailure, Map<CheckStatus, Long> counts) {

    FindingsIndex {
        firstFailure = Map.copyOf(firstFailure);
        Map<CheckStatus, Long> all = new EnumMap<>(CheckStatus.class);
        for (CheckStatus s : CheckStatus.values()) {
            all.put(s, counts.getOrDefault(s, 0L));
        }
        counts = Map.copyOf(all);
    }

    Optional<String> firstFailure(String checkId) {
        return Optional.ofNullable(firstFailure.get(checkId));
    }

    long count(CheckStatus status) {
        return counts.get(status);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
