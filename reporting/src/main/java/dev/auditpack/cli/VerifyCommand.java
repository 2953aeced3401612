package dev.auditpack.cli;

import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code auditpack verify}: re-hashes every evidence file of a locker and names each that differs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every evidence file of a locker against index.json; name each changed, missing or "
                + "unexpected file. Exit 3 when any differs.")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "LOCKER", description = "The evidence locker directory.")
    Path locker;

    @Override
    public Integer call() {
        Locker opened = Locker.open(locker);
        List<Discrepancy> problems = opened.verify();
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("OK: " + opened.index().evidence().size() + " evidence files match index.json in " + locker);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Discrepancy d : problems) {
            err.println(d.describe());
        }
        err.println("FAILED: " + problems.size() + " file(s) in " + locker + " do not match index.json");
        return ExitCodes.VERIFY_FAILED;
    }
}
