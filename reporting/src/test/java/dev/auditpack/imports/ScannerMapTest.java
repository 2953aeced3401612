package dev.auditpack.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.Check;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped scanner map against the shipped checks and frameworks: every entry names a check that exists (and
 * that some control uses) or controls that exist, so no imported finding is mapped to nothing by a typo.
 */
class ScannerMapTest {

    private static final Set<String> CHECKS =
            Check.all().stream().map(Check::id).collect(Collectors.toSet());
    private static final List<Framework> FRAMEWORKS = FrameworkLoader.load(null, CHECKS);

    @Test
    void everyEntryLeadsToControlsOfTheShippedFrameworks() {
        ScannerMap.File file = ScannerMap.shippedFile();
        ScannerMap map = ScannerMap.shipped(FRAMEWORKS);
        assertThat(file.prowler()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(file.securityhub()).hasSizeGreaterThanOrEqualTo(40);
        for (var namespace : Map.of("prowler", file.prowler(), "securityhub", file.securityhub())
                .entrySet()) {
            namespace.getValue().forEach((id, entry) -> {
                if (entry.check() != null) {
                    assertThat(CHECKS).as(namespace.getKey() + " " + id).contains(entry.check());
                }
                assertThat(map.target(namespace.getKey(), id))
                        .as(namespace.getKey() + " " + id + " leads to controls")
                        .hasValueSatisfying(t -> assertThat(t.controls()).isNotEmpty());
            });
        }
        assertThat(file.source()).contains("Prowler").contains("Security Hub");
    }

    @Test
    void idsLookLikeTheScannersOwn() {
        ScannerMap.File file = ScannerMap.shippedFile();
        assertThat(file.prowler().keySet()).allSatisfy(id -> assertThat(id).matches("[a-z0-9]+(_[a-z0-9]+)+"));
        assertThat(file.securityhub().keySet()).allSatisfy(id -> assertThat(id).matches("[A-Za-z0-9]+\\.[0-9]+"));
        // A direct entry names controls; an unknown namespace or id maps nowhere.
        ScannerMap map = ScannerMap.shipped(FRAMEWORKS);
        assertThat(map.target("securityhub", "CloudWatch.1").orElseThrow().via())
                .isEqualTo("direct");
        assertThat(map.target("securityhub", "EC2.8")).isEmpty();
        assertThat(map.target("other", "S3.8")).isEmpty();
    }
}
