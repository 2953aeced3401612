package dev.auditpack.cli;

import dev.auditpack.collector.Collector;
import dev.auditpack.collector.LeastPrivilegePolicy;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code auditpack iam-policy}: prints the least-privilege IAM policy the collectors need. */
@Command(name = "iam-policy", mixinStandardHelpOptions = true,
        description = "Print the read-only IAM policy that allows exactly the calls auditpack makes.")
final class IamPolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                LeastPrivilegePolicy.document(Collector.all())));
        return ExitCodes.OK;
    }
}
