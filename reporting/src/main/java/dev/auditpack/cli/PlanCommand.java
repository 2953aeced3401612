package dev.auditpack.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.AtomicFiles;
import dev.auditpack.evidence.EvidenceJson;
import dev.auditpack.evidence.ShardPlan;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code auditpack plan}: splits a collection's accounts into shards that run apart and are merged afterwards. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Split a collection into N shards of accounts, to be collected apart (collect --plan FILE --shard K/N) "
                    + "and merged into one locker (merge). The split is round-robin over the sorted account ids, so "
                    + "the same accounts and N always give the same shards; the plan id is the SHA-256 of its content.",
            "Give --organization (listed now) or --accounts, and --regions; --period and --role-name as for collect."
        })
final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "Number of shards.")
    int shards;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Plan file to write (JSON).")
    Path out;

    @Option(
            names = "--items",
            paramLabel = "FILE",
            description =
                    "Also write the shards as a JSON array of {planId, shard: \"K/N\", index: K}, one item per shard "
                            + "(the items list a Step Functions Distributed Map reads).")
    Path items;

    @Mixin
    CollectSettings collect;

    @Override
    public Integer call() throws IOException {
        if (!collect.organization && collect.accounts.isEmpty()) {
            throw new InputException("plan", "give --organization or --accounts: a plan names every account");
        }
        if (collect.regions.isEmpty()) {
            throw new InputException("--regions", "a plan fixes the regions of every shard: give them, or 'all'");
        }
        if (shards < 1) {
            throw new InputException("--shards", "must be at least 1, was " + shards);
        }
        for (Path file : items == null ? List.of(out) : List.of(out, items)) {
            if (Files.exists(file)) {
                throw new InputException(file, "already exists; a plan is written to a new file");
            }
        }
        var request = collect.request(out, false, false, Clock.systemUTC());
        List<String> accounts = collect.organization ? AwsCollection.organizationAccounts(request) : request.accounts();
        ShardPlan plan;
        try {
            plan = ShardPlan.of(
                    request.period(), request.regions(), request.allRegions(), request.roleName(), accounts, shards);
        } catch (IllegalArgumentException e) {
            throw new InputException("--shards", e.getMessage());
        }
        plan.write(out);
        if (items != null) {
            ArrayNode list = EvidenceJson.mapper().createArrayNode();
            for (int k = 1; k <= plan.count(); k++) {
                list.addObject()
                        .put("planId", plan.id())
                        .put("shard", k + "/" + plan.count())
                        .put("index", k);
            }
            AtomicFiles.write(
                    items, (EvidenceJson.mapper().writeValueAsString(list) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        PrintWriter w = spec.commandLine().getOut();
        int smallest = plan.shards().stream().mapToInt(List::size).min().orElse(0);
        int largest = plan.shards().stream().mapToInt(List::size).max().orElse(0);
        w.println("Plan " + plan.id() + " written to " + out + " (period "
                + plan.period().label() + ")");
        w.println("  " + plan.accounts().size() + " accounts in " + plan.count() + " shard(s) of " + smallest
                + (smallest == largest ? "" : " to " + largest) + " accounts; regions: "
                + (plan.allRegions() ? "all enabled in each account" : String.join(", ", plan.regions())));
        return ExitCodes.OK;
    }
}
