package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.EvidenceIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code auditpack collect}: reads evidence from AWS into a locker. */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = "Collect read-only evidence from AWS into an evidence locker (a directory).")
final class CollectCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Locker directory to create.")
    Path out;

    @Option(names = "--force", description = "Replace the evidence of an existing locker in --out.")
    boolean force;

    @Option(names = "--resume", description = "Finish an interrupted collection in --out: collect only what it lacks.")
    boolean resume;

    @Option(
            names = "--fail-on",
            split = ",",
            paramLabel = "WHAT",
            converter = FailOn.Converter.class,
            description = "Exit non-zero on: collection-errors (4).")
    List<FailOn> failOn = new java.util.ArrayList<>();

    @Mixin
    CollectSettings collect;

    @Override
    public Integer call() {
        EvidenceIndex index = AwsCollection.collect(
                collect.request(out, force, resume, Clock.systemUTC()),
                Progress.forTerminal(spec.commandLine().getErr()),
                Clock.systemUTC(),
                Version.current());
        summarise(index, out, spec.commandLine().getOut());
        return failOn.contains(FailOn.COLLECTION_ERRORS) && !index.errors().isEmpty()
                ? ExitCodes.COLLECTION_ERRORS
                : ExitCodes.OK;
    }

    static void summarise(EvidenceIndex index, Path out, PrintWriter w) {
        w.println("Evidence locker written to " + out + " (period "
                + index.period().label() + ")");
        w.println("  accounts: " + String.join(", ", index.scope().accounts()) + "; regions: "
                + String.join(", ", index.scope().regions()));
        w.println("  " + index.evidence().size() + " evidence files, "
                + index.errors().size() + " collection error(s)");
        index.errors().stream()
                .limit(10)
                .forEach(e -> w.println("    " + e.account() + " " + e.region() + " " + e.operation()
                        + (e.resource() == null ? "" : " " + e.resource()) + ": " + e.errorCode()));
        if (index.errors().size() > 10) {
            w.println("    … " + (index.errors().size() - 10) + " more in index.json");
        }
    }
}
