package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.OutputLock;
import dev.auditpack.pack.ReportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code auditpack run}: collect, then report, into one directory. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Collect from AWS into DIR/evidence, then build the pack in DIR.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Directory for the locker and the pack. Default: the --config file's output.dir.")
    Path out;

    @Option(names = "--force", description = "Replace an existing locker and pack in --out.")
    boolean force;

    @Mixin
    ConfigOption config;

    @Mixin
    CollectSettings collect;

    @Mixin
    ReportSettings report;

    @Mixin
    SigningSettings signing;

    @Override
    public Integer call() {
        ConfigFile file = config.load(spec);
        ConfigOption.collect(spec, file, collect);
        ConfigOption.report(spec, file, report);
        ConfigOption.signing(spec, file, signing);
        out = ConfigOption.required(ConfigOption.out(spec, file, out), "--out", "output.dir");
        Path locker = out.resolve("evidence");
        if (!force && Files.exists(locker)) {
            throw new InputException(locker, "already exists; pass --force to replace it");
        }
        var templates = report.templateSet();
        var options = report.options(Clock.systemUTC());
        var identity = signing.identity();
        dev.auditpack.pack.PackInput.check(report.additions().previous());
        report.checkImports();
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new InputException(out, "cannot be created: " + e.getMessage(), e);
        }
        // Held from the collection to the last file of the pack, so a second run into --out is refused.
        try (OutputLock lock = OutputLock.acquire(out)) {
            EvidenceIndex index = AwsCollection.collect(
                    collect.request(locker, force, false, Clock.systemUTC()),
                    Progress.forTerminal(spec.commandLine().getErr()),
                    Clock.systemUTC(),
                    Version.current());
            CollectCommand.summarise(index, locker, spec.commandLine().getOut());
            ReportJob.Result result = ReportJob.run(new ReportJob.Request(
                    locker, out, templates, report.frameworks, options, force, false, report.additions(), identity));
            return report.summarise(result, spec.commandLine().getOut());
        }
    }
}
