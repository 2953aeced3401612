package dev.auditpack.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.pack.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The CloudFormation schedule for snapshot series passes cfn-lint and runs the commands the docs describe. */
class ScheduleTemplateTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TEMPLATE = "deploy/auditpack-schedule.yaml";

    @Test
    void theScheduleTemplatePassesCfnLintAndCollectsIntoASeries() throws Exception {
        String template = Files.readString(ROOT.resolve(TEMPLATE));
        assertThat(template)
                .contains(
                        "collect --series series --cadence \"$CADENCE\"", "verify series", "AWS::Scheduler::Schedule");
        assertThat(Files.readString(ROOT.resolve("docs/period-evidence.md"))).contains(TEMPLATE);
        boolean lintInstalled =
                new ProcessBuilder("sh", "-c", "command -v cfn-lint").start().waitFor() == 0;
        Assumptions.assumeTrue(lintInstalled, "cfn-lint is not installed here");
        ExternalTool lint = ExternalTool.run(ROOT, "cfn-lint", TEMPLATE);
        assertThat(lint.exit()).as(lint.output()).isZero();
    }
}
