package dev.auditpack.cli;

import dev.auditpack.demo.DemoExamples;
import dev.auditpack.demo.DemoLocker;
import dev.auditpack.evidence.Locker;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.ReportJob;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code auditpack demo}: the whole pack from evidence bundled in the jar; no AWS account needed. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Build a full evidence pack from evidence bundled in auditpack for a fictional company. "
                + "Needs no AWS account or credentials.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "auditpack-demo",
            description = "Where to write the pack. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--force", description = "Replace a demo pack that already exists in --out.")
    boolean force;

    @Option(
            names = "--no-examples",
            description = "Leave out the example manual evidence, exceptions, scope, owners and risk register the demo "
                    + "adds when none are given, and build the pack from the evidence alone.")
    boolean noExamples;

    @Mixin
    ConfigOption config;

    @Mixin
    ReportSettings settings;

    @Mixin
    SigningSettings signing;

    @Override
    public Integer call() throws IOException {
        // The demo's evidence is its own: of the file, only what makes the pack (report, branding, signing, output).
        ConfigFile file = config.load(spec);
        ConfigOption.report(spec, file, settings);
        ConfigOption.signing(spec, file, signing);
        out = ConfigOption.out(spec, file, out);
        var templates = settings.templateSet();
        var options = settings.options(Clock.systemUTC(), DemoLocker.ORGANISATION);
        var identity = signing.identity();
        Path tmp = Scratch.directory("auditpack-demo-");
        try {
            Path locker = DemoLocker.extractTo(tmp.resolve("evidence"));
            refuseRealEvidence(locker);
            ReportJob.Additions additions = settings.additions();
            boolean examples = !noExamples
                    && additions.manual() == null
                    && additions.exceptions() == null
                    && additions.overrides() == null
                    && additions.system() == null
                    && additions.owners() == null
                    && additions.risks() == null;
            if (examples) {
                Path dir = DemoExamples.extractTo(tmp.resolve("examples"));
                additions = new ReportJob.Additions(
                        dir.resolve(DemoExamples.MANUAL),
                        dir.resolve(DemoExamples.EXCEPTIONS),
                        null,
                        additions.scope(),
                        dir.resolve(DemoExamples.SCOPE),
                        dir.resolve(DemoExamples.OWNERS),
                        dir.resolve(DemoExamples.RISKS),
                        additions.assertion(),
                        additions.previous(),
                        additions.imports());
            }
            ReportJob.Result result = ReportJob.run(new ReportJob.Request(
                    locker, out, templates, settings.frameworks, options, force, true, additions, identity));
            int code = settings.summarise(result, spec.commandLine().getOut());
            if (examples) {
                spec.commandLine()
                        .getOut()
                        .println("It includes example manual evidence and exceptions (in "
                                + out.resolve(ReportJob.MANUAL)
                                + "), a scope file, an owners file and a risk register for the "
                                + "Statement of Applicability; --no-examples leaves them out.");
            }
            spec.commandLine()
                    .getOut()
                    .println("The evidence it rests on is in " + out.resolve(ReportJob.EVIDENCE)
                            + "; check it with: auditpack verify " + out.resolve(ReportJob.EVIDENCE));
            spec.commandLine()
                    .getOut()
                    .println("Check the whole pack with: auditpack verify " + out.resolve(ReportJob.ZIP));
            return code;
        } finally {
            Scratch.delete(tmp);
        }
    }

    /**
     * Refuses an {@code --out} whose {@code evidence/} is not the demo's own, even with {@code --force}: the demo's
     * fictional evidence must never take the place of evidence collected from AWS.
     */
    private void refuseRealEvidence(Path demoLocker) {
        Path existing = out.resolve(ReportJob.EVIDENCE);
        if (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String demoRun = Locker.open(demoLocker).index().runId();
        String run;
        try {
            run = Locker.open(existing).index().runId();
        } catch (InputException e) {
            throw new InputException(
                    existing,
                    "is not the demo's evidence; demo does not replace it, even with --force. "
                            + "Choose another --out.");
        }
        if (!run.equals(demoRun)) {
            throw new InputException(
                    existing,
                    "holds the evidence of collection run " + run + ", not the demo's; "
                            + "demo does not replace it, even with --force. Choose another --out.");
        }
    }
}
