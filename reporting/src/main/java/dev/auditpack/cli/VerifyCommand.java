package dev.auditpack.cli;

import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.PackVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code auditpack verify}: re-hashes a locker or a whole pack zip and names each file that differs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a locker or a pack zip and name each changed, missing or unexpected file. Exit 3 when any "
                + "differs.",
                "A locker directory: every evidence file is re-hashed against index.json.",
                "A pack zip: every file against SHA256SUMS, the signature over SHA256SUMS, the PDF's signature, and "
                        + "evidence/ against evidence/index.json. Signers are named; their certificates are not "
                        + "checked against a trust store."})
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "LOCKER|PACK.zip", description = "An evidence locker directory, or a pack zip.")
    Path target;

    @Override
    public Integer call() {
        if (!Files.exists(target)) {
            throw new InputException(target, "does not exist (expected an evidence locker directory or a pack zip)");
        }
        if (!Files.isDirectory(target) && !Files.isRegularFile(target)) {
            // Opening a FIFO would wait for a writer for ever.
            throw new InputException(target, "is not a plain file or a directory (expected an evidence locker "
                    + "directory or a pack zip)");
        }
        return Files.isDirectory(target) ? verifyLocker() : verifyPack();
    }

    private int verifyLocker() {
        Locker opened = Locker.open(target);
        List<Discrepancy> problems = opened.verify();
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("OK: " + opened.index().evidence().size() + " evidence files match index.json in " + target);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Discrepancy d : problems) {
            err.println(d.describe());
        }
        err.println("FAILED: " + problems.size() + " file(s) in " + target + " do not match index.json");
        return ExitCodes.VERIFY_FAILED;
    }

    private int verifyPack() {
        PackVerifier.Verdict verdict = PackVerifier.verify(target);
        PrintWriter out = spec.commandLine().getOut();
        if (verdict.problems().isEmpty()) {
            out.println("OK: " + verdict.files() + " files match SHA256SUMS in " + target);
            verdict.notes().forEach(n -> out.println("  " + n));
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        verdict.problems().forEach(err::println);
        err.println("FAILED: " + verdict.problems().size() + " problem(s) in " + target);
        verdict.notes().forEach(n -> out.println("  " + n));
        return ExitCodes.VERIFY_FAILED;
    }
}
