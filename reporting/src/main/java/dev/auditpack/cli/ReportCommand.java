package dev.auditpack.cli;

import dev.auditpack.pack.ReportJob;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code auditpack report}: builds the pack from an evidence locker, offline. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Build the evidence pack (PDF, Excel, results.json, the pack zip and a ticket summary) from an "
                + "evidence locker, optionally signed. "
                + "Refuses a locker whose files do not match their recorded SHA-256, and a snapshot series whose "
                + "chain is broken.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--evidence",
            paramLabel = "DIR",
            description = "The evidence locker, or a period store (collect --series): then today's statuses come from "
                    + "its latest snapshot and the pack adds the timeline over every snapshot. Default: the --config "
                    + "file's output.evidence, collection.series or output.dir/evidence.")
    Path evidence;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the pack. Default: the --config file's output.dir.")
    Path out;

    @Option(names = "--force", description = "Replace pack files that already exist in --out.")
    boolean force;

    @Mixin
    ConfigOption config;

    @Mixin
    ReportSettings settings;

    @Mixin
    SigningSettings signing;

    @Override
    public Integer call() {
        ConfigFile file = config.load(spec);
        ConfigOption.report(spec, file, settings);
        ConfigOption.signing(spec, file, signing);
        out = ConfigOption.required(ConfigOption.out(spec, file, out), "--out", "output.dir");
        if (evidence == null) {
            evidence = ConfigOption.required(ConfigOption.evidence(file, true), "--evidence", "output.evidence");
        }
        var identity = signing.identity();
        ReportJob.Result result = ReportJob.run(new ReportJob.Request(
                evidence,
                out,
                settings.templateSet(),
                settings.frameworks,
                settings.options(Clock.systemUTC()),
                force,
                false,
                settings.additions(),
                identity));
        return settings.summarise(result, spec.commandLine().getOut());
    }
}
