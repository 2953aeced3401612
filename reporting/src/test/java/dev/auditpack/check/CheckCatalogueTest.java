package dev.auditpack.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.collector.Collector;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checks, the collectors and the shipped frameworks fit together. */
class CheckCatalogueTest {

    private final List<Check> checks = Check.all();
    private final Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());

    @Test
    void idsAreSnakeCaseAndMatchTheClassName() {
        assertThat(checks).isNotEmpty().allSatisfy(c -> {
            assertThat(c.id()).matches("[a-z0-9]+(_[a-z0-9]+)+");
            String camel = java.util.Arrays.stream(c.id().split("_"))
                    .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).collect(Collectors.joining());
            assertThat(c.getClass().getSimpleName()).isEqualTo(camel);
            assertThat(c.getClass().getPackageName()).endsWith("." + c.id().substring(0, c.id().indexOf('_')));
        });
    }

    @Test
    void everyCheckReadsOnlyEvidenceACollectorProduces() {
        Set<String> collectors = Collector.all().stream().map(Collector::id).collect(Collectors.toSet());
        assertThat(checks).allSatisfy(c -> assertThat(collectors).containsAll(c.evidence()));
    }

    @Test
    void everyCheckAFrameworkNamesExistsAndEveryCheckIsUsed() {
        List<Framework> frameworks = FrameworkLoader.builtIn(ids);
        Set<String> used = frameworks.stream().flatMap(f -> f.controls().stream())
                .flatMap(c -> c.checks().stream()).collect(Collectors.toSet());
        assertThat(ids).containsAll(used);
        assertThat(used).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void theShippedFrameworksAreComplete() {
        List<Framework> frameworks = FrameworkLoader.builtIn(ids);
        Framework iso = frameworks.stream().filter(f -> f.id().equals("iso27001-2022")).findFirst().orElseThrow();
        Framework soc2 = frameworks.stream().filter(f -> f.id().equals("soc2-2017")).findFirst().orElseThrow();
        assertThat(iso.controls()).hasSize(93);
        assertThat(soc2.controls()).hasSize(61);
        assertThat(iso.controls().stream().map(Control::id)).contains("A.5.1", "A.5.37", "A.6.8", "A.7.14", "A.8.34");
        assertThat(soc2.controls().stream().map(Control::id)).contains("CC1.1", "CC9.2", "A1.3", "C1.2", "PI1.5", "P8.1");
        assertThat(iso.controls().stream().filter(c -> c.responsibility().key().equals("inherited"))).hasSize(10);
        assertThat(soc2.controls().stream().filter(c -> c.responsibility().key().equals("inherited")))
                .extracting(Control::id).containsExactly("CC6.4");
    }

    @Test
    void collectorIdsNameTheirService() {
        assertThat(Collector.all()).allSatisfy(c -> {
            assertThat(c.id()).matches("[a-z0-9]+\\.[a-z0-9_]+");
            assertThat(c.getClass().getPackageName()).endsWith(".aws." + c.service());
            assertThat(c.operations()).isNotEmpty().allSatisfy(op -> assertThat(op.isReadOnly()).as(op.qualifiedName()).isTrue());
        });
    }
}
