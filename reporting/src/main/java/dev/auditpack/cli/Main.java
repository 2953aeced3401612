package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import dev.auditpack.input.InputFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code auditpack}: AWS evidence packs for audits against the frameworks it ships and a user's own. */
@Command(
        name = "auditpack",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Collects read-only evidence from AWS and builds audit evidence packs.",
        subcommands = {
            DemoCommand.class,
            CollectCommand.class,
            PlanCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            RunCommand.class,
            VerifyCommand.class,
            PublishCommand.class,
            SampleCommand.class,
            ReviewCommand.class,
            DiffCommand.class,
            ScanCommand.class,
            IamPolicyCommand.class,
            ExplainCommand.class,
            AttachCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug)",
            "2:bad usage or input; nothing written",
            "3:verify found a changed, missing or unexpected file, a signature that does not match, or a review "
                    + "record that was changed or names another pack; "
                    + "scan found a secret",
            "4:AWS calls failed (with --fail-on collection-errors)",
            "5:controls not satisfied (with --fail-on not-satisfied)",
            "6:attach: the ticket system refused a request or kept failing; no half set left on the ticket"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    private boolean debug;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams, so tests run it in-process. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #execute(String[], PrintStream, PrintStream)}, with the commands {@code factory} makes. */
    static int execute(String[] args, PrintStream out, PrintStream err, CommandLine.IFactory factory) {
        PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new Main(), factory);
        // Named from the framework files themselves, read only when the help is shown.
        cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> {
            help.commandSpec().usageMessage().description(description());
            return help.description();
        });
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr()
                    .println(c.getCommandSpec().qualifiedName() + ": " + ex.getMessage() + " (see '"
                            + c.getCommandSpec().qualifiedName() + " --help')");
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
            IOException io = ioCause(ex);
            if (io != null) {
                // The machine's trouble (a full disk, a permission), not a bug: name it and what was being done.
                c.getErr().println("auditpack: " + oneLine(ex.getMessage()) + (ex == io ? "" : ": " + describe(io)));
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
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError oom) {
            e.println(outOfMemory());
            code = ExitCodes.INPUT;
        }
        o.flush();
        e.flush();
        return code;
    }

    /** What auditpack does, naming the shipped frameworks by their titles. */
    static String description() {
        java.util.Set<String> checks = dev.auditpack.check.Check.all().stream()
                .map(dev.auditpack.check.Check::id)
                .collect(java.util.stream.Collectors.toSet());
        java.util.List<String> titles = dev.auditpack.framework.FrameworkLoader.builtIn(checks).stream()
                .map(dev.auditpack.framework.Framework::title)
                .toList();
        return "Collects read-only evidence from AWS and builds evidence packs for audits against "
                + String.join(" and ", titles) + ", or frameworks of your own (--frameworks).";
    }

    /** One line for running out of memory: how much heap there was, what was being read, and how to give more. */
    static String outOfMemory() {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        return "auditpack: out of memory (the Java heap is limited to " + heap + " MiB)"
                + InputFiles.lastRead().map(p -> " after reading " + p).orElse("")
                + "; give Java more heap with -Xmx, e.g. java -Xmx" + Math.max(2, heap * 4 >> 10)
                + "g -jar auditpack.jar …";
    }

    private static IOException ioCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String oneLine(String message) {
        return message == null ? "cannot read or write a file" : message.strip().replaceAll("\\s+", " ");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
