package dev.auditpack.cli;

import dev.auditpack.collector.AwsSettings;
import dev.auditpack.collector.Collector;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerMerge;
import dev.auditpack.evidence.ShardPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
            paramLabel = "DIR",
            description = "Instead of LOCKER…: the shards are DIR/1 to DIR/N, N from the plan.")
    Path shardsIn;

    @Option(
            names = "--plan",
            paramLabel = "FILE",
            required = true,
            description = "The plan the shards were collected by.")
    Path planFile;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Merged locker to create.")
    Path out;

    @Override
    public Integer call() {
        if ((shardsIn == null) == lockers.isEmpty()) {
            throw new dev.auditpack.input.InputException(
                    "merge", "give the shard lockers, or --shards-in DIR with one folder per shard (1 to N)");
        }
        ShardPlan plan = ShardPlan.read(planFile);
        if (shardsIn != null) {
            for (int k = 1; k <= plan.count(); k++) {
                lockers.add(shardsIn.resolve(Integer.toString(k)));
            }
        }
        Map<String, CollectorEntry> terms = new TreeMap<>();
        AwsSettings defaults = AwsSettings.defaults(List.of("us-east-1"));
        Collector.all().stream().filter(c -> c.enabled(defaults)).forEach(c -> terms.put(c.id(), c.entry()));
        EvidenceIndex index =
                LockerMerge.merge(plan, planFile, lockers, out, terms, Version.current(), Clock.systemUTC());
        CollectCommand.summarise(index, out, spec.commandLine().getOut());
        long failed = index.plan()
                .map(p ->
                        p.merged().stream().filter(m -> m.failed().isPresent()).count())
                .orElse(0L);
        spec.commandLine()
                .getOut()
                .println("  merged " + plan.count() + " shard(s) of plan " + plan.id()
                        + (failed == 0 ? "" : "; " + failed + " failed, their accounts are collection errors"));
        return ExitCodes.OK;
    }
}
