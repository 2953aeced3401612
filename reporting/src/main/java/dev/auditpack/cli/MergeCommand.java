package dev.auditpack.cli;

import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerMerge;
import dev.auditpack.evidence.ShardPlan;
import dev.auditpack.input.InputException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code auditpack merge}: one locker from the lockers of a plan's shards. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the lockers of a plan's shards into one evidence locker. Every locker is checked against the plan "
                    + "(plan id, shard K/N, period, accounts; one tool version; no shard twice, none missing) and "
                    + "verified first, then copied and hashed again. A folder holding a shard's shard-failed.json "
                    + "instead of a locker makes every collector of that shard's accounts a collection error (GAP).",
            "Any problem is one line naming the locker, exit 2, and nothing is written."
        })
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "LOCKER",
            arity = "0..*",
            description = "Shard lockers, or folders with shard-failed.json.")
    List<Path> lockers = new java.util.ArrayList<>();

    @Option(
            names = "--shards-in",
            paramLabel = "DIR|s3://BUCKET/PREFIX",
            description = "Instead of LOCKER…: the shards are DIR/1 to DIR/N, N from the plan. In S3, each shard is "
                    + "the locker published under PREFIX/K (downloaded and checked object by object), or only its "
                    + "shard-failed.json.")
    String shardsIn;

    @Option(
            names = "--plan",
            paramLabel = "FILE|s3://BUCKET/KEY",
            required = true,
            description = "The plan the shards were collected by.")
    String planArg;

    @Option(
            names = "--out",
            paramLabel = "DIR|s3://BUCKET/PREFIX",
            required = true,
            description = "Merged locker to create; or an S3 location, where it is published as collect --out "
                    + "s3://… does (merged in a temporary folder first).")
    String outArg;

    @Mixin
    RetentionSettings retention;

    @Mixin
    S3Settings s3;

    @Override
    public Integer call() {
        if ((shardsIn == null) == lockers.isEmpty()) {
            throw new InputException(
                    "merge", "give the shard lockers, or --shards-in DIR with one folder per shard (1 to N)");
        }
        boolean remoteOut = S3Paths.isS3(outArg);
        if (!remoteOut && retention.given()) {
            throw new InputException(
                    retention.firstGiven(), "applies only when --out is an S3 location (s3://bucket/prefix)");
        }
        if (!remoteOut && !S3Paths.isS3(planArg) && !S3Paths.isS3(shardsIn)) {
            if (s3.given()) {
                throw new InputException(
                        "merge", "--profile, --region and --endpoint-url apply only to s3:// locations");
            }
            Path planFile = S3Paths.local(planArg, "--plan");
            ShardPlan plan = ShardPlan.read(planFile);
            List<Path> inputs = shardsIn == null ? lockers : shardFolders(S3Paths.local(shardsIn, "--shards-in"), plan);
            Path out = S3Paths.local(outArg, "--out");
            EvidenceIndex index = merge(plan, planFile, inputs, out);
            summarise(plan, index, out.toString());
            return ExitCodes.OK;
        }
        Clock clock = Clock.systemUTC();
        S3Uri to = remoteOut ? S3Uri.parse(outArg, "--out") : null;
        S3Locker.Options options = remoteOut ? retention.options(clock) : null;
        S3Uri shardsAt = S3Paths.isS3(shardsIn) ? S3Uri.parse(shardsIn, "--shards-in") : null;
        S3Uri planAt = S3Paths.isS3(planArg) ? S3Paths.object(planArg, "--plan") : null;
        Path scratch = S3Paths.scratch("auditpack-merge-");
        Map<Path, String> names = new java.util.HashMap<>();
        try (S3Locker locker = S3Locker.connect(s3.connection())) {
            Path planFile = planAt == null ? S3Paths.local(planArg, "--plan") : scratch.resolve("plan.json");
            ShardPlan plan = planAt == null ? ShardPlan.read(planFile) : S3Paths.readPlan(locker, planAt, scratch);
            if (planAt != null) {
                names.put(planFile, planAt.toString());
            }
            if (to != null) {
                S3Paths.checkNewTarget(locker, to, options);
            }
            List<Path> inputs;
            if (shardsAt != null) {
                inputs = shardFolders(scratch.resolve("shards"), plan);
                for (int k = 1; k <= plan.count(); k++) {
                    S3Uri shard = shardsAt.resolve(Integer.toString(k));
                    names.put(inputs.get(k - 1), shard.toString());
                    S3Paths.fetchShard(locker, shard, inputs.get(k - 1));
                }
            } else {
                inputs = shardsIn == null ? lockers : shardFolders(S3Paths.local(shardsIn, "--shards-in"), plan);
            }
            Path out = to == null ? S3Paths.local(outArg, "--out") : scratch.resolve("merged");
            if (to != null) {
                names.put(out, to.toString());
            }
            EvidenceIndex index;
            try {
                index = merge(plan, planFile, inputs, out);
            } catch (InputException e) {
                throw S3Paths.renamed(e, names);
            }
            if (to == null) {
                summarise(plan, index, out.toString());
                return ExitCodes.OK;
            }
            S3Locker.Published published = locker.publish(out, to, options);
            summarise(plan, index, to.toString());
            PublishCommand.describe(published, "merged", spec.commandLine().getOut());
            return ExitCodes.OK;
        } finally {
            S3Paths.delete(scratch);
        }
    }

    private static List<Path> shardFolders(Path dir, ShardPlan plan) {
        List<Path> folders = new ArrayList<>();
        for (int k = 1; k <= plan.count(); k++) {
            folders.add(dir.resolve(Integer.toString(k)));
        }
        return folders;
    }

    private static EvidenceIndex merge(ShardPlan plan, Path planFile, List<Path> inputs, Path out) {
        Map<String, CollectorEntry> terms = new TreeMap<>();
        AwsSettings defaults = AwsSettings.defaults(List.of("us-east-1"));
        Collector.all().stream().filter(c -> c.enabled(defaults)).forEach(c -> terms.put(c.id(), c.entry()));
        return LockerMerge.merge(plan, planFile, inputs, out, terms, Version.current(), Clock.systemUTC());
    }

    private void summarise(ShardPlan plan, EvidenceIndex index, String out) {
        CollectCommand.summarise(index, out, spec.commandLine().getOut());
        long failed = index.plan()
                .map(p ->
                        p.merged().stream().filter(m -> m.failed().isPresent()).count())
                .orElse(0L);
        spec.commandLine()
                .getOut()
                .println("  merged " + plan.count() + " shard(s) of plan " + plan.id()
                        + (failed == 0 ? "" : "; " + failed + " failed, their accounts are collection errors"));
    }
}
