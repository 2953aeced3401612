package dev.auditpack.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.collector.Collector;
import dev.auditpack.collector.Operation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every check states a complete test procedure an auditor can re-perform from the locker. */
class TestProcedureTest {

    private final List<Check> checks = Check.all();
    private final Map<String, Collector> collectors =
            Collector.all().stream().collect(Collectors.toMap(Collector::id, Function.identity()));

    @Test
    void everyCheckStatesItsTestProcedure() {
        List<String> missing = checks.stream()
                .filter(c -> c.procedure().isEmpty())
                .map(Check::id)
                .toList();
        assertThat(missing)
                .as("checks without a test procedure (override Check.procedure())")
                .isEmpty();
    }

    @Test
    void theProcedureNamesTheOperationsItInspects() {
        assertThat(checks)
                .allSatisfy(c -> c.procedure().ifPresent(p -> {
                    for (String collector : c.evidence()) {
                        List<String> operations = collectors.get(collector).operations().stream()
                                .map(Operation::name)
                                .toList();
                        assertThat(operations)
                                .as("%s: the operations of %s named in 'inspected'", c.id(), collector)
                                .anyMatch(op -> p.inspected().contains(op));
                    }
                }));
    }

    @Test
    void theProcedureSaysWhereInTheLockerToRePerformIt() {
        assertThat(checks)
                .allSatisfy(c -> c.procedure().ifPresent(p -> {
                    assertThat(p.reperform())
                            .as(c.id())
                            .contains("raw/<account>/")
                            .contains("data.");
                    for (String collector : c.evidence()) {
                        assertThat(p.reperform())
                                .as("%s re-performs from %s", c.id(), collector)
                                .contains(collector + ".json");
                    }
                }));
    }

    @Test
    void thePopulationIsEveryResourceOfItsKindInScope() {
        assertThat(checks)
                .allSatisfy(c -> c.procedure()
                        .ifPresent(p -> assertThat(p.population())
                                .as(c.id())
                                .containsIgnoringCase("every")
                                .contains("in scope")));
    }

    @Test
    void aProcedureWithABlankStatementIsRefused() {
        assertThatThrownBy(() -> new TestProcedure("ListBuckets", " ", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("population");
    }
}
