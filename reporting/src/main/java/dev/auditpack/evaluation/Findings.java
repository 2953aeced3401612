package dev.auditpack.evaluation;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The findings of a report, read check by check. Writers stream them (a large organisation has millions),
 * and the PDF takes only the first failing ones.
 */
public interface Findings {

    /** Calls {@code action} for every finding of the check, failures first. */
    void forEach(String checkId, Consumer<Finding> action);

    /** The first findings of the check that failed, could not be decided or were accepted, in that order. */
    List<Finding> sample(String checkId, int limit);

    /** Findings held in memory, for small reports and tests; {@code byCheck} returns them failures first. */
    static Findings of(Function<String, List<Finding>> byCheck) {
        return new Findings() {
            @Override
            public void forEach(String checkId, Consumer<Finding> action) {
                byCheck.apply(checkId).forEach(action);
            }

            @Override
            public List<Finding> sample(String checkId, int limit) {
                return byCheck.apply(checkId).stream()
                        .filter(f -> f.status() == CheckStatus.FAIL
                                || f.status() == CheckStatus.GAP
                                || f.status() == CheckStatus.ACCEPTED)
                        .limit(limit)
                        .toList();
            }
        };
    }
}
