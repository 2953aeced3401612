package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code auditpack}: AWS evidence packs for ISO/IEC 27001:2022 and SOC 2 audits. */
@Command(name = "auditpack", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Collects read-only evidence from AWS and builds ISO/IEC 27001:2022 and SOC 2 evidence packs.",
        subcommands = {DemoCommand.class, CollectCommand.class, ReportCommand.class, RunCommand.class,
                VerifyCommand.class, ScanCommand.class, IamPolicyCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (a bug)", "2:bad usage or input; nothing written",
                "3:verify found a changed, missing or unexpected file, or a signature that does not match; "
                        + "scan found a secret",
                "4:AWS calls failed (with --fail-on collection-errors)",
                "5:controls not satisfied (with --fail-on not-satisfied)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams, so tests run it in-process. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                    + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug")
                    || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--debug"));
            if (ex instanceof InputException input) {
                c.getErr().println("auditpack: " + input.getMessage());
                if (debug) {
                    ex.printStackTrace(c.getErr());
                }
                return ExitCodes.INPUT;
            }
            c.getErr().println("auditpack: internal error: " + ex + (debug ? "" : " (rerun with --debug for details)"));
            if (debug) {
                ex.printStackTrace(c.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        int code = cmd.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
