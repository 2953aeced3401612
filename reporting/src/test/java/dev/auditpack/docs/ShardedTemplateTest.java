package dev.auditpack.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.auditpack.collector.LeastPrivilegePolicy;
import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.pack.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The sharded deployment passes cfn-lint; its task role holds exactly the caller policy auditpack generates from the
 * collectors' declarations (assume the read-only role, find the scope) plus the locker bucket; its state machine role
 * only runs the task definition, passes the two task roles and touches the bucket (and what runTask.sync and the
 * Distributed Map need to follow their tasks); the states run the commands the docs describe.
 */
class ShardedTemplateTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TEMPLATE = "deploy/auditpack-sharded.yaml";

    private static JsonNode template() throws Exception {
        return new YAMLMapper().readTree(ROOT.resolve(TEMPLATE).toFile());
    }

    private static List<JsonNode> statements(JsonNode role) {
        List<JsonNode> all = new ArrayList<>();
        role.at("/Properties/Policies")
                .forEach(p -> p.at("/PolicyDocument/Statement").forEach(all::add));
        return all;
    }

    private static TreeSet<String> actions(List<JsonNode> statements) {
        TreeSet<String> actions = new TreeSet<>();
        for (JsonNode s : statements) {
            if (s.get("Action").isArray()) {
                s.get("Action").forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(s.get("Action").asText());
            }
        }
        return actions;
    }

    @Test
    void theTaskRoleHoldsTheGeneratedCallerPolicyAndTheBucketOnly() throws Exception {
        JsonNode task = template().at("/Resources/TaskRole");
        List<JsonNode> statements = statements(task);
        ArrayNode generated = (ArrayNode) LeastPrivilegePolicy.callerDocument("${AuditRoleName}", "${AWS::Partition}")
                .get("Statement");
        // Short-form tags (!Sub) read as their plain value here, so the template's ARN compares as text.
        assertThat(statements.subList(0, generated.size())).containsExactlyElementsOf(generated);
        assertThat(statements.subList(generated.size(), statements.size()))
                .allSatisfy(s -> assertThat(s.get("Resource").asText()).contains("LockerBucket"));
        assertThat(actions(statements.subList(generated.size(), statements.size())))
                .containsExactly(
                        "s3:GetBucketObjectLockConfiguration", "s3:GetObject", "s3:ListBucket", "s3:PutObject");
        // collect, merge and report publish only to a bucket with Object Lock.
        assertThat(template()
                        .at("/Resources/LockerBucket/Properties/ObjectLockEnabled")
                        .asBoolean())
                .isTrue();
        assertThat(task.at("/Properties/AssumeRolePolicyDocument/Statement/0/Principal/Service")
                        .asText())
                .isEqualTo("ecs-tasks.amazonaws.com");
    }

    @Test
    void theStateMachineRoleRunsOnlyTheTaskAndPassesOnlyItsRoles() throws Exception {
        JsonNode t = template();
        List<JsonNode> statements = statements(t.at("/Resources/StateMachineRole"));
        assertThat(actions(statements))
                .containsExactly(
                        "ecs:DescribeTasks",
                        "ecs:RunTask",
                        "ecs:StopTask",
                        "events:DescribeRule",
                        "events:PutRule",
                        "events:PutTargets",
                        "iam:PassRole",
                        "s3:GetObject",
                        "s3:PutObject",
                        "states:DescribeExecution",
                        "states:StartExecution",
                        "states:StopExecution");
        assertThat(statements).noneMatch(s -> s.get("Resource").asText().equals("*"));
        JsonNode pass = statements.stream()
                .filter(s -> s.get("Action").asText().equals("iam:PassRole"))
                .findFirst()
                .orElseThrow();
        assertThat(pass.get("Resource").toString()).contains("TaskRole", "TaskExecutionRole");
        JsonNode run = statements.stream()
                .filter(s -> s.get("Action").asText().equals("ecs:RunTask"))
                .findFirst()
                .orElseThrow();
        assertThat(run.get("Resource").asText()).contains("task-definition/auditpack:");
    }

    @Test
    void theStatesRunPlanShardsMergeAndReportAndMarkAFailedShard() throws Exception {
        JsonNode states = template().at("/Resources/StateMachine/Properties/Definition/States");
        assertThat(states.at("/Plan/Parameters/Overrides/ContainerOverrides/0/Command.$")
                        .asText())
                .contains("'plan', '--organization', '--shards'", "'--items'");
        JsonNode map = states.get("Shards");
        assertThat(map.at("/ItemProcessor/ProcessorConfig/Mode").asText()).isEqualTo("DISTRIBUTED");
        assertThat(map.at("/ItemReader/Resource").asText()).isEqualTo("arn:aws:states:::s3:getObject");
        JsonNode collect = map.at("/ItemProcessor/States/CollectShard");
        assertThat(collect.at("/Parameters/Overrides/ContainerOverrides/0/Command.$")
                        .asText())
                .contains("'collect', '--plan'", "'--shard', $.shard", "/shards/{}");
        assertThat(collect.at("/Retry/0/MaxAttempts").asInt()).isEqualTo(2);
        assertThat(collect.at("/Catch/0/Next").asText()).isEqualTo("CheckShardPublished");
        // A shard whose locker was published in full (its manifest is there) is not marked failed.
        JsonNode check = map.at("/ItemProcessor/States/CheckShardPublished");
        assertThat(check.at("/Resource").asText()).isEqualTo("arn:aws:states:::aws-sdk:s3:headObject");
        assertThat(check.at("/Parameters/Key.$").asText())
                .isEqualTo("States.Format('{}/shards/{}/" + PublishManifest.NAME + "', $.run, $.index)");
        assertThat(check.at("/Catch/0/Next").asText()).isEqualTo("MarkShardFailed");
        assertThat(check.at("/End").asBoolean()).isTrue();
        JsonNode marker = map.at("/ItemProcessor/States/MarkShardFailed/Parameters");
        List<String> fields = new ArrayList<>();
        marker.fieldNames().forEachRemaining(fields::add);
        // Exactly the fields of the marker merge reads (ShardFailure), so merge accepts what the Catch writes.
        assertThat(fields).containsExactly("planId.$", "shard.$", "error.$", "cause.$");
        assertThat(map.at("/ItemProcessor/States/RecordShardFailed/Resource").asText())
                .isEqualTo("arn:aws:states:::aws-sdk:s3:putObject");
        assertThat(map.at("/ItemProcessor/States/RecordShardFailed/Parameters/Key.$")
                        .asText())
                .contains("shard-failed.json");
        assertThat(states.at("/Merge/Parameters/Overrides/ContainerOverrides/0/Command.$")
                        .asText())
                .contains("'merge', '--plan'", "'--shards-in'");
        assertThat(states.at("/Report/Parameters/Overrides/ContainerOverrides/0/Command.$")
                        .asText())
                .contains("'report', '--evidence'");
        assertThat(Files.readString(ROOT.resolve("docs/scale.md"))).contains(TEMPLATE, "deploy/Dockerfile");
    }

    @Test
    void mergeAndReportRunOnTheirOwnTaskSizeAndTheShardsOnTheTaskDefinitions() throws Exception {
        JsonNode template = template();
        JsonNode states = template.at("/Resources/StateMachine/Properties/Definition/States");
        for (String step : List.of("Merge", "Report")) {
            assertThat(states.at("/" + step + "/Parameters/Overrides/Cpu").asText())
                    .as(step)
                    .isEqualTo("${ReportCpu}");
            assertThat(states.at("/" + step + "/Parameters/Overrides/Memory").asText())
                    .as(step)
                    .isEqualTo("${ReportMemory}");
            assertThat(states.at("/" + step + "/Parameters/Overrides/EphemeralStorage/SizeInGiB.$")
                            .asText())
                    .as(step)
                    .isEqualTo("States.StringToJson('${ReportStorage}')");
        }
        JsonNode collect = states.at("/Shards/ItemProcessor/States/CollectShard/Parameters/Overrides");
        assertThat(collect.has("Cpu") || collect.has("Memory")).isFalse();
        JsonNode substitutions = template.at("/Resources/StateMachine/Properties/DefinitionSubstitutions");
        // YAML's !Ref tag is dropped on reading: what is left is the parameter's name.
        for (String parameter : List.of("ReportCpu", "ReportMemory", "ReportStorage")) {
            assertThat(substitutions.path(parameter).asText()).as(parameter).isEqualTo(parameter);
        }
        assertThat(template.at("/Parameters/ReportStorage/MinValue").asInt()).isEqualTo(21);
        assertThat(template.at("/Parameters/ReportStorage/MaxValue").asInt()).isEqualTo(200);
    }

    @Test
    void theDeploymentRuleAcceptsExactlyFargatesMemorySizesForEachReportCpu() throws Exception {
        JsonNode template = template();
        // The Rule is Or of one And per CPU: [Equals [ReportCpu, cpu], Contains [sizes, ReportMemory]]. YAML's tags
        // are dropped on reading, so each function is read by its position.
        JsonNode or = template.at("/Rules/ReportTaskSize/Assertions/0/Assert");
        Map<Integer, List<Integer>> sizes = new TreeMap<>();
        for (JsonNode and : or) {
            int cpu = and.get(0).get(1).asInt();
            List<Integer> memory = new ArrayList<>();
            and.get(1).get(0).forEach(m -> memory.add(m.asInt()));
            sizes.put(cpu, memory);
        }
        // Fargate: 4 vCPU takes 8 to 30 GB in 1 GB steps, 8 vCPU 16 to 60 GB in 4 GB steps.
        assertThat(sizes)
                .containsOnlyKeys(4096, 8192)
                .containsEntry(
                        4096,
                        IntStream.rangeClosed(8, 30).map(g -> g * 1024).boxed().toList())
                .containsEntry(
                        8192,
                        IntStream.iterate(16, g -> g <= 60, g -> g + 4)
                                .map(g -> g * 1024)
                                .boxed()
                                .toList());
        List<String> allowed = new ArrayList<>();
        template.at("/Parameters/ReportCpu/AllowedValues").forEach(v -> allowed.add(v.asText()));
        assertThat(allowed).containsExactly("4096", "8192");
        int cpu = template.at("/Parameters/ReportCpu/Default").asInt();
        int memory = template.at("/Parameters/ReportMemory/Default").asInt();
        assertThat(sizes.get(cpu)).as("the defaults are a valid pair").contains(memory);
    }

    @Test
    void theTemplatePassesCfnLint() throws Exception {
        boolean lintInstalled =
                new ProcessBuilder("sh", "-c", "command -v cfn-lint").start().waitFor() == 0;
        Assumptions.assumeTrue(lintInstalled, "cfn-lint is not installed here");
        ExternalTool lint = ExternalTool.run(ROOT, "cfn-lint", TEMPLATE);
        assertThat(lint.exit()).as(lint.output()).isZero();
    }
}
