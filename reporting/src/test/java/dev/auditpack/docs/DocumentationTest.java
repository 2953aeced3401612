package dev.auditpack.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.Check;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.LeastPrivilegePolicy;
import dev.auditpack.pack.DemoPacks;
import dev.auditpack.pack.PackReaders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documentation a user relies on stays true to the code. */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    @Test
    void readmeStartsWithTheTwoCommands() throws IOException {
        List<String> lines = read("README.md").lines().toList();
        int fence = lines.indexOf("```sh");
        assertThat(lines.subList(0, fence)).allMatch(l -> l.isBlank() || l.startsWith("# "));
        assertThat(lines.subList(fence + 1, fence + 4))
                .containsExactly(
                        "./mvnw -B -q package -DskipTests && java -jar reporting/target/auditpack.jar demo",
                        "./test.sh",
                        "```");
        assertThat(read(".ci/run")).contains("exec ./test.sh\n");
        assertThat(read("test.sh")).contains("exec ./mvnw -B verify \"$@\"\n");
    }

    @Test
    void readmePolicyIsTheGeneratedPolicy() throws IOException {
        String readme = read("README.md");
        Matcher block = Pattern.compile("\"Action\": \\[(.*?)]", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).isTrue();
        List<String> documented = Pattern.compile("\"([a-z0-9-]+:[A-Za-z0-9]+)\"")
                .matcher(block.group(1))
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(documented).containsExactlyElementsOf(LeastPrivilegePolicy.actions(Collector.all()));
    }

    @Test
    void theShippedRoleTemplateIsTheGeneratedOneAndPassesCfnLint() throws Exception {
        dev.auditpack.cli.Cli generated = dev.auditpack.cli.Cli.run("iam-policy", "--cloudformation");
        assertThat(generated.exit()).isZero();
        assertThat(read("deploy/auditpack-readonly-role.yaml"))
                .as("regenerate with: auditpack iam-policy --cloudformation")
                .isEqualTo(generated.out());
        boolean lintInstalled =
                new ProcessBuilder("sh", "-c", "command -v cfn-lint").start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(lintInstalled, "cfn-lint is not installed here");
        dev.auditpack.pack.ExternalTool lint =
                dev.auditpack.pack.ExternalTool.run(ROOT, "cfn-lint", "deploy/auditpack-readonly-role.yaml");
        assertThat(lint.exit()).as(lint.output()).isZero();
    }

    @Test
    void everyKeyOfTheDemosResultsJsonIsDocumented() throws IOException {
        String format = read("docs/results-format.md");
        Set<String> keys = new TreeSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(
                List.of(PackReaders.results(DemoPacks.unsigned().resolve("results.json"))));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            node.fieldNames().forEachRemaining(keys::add);
            node.forEach(todo::push);
        }
        assertThat(keys)
                .contains("manualEvidence", "exceptions", "responsibilityProfile", "statementOfApplicability")
                .allSatisfy(key -> assertThat(format)
                        .as("docs/results-format.md names `" + key + "`")
                        .containsAnyOf("`" + key + "`", "`" + key + "[]`"));
    }

    @Test
    void everyCheckAndCollectorIsDocumented() throws IOException {
        String checks = read("docs/checks.md");
        assertThat(Check.all()).allSatisfy(c -> assertThat(checks).contains("`" + c.id() + "`"));
        String format = read("docs/evidence-format.md");
        assertThat(Collector.all()).allSatisfy(c -> assertThat(format).contains("`" + c.id() + "`"));
    }
}
