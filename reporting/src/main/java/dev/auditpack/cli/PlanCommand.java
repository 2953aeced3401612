package dev.auditpack.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.auditpack.collector.AwsCollection;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(
            names = "--out",
            paramLabel = "FILE|s3://BUCKET/KEY",
            required = true,
            description = "Plan file to write (JSON), or an S3 object (written with its SHA-256, never over a "
                    + "different one; reached with --profile and the S3 endpoint).")
    String out;

    @Option(
            names = "--items",
            paramLabel = "FILE|s3://BUCKET/KEY",
            description =
                    "Also write the shards as a JSON array of {planId, shard: \"K/N\", index: K}, one item per shard "
                            + "(the items list a Step Functions Distributed Map reads); a file or an S3 object.")
    String items;

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
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put(out, "--out");
        if (items != null) {
            targets.put(items, "--items");
        }
        if (targets.size() == 1 && items != null) {
            throw new InputException("--items", "is the same as --out");
        }
        Map<String, S3Uri> remote = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : targets.entrySet()) {
            if (S3Paths.isS3(t.getKey())) {
                remote.put(t.getKey(), S3Paths.object(t.getKey(), t.getValue()));
            } else if (Files.exists(S3Paths.local(t.getKey(), t.getValue()))) {
                throw new InputException(t.getKey(), "already exists; a plan is written to a new file");
            }
        }
        var request = collect.request(Path.of("plan"), false, false, Clock.systemUTC());
        List<String> accounts = collect.organization ? AwsCollection.organizationAccounts(request) : request.accounts();
        ShardPlan plan;
        try {
            plan = ShardPlan.of(
                    request.period(), request.regions(), request.allRegions(), request.roleName(), accounts, shards);
        } catch (IllegalArgumentException e) {
            throw new InputException("--shards", e.getMessage());
        }
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put(out, planBytes(plan));
        if (items != null) {
            ArrayNode list = EvidenceJson.mapper().createArrayNode();
            for (int k = 1; k <= plan.count(); k++) {
                list.addObject()
                        .put("planId", plan.id())
                        .put("shard", k + "/" + plan.count())
                        .put("index", k);
            }
            content.put(
                    items, (EvidenceJson.mapper().writeValueAsString(list) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (remote.isEmpty()) {
            content.forEach((where, bytes) -> write(Path.of(where), bytes));
        } else {
            try (S3Locker locker = S3Locker.connect(S3Paths.connection(collect))) {
                // Both are checked before either is written; the very same object already there is kept.
                for (Map.Entry<String, S3Uri> r : remote.entrySet()) {
                    var there = locker.findObject(r.getValue());
                    if (there.isPresent() && !java.util.Arrays.equals(there.get(), content.get(r.getKey()))) {
                        throw new InputException(r.getKey(), "already exists with other content; choose a new key");
                    }
                }
                content.forEach((where, bytes) -> {
                    if (remote.containsKey(where)) {
                        locker.putObject(remote.get(where), bytes);
                    } else {
                        write(Path.of(where), bytes);
                    }
                });
            }
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

    private static byte[] planBytes(ShardPlan plan) throws IOException {
        Path scratch = S3Paths.scratch("auditpack-plan-");
        try {
            Path file = scratch.resolve("plan.json");
            plan.write(file);
            return Files.readAllBytes(file);
        } finally {
            S3Paths.delete(scratch);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }
}
