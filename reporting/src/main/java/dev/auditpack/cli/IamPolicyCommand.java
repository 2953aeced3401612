package dev.auditpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.LeastPrivilegePolicy;
import dev.auditpack.collector.ScopeRequest;
import dev.auditpack.evidence.Arn;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auditpack iam-policy}: prints the least-privilege IAM policies and role template auditpack needs. */
@Command(
        name = "iam-policy",
        mixinStandardHelpOptions = true,
        description = "Print the read-only IAM policy that allows exactly the calls auditpack makes in an audited "
                + "account; with --caller, the policy of the principal that runs auditpack across accounts; with "
                + "--cloudformation, a template (usable as a StackSet) that creates the audited role.")
final class IamPolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--caller", description = "The policy for the principal that runs auditpack.")
    boolean caller;

    @Option(names = "--cloudformation", description = "A CloudFormation template for the audited role.")
    boolean cloudFormation;

    @Option(
            names = "--role-name",
            paramLabel = "NAME",
            defaultValue = ScopeRequest.DEFAULT_ROLE,
            description = "Role name the caller policy may assume. Default: ${DEFAULT-VALUE}.")
    String roleName;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            defaultValue = "${env:AWS_REGION:-us-east-1}",
            description = "A region of the audited accounts; its partition (aws, aws-cn, aws-us-gov) goes into the "
                    + "caller policy's role ARN. Default: AWS_REGION, else us-east-1.")
    String region;

    @Override
    public Integer call() throws Exception {
        if (caller && cloudFormation) {
            throw new dev.auditpack.input.InputException("--caller", "cannot be combined with --cloudformation");
        }
        String text;
        if (cloudFormation) {
            ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build());
            text = yaml.writeValueAsString(LeastPrivilegePolicy.roleTemplate(Collector.all()));
        } else {
            var doc = caller
                    ? LeastPrivilegePolicy.callerDocument(roleName, Arn.partitionOf(region))
                    : LeastPrivilegePolicy.document(Collector.all());
            text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + System.lineSeparator();
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
