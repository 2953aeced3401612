package dev.auditpack.cli;

import dev.auditpack.input.InputException;
import dev.auditpack.secrets.SecretFinding;
import dev.auditpack.secrets.SecretKind;
import dev.auditpack.secrets.SecretScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack scan}: looks for secrets in a pack zip or a directory and names each file that holds one. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        description = {
            "Look for AWS secret access keys, session tokens, passwords and private keys in a pack zip or "
                    + "a directory, and name each file that holds one (never the secret). Exit 3 when any is found, "
                    + "or when any file or entry cannot be read (encrypted, damaged, over a limit).",
            "Zips (the workbook too) are read strictly, entry by entry; PDFs by their text, metadata and embedded "
                    + "files; escapes, UTF-16, gzip and base64 values are decoded first."
        })
final class ScanCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PACK.zip|DIR", description = "A pack zip, a pack directory, or any file or directory.")
    Path target;

    @Option(
            names = "--canaries",
            paramLabel = "FILE",
            description = "File of values known to be secret, one per line, to look for as they are.")
    Path canaries;

    @Override
    public Integer call() {
        if (!Files.exists(target)) {
            throw new InputException(target, "does not exist (expected a pack zip or a directory)");
        }
        List<SecretFinding> found = scanner().scan(target);
        if (found.isEmpty()) {
            spec.commandLine().getOut().println("OK: no secrets found in " + target);
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        found.forEach(f -> err.println(f.describe()));
        long unreadable =
                found.stream().filter(f -> f.kind() == SecretKind.UNREADABLE).count();
        long secrets = found.size() - unreadable;
        err.println("FAILED: "
                + (unreadable == 0
                        ? secrets + " secret(s) found in " + target
                        : secrets + " secret(s) found and " + unreadable + " file(s) that could not be scanned in "
                                + target));
        return ExitCodes.VERIFY_FAILED;
    }

    private SecretScanner scanner() {
        if (canaries == null) {
            return SecretScanner.patterns();
        }
        try {
            List<String> values = Files.readAllLines(canaries).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            return new SecretScanner(values);
        } catch (IOException e) {
            throw new InputException(canaries, "cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(canaries, e.getMessage());
        }
    }
}
