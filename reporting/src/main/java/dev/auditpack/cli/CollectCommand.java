package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.input.InputException;
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
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Locker directory to create.")
    Path out;

    @Option(
            names = "--series",
            paramLabel = "DIR",
            description = "Add a snapshot to the period store in DIR (started there when DIR is missing or empty), "
                    + "chained to the snapshot before it by the SHA-256 of its index. For scheduled runs.")
    Path series;

    @Option(
            names = "--cadence",
            paramLabel = "daily|weekly",
            description = "How often the --series is collected; needed to start one. Longer pauses between "
                    + "snapshots are gaps in the timeline.")
    String cadence;

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
    ConfigOption config;

    @Mixin
    CollectSettings collect;

    @Override
    public Integer call() {
        ConfigFile file = config.load(spec);
        ConfigOption.collect(spec, file, collect);
        applyConfig(file);
        if ((out == null) == (series == null)) {
            throw new InputException("--out", "give either --out DIR (one locker) or --series DIR (a period store)");
        }
        if (series == null && cadence != null) {
            throw new InputException("--cadence", "applies to a period store; give it with --series DIR");
        }
        EvidenceIndex index = series != null
                ? SeriesCollection.collect(this)
                : AwsCollection.collect(
                        collect.request(out, force, resume, Clock.systemUTC()),
                        Progress.forTerminal(spec.commandLine().getErr()),
                        Clock.systemUTC(),
                        Version.current());
        if (series == null) {
            summarise(index, out, spec.commandLine().getOut());
        }
        return failOn.contains(FailOn.COLLECTION_ERRORS) && !index.errors().isEmpty()
                ? ExitCodes.COLLECTION_ERRORS
                : ExitCodes.OK;
    }

    /** Where the file sends the evidence, its cadence and what to fail on, where no flag says. */
    private void applyConfig(ConfigFile file) {
        var k = file.content().collection();
        if (!ConfigOption.given(spec, "--out", "--series")) {
            if (k != null && k.series() != null) {
                series = file.resolve(k.series());
            } else {
                out = ConfigOption.evidence(file, false);
            }
        }
        if (cadence == null && k != null && series != null) {
            cadence = k.cadence();
        }
        if (!ConfigOption.given(spec, "--fail-on") && file.content().failOn() != null) {
            failOn = ConfigOption.failOn(file.content());
        }
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
