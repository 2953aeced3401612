package dev.auditpack.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.auditpack.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A framework file says how its controls' failures are graded; the shipped ones say it explicitly. */
class FrameworkGradingTest {

    @TempDir
    Path dir;

    private Path file(String grading) throws IOException {
        return Files.writeString(dir.resolve("mine.yaml"), """
                framework: mine
                title: My framework
                shortName: Mine
                %s
                controls:
                  - id: M.1
                    title: Something we do
                    theme: Ours
                    responsibility: customer
                    customer: We do it.
                    checks: []
                    attestations: []
                    manual: The record of doing it.
                """.formatted(grading));
    }

    @Test
    void theShippedFrameworksGradeIsoAsNonconformitiesAndSoc2AsExceptions() {
        Set<String> checks = Set.copyOf(dev.auditpack.check.Check.all().stream()
                .map(dev.auditpack.check.Check::id)
                .toList());
        assertThat(FrameworkLoader.builtIn(checks))
                .extracting(Framework::id, Framework::grading)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("iso27001-2022", Framework.NONCONFORMITIES),
                        org.assertj.core.groups.Tuple.tuple("soc2-2017", Framework.EXCEPTIONS));
    }

    @Test
    void aFileThatNamesNoGradingCountsExceptions() throws IOException {
        assertThat(FrameworkLoader.read(file(""), Set.of()).grading()).isEqualTo(Framework.EXCEPTIONS);
        assertThat(FrameworkLoader.read(file("grading: nonconformities"), Set.of())
                        .grading())
                .isEqualTo(Framework.NONCONFORMITIES);
    }

    @Test
    void anUnknownGradingIsOneLineNamingTheFile() throws IOException {
        Path bad = file("grading: severe");
        assertThatThrownBy(() -> FrameworkLoader.read(bad, Set.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("grading 'severe' is unknown: use nonconformities or exceptions")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
