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

    @Option(
            names = "--out",
            paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Locker directory to create; or an S3 location, where the locker is published when the "
                    + "collection ends (collected into a temporary folder first; see publish).")
    String outArg;

    private Path out;

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

    @Option(
            names = "--plan",
            paramLabel = "FILE|s3://BUCKET/KEY",
            description = "Collect one shard of a plan (auditpack plan): its accounts, with the plan's regions, "
                    + "period and role; give --shard. A plan in S3 is read with --profile and the S3 endpoint.")
    String plan;

    @Option(
            names = "--shard",
            paramLabel = "K/N",
            converter = ShardConverter.class,
            description = "The shard of --plan to collect, K from 1 to N.")
    dev.auditpack.evidence.ShardPlan.Shard shard;

    @Mixin
    ConfigOption config;

    @Mixin
    CollectSettings collect;

    @Mixin
    RetentionSettings retention;

    @Override
    public Integer call() {
        ConfigFile file = config.load(spec);
        ConfigOption.collect(spec, file, collect);
        applyConfig(file);
        if ((outArg == null) == (series == null)) {
            throw new InputException("--out", "give either --out DIR (one locker) or --series DIR (a period store)");
        }
        if (outArg != null && dev.auditpack.collector.locker.S3Uri.looksLikeS3(outArg)) {
            return S3Collection.collect(this);
        }
        if (retention.given()) {
            throw new InputException(
                    retention.firstGiven(), "applies only when --out is an S3 location (s3://bucket/prefix)");
        }
        try {
            out = outArg == null ? null : Path.of(outArg);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException("--out", "'" + outArg + "' is not a path: " + e.getReason());
        }
        if (series == null && cadence != null) {
            throw new InputException("--cadence", "applies to a period store; give it with --series DIR");
        }
        java.util.Optional<dev.auditpack.collector.ShardScope> sharded = shardScope();
        EvidenceIndex index = series != null
                ? SeriesCollection.collect(this)
                : AwsCollection.collect(
                        collect.request(out, force, resume, Clock.systemUTC()),
                        sharded,
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

    /** The shard of --plan to collect, with the plan's accounts, regions, period and role put into the settings. */
    java.util.Optional<dev.auditpack.collector.ShardScope> shardScope() {
        if ((plan == null) != (shard == null)) {
            throw new InputException(plan == null ? "--shard" : "--plan", "give --plan FILE and --shard K/N together");
        }
        if (plan == null) {
            return java.util.Optional.empty();
        }
        if (series != null || resume) {
            throw new InputException(
                    "--plan",
                    series != null ? "collects one locker; drop --series" : "cannot be combined with --resume");
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String fixed : List.of("--accounts", "--organization", "--regions", "--period", "--role-name")) {
            if (parsed.hasMatchedOption(fixed)) {
                throw new InputException(
                        "--plan", "fixes the accounts, regions, period and role of every shard; drop " + fixed);
            }
        }
        dev.auditpack.evidence.ShardPlan read = readPlan();
        if (shard.count() != read.count()) {
            throw new InputException("--shard", "is " + shard + ", but " + plan + " has " + read.count() + " shard(s)");
        }
        collect.accounts = new java.util.ArrayList<>(read.accountsOf(shard.index()));
        collect.regions = read.allRegions() ? new java.util.ArrayList<>(List.of("all")) : read.regions();
        collect.period = read.period();
        collect.roleName = read.roleName();
        return java.util.Optional.of(new dev.auditpack.collector.ShardScope(
                dev.auditpack.evidence.PlanLink.shard(read.id(), shard.index(), shard.count()), read.accounts()));
    }

    /** Where the file sends the evidence, its cadence and what to fail on, where no flag says. */
    private void applyConfig(ConfigFile file) {
        var k = file.content().collection();
        if (!ConfigOption.given(spec, "--out", "--series")) {
            if (k != null && k.series() != null) {
                series = file.resolve(k.series());
            } else {
                Path fromFile = ConfigOption.evidence(file, false);
                outArg = fromFile == null ? null : fromFile.toString();
            }
        }
        if (cadence == null && k != null && series != null) {
            cadence = k.cadence();
        }
        if (!ConfigOption.given(spec, "--fail-on") && file.content().failOn() != null) {
            failOn = ConfigOption.failOn(file.content());
        }
    }

    /** The --plan file, or the plan object in S3 read through a scratch folder. */
    private dev.auditpack.evidence.ShardPlan readPlan() {
        if (!S3Paths.isS3(plan)) {
            return dev.auditpack.evidence.ShardPlan.read(S3Paths.local(plan, "--plan"));
        }
        var at = S3Paths.object(plan, "--plan");
        Path scratch = S3Paths.scratch("auditpack-plan-");
        try (var locker = dev.auditpack.collector.locker.S3Locker.connect(S3Paths.connection(collect))) {
            return S3Paths.readPlan(locker, at, scratch);
        } finally {
            S3Paths.delete(scratch);
        }
    }

    static void summarise(EvidenceIndex index, Path out, PrintWriter w) {
        summarise(index, out.toString(), w);
    }

    static void summarise(EvidenceIndex index, String out, PrintWriter w) {
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
