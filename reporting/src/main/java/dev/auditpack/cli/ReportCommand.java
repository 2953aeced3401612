package dev.auditpack.cli;

import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.ReportJob;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
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
            paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "The evidence locker, or a period store (collect --series): then today's statuses come from "
                    + "its latest snapshot and the pack adds the timeline over every snapshot. In S3: the locker or "
                    + "store published there, downloaded and checked object by object first. Default: the --config "
                    + "file's output.evidence, collection.series or output.dir/evidence.")
    String evidence;

    @Option(
            names = "--out",
            paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Where to write the pack; or an S3 location, where the pack is published as publish does "
                    + "(built in a temporary folder first). Default: the --config file's output.dir.")
    String out;

    @Option(names = "--force", description = "Replace pack files that already exist in --out.")
    boolean force;

    @Mixin
    ConfigOption config;

    @Mixin
    ReportSettings settings;

    @Mixin
    SigningSettings signing;

    @Mixin
    RetentionSettings retention;

    @Mixin
    S3Settings s3;

    @Override
    public Integer call() {
        ConfigFile file = config.load(spec);
        ConfigOption.report(spec, file, settings);
        ConfigOption.signing(spec, file, signing);
        if (!ConfigOption.given(spec, "--out")) {
            out = ConfigOption.required(ConfigOption.out(spec, file, null), "--out", "output.dir")
                    .toString();
        }
        if (evidence == null) {
            evidence = ConfigOption.required(ConfigOption.evidence(file, true), "--evidence", "output.evidence")
                    .toString();
        }
        boolean remoteOut = S3Paths.isS3(out);
        if (!remoteOut && retention.given()) {
            throw new InputException(
                    retention.firstGiven(), "applies only when --out is an S3 location (s3://bucket/prefix)");
        }
        if (!remoteOut && !S3Paths.isS3(evidence)) {
            if (s3.given()) {
                throw new InputException(
                        "report", "--profile, --region and --endpoint-url apply only to s3:// locations");
            }
            return settings.summarise(
                    run(S3Paths.local(evidence, "--evidence"), S3Paths.local(out, "--out")),
                    spec.commandLine().getOut());
        }
        if (remoteOut && force) {
            throw new InputException("--force", "cannot be combined with --out s3://…: publish never replaces objects");
        }
        S3Uri to = remoteOut ? S3Uri.parse(out, "--out") : null;
        S3Locker.Options options = remoteOut ? retention.options(Clock.systemUTC()) : null;
        S3Uri from = S3Paths.isS3(evidence) ? S3Uri.parse(evidence, "--evidence") : null;
        Path scratch = S3Paths.scratch("auditpack-report-");
        Map<Path, String> names = new HashMap<>();
        try (S3Locker locker = S3Locker.connect(s3.connection())) {
            if (to != null) {
                S3Paths.checkNewTarget(locker, to, options);
            }
            Path locker0 = from == null ? S3Paths.local(evidence, "--evidence") : scratch.resolve("evidence");
            if (from != null) {
                names.put(locker0, from.toString());
                S3Paths.download(locker, from, locker0);
            }
            Path dir = to == null ? S3Paths.local(out, "--out") : scratch.resolve("pack");
            if (to != null) {
                names.put(dir, to.toString());
            }
            ReportJob.Result result;
            try {
                result = run(locker0, dir);
            } catch (InputException e) {
                throw S3Paths.renamed(e, names);
            }
            S3Locker.Published published = to == null ? null : locker.publish(dir, to, options);
            StringWriter text = new StringWriter();
            int code;
            try (PrintWriter w = new PrintWriter(text)) {
                code = settings.summarise(result, w);
            }
            String said = text.toString();
            for (Map.Entry<Path, String> n : names.entrySet()) {
                said = said.replace(n.getKey().toString(), n.getValue());
            }
            spec.commandLine().getOut().print(said);
            if (published != null) {
                PublishCommand.describe(published, "built", spec.commandLine().getOut());
            }
            return code;
        } finally {
            S3Paths.delete(scratch);
        }
    }

    private ReportJob.Result run(Path locker, Path dir) {
        var identity = signing.identity();
        return ReportJob.run(new ReportJob.Request(
                locker,
                dir,
                settings.templateSet(),
                settings.frameworks,
                settings.options(Clock.systemUTC()),
                force,
                false,
                settings.additions(),
                identity));
    }
}
