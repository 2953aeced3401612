package dev.auditpack.evidence;

import dev.auditpack.input.InputException;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Merges the lockers of a plan's shards into one locker. Every input is checked against the plan and the others
 * first (plan id, shard K/N, period, tool version, accounts, no shard twice, none missing) and verified; then every
 * file is copied into a staging folder beside the output and hashed on the way, one index is written with every
 * collector entry and error, and the folder is renamed to the output. A shard that left a failure marker instead
 * of a locker becomes a collection error for each collector of each of its accounts. Any problem is an
 * {@link InputException} naming the input, and nothing is left behind.
 */
public final class LockerMerge {

    private LockerMerge() {}

    /** One input: a shard's locker, or its failure marker. */
    private record Input(Path dir, int shard, Optional<Locker> locker, Optional<ShardFailure> failure) {}

    /**
     * Merges {@code inputs} (shard lockers or folders holding a failure marker) into a new locker in {@code out}.
     *
     * @param planFile      the plan file, named in messages
     * @param fallbackTerms collector terms for a failed shard's errors when no input records any (every shard failed)
     * @param toolVersion   the tool version recorded when every shard failed
     */
    public static EvidenceIndex merge(
            ShardPlan plan,
            Path planFile,
            List<Path> inputs,
            Path out,
            Map<String, CollectorEntry> fallbackTerms,
            String toolVersion,
            Clock clock) {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !emptyDirectory(out)) {
            throw new InputException(out, "already exists; choose a new folder for the merged locker");
        }
        Map<Integer, Input> shards = read(plan, planFile, inputs);
        for (int k = 1; k <= plan.count(); k++) {
            if (!shards.containsKey(k)) {
                throw new InputException(
                        "shard " + k + "/" + plan.count(),
                        "is missing: give its locker, or the folder with its " + ShardFailure.FILE);
            }
        }
        List<Input> collected =
                shards.values().stream().filter(i -> i.locker().isPresent()).toList();
        checkAgreement(plan, collected);
        for (Input in : collected) {
            List<Discrepancy> problems = in.locker().get().verify();
            if (!problems.isEmpty()) {
                throw new InputException(
                        in.dir(),
                        "fails verification: " + problems.get(0).describe()
                                + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : ""));
            }
        }
        Path parent = out.toAbsolutePath().normalize().getParent();
        Path staging = parent.resolve("." + out.getFileName() + ".merge-" + UUID.randomUUID());
        Scratch.track(staging);
        try {
            Files.createDirectories(staging.resolve("raw"));
            for (Input in : collected) {
                copy(in, staging);
            }
            EvidenceIndex index = index(plan, shards, fallbackTerms, toolVersion, clock);
            AtomicFiles.write(
                    staging.resolve(LockerWriter.INDEX), EvidenceJson.mapper().writeValueAsBytes(index));
            if (Files.exists(out)) {
                Files.delete(out);
            }
            AtomicFiles.move(staging, out);
            Scratch.forget(staging);
            return index;
        } catch (IOException e) {
            throw new InputException(out, "cannot be written: " + e.getMessage(), e);
        } finally {
            try {
                if (Files.exists(staging)) {
                    Scratch.delete(staging);
                }
            } catch (IOException e) {
                // The shutdown hook tries again.
            }
        }
    }

    private static Map<Integer, Input> read(ShardPlan plan, Path planFile, List<Path> inputs) {
        Map<Integer, Input> shards = new TreeMap<>();
        Map<Path, Path> seen = new LinkedHashMap<>();
        for (Path dir : inputs) {
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir, "is not a directory (expected a shard's locker or its failure marker)");
            }
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                throw new InputException(dir, "cannot be read: " + e.getMessage(), e);
            }
            if (seen.containsKey(real)) {
                throw new InputException(dir, "is given twice");
            }
            seen.put(real, dir);
            Input in;
            if (ShardFailure.in(dir)) {
                if (Files.exists(dir.resolve(LockerWriter.INDEX))) {
                    throw new InputException(
                            dir,
                            "holds both a finished locker and " + ShardFailure.FILE + "; remove the one that is wrong");
                }
                ShardFailure failure = ShardFailure.read(dir);
                if (!failure.planId().equals(plan.id())) {
                    throw new InputException(
                            dir.resolve(ShardFailure.FILE),
                            "is for plan " + failure.planId() + ", not " + plan.id() + " of " + planFile);
                }
                ShardPlan.Shard shard;
                try {
                    shard = ShardPlan.Shard.parse(failure.shard());
                } catch (IllegalArgumentException e) {
                    throw new InputException(dir.resolve(ShardFailure.FILE), e.getMessage());
                }
                in = new Input(
                        dir,
                        shardOf(dir, shard.index(), shard.count(), plan, planFile),
                        Optional.empty(),
                        Optional.of(failure));
            } else {
                Locker locker = Locker.open(dir);
                PlanLink link = locker.index()
                        .plan()
                        .filter(l -> l.shard().isPresent())
                        .orElseThrow(() -> new InputException(
                                dir,
                                "is not a shard of a plan: its index.json records none "
                                        + "(collect --plan FILE --shard K/N writes one)"));
                if (!link.id().equals(plan.id())) {
                    throw new InputException(
                            dir, "was collected for plan " + link.id() + ", not " + plan.id() + " of " + planFile);
                }
                in = new Input(
                        dir,
                        shardOf(dir, link.shard().get(), link.shards(), plan, planFile),
                        Optional.of(locker),
                        Optional.empty());
            }
            Input before = shards.putIfAbsent(in.shard(), in);
            if (before != null) {
                throw new InputException(
                        dir, "holds shard " + in.shard() + "/" + plan.count() + ", as " + before.dir() + " does");
            }
        }
        return shards;
    }

    private static int shardOf(Path dir, int k, int n, ShardPlan plan, Path planFile) {
        if (n != plan.count()) {
            throw new InputException(
                    dir, "is shard " + k + "/" + n + ", but " + planFile + " has " + plan.count() + " shards");
        }
        return k;
    }

    /** Same period and tool version as the plan and each other; each shard's accounts its own and no one else's. */
    private static void checkAgreement(ShardPlan plan, List<Input> collected) {
        Map<String, Path> owner = new TreeMap<>();
        Input first = collected.isEmpty() ? null : collected.get(0);
        for (Input in : collected) {
            EvidenceIndex index = in.locker().get().index();
            if (!index.period().equals(plan.period())) {
                throw new InputException(
                        in.dir(),
                        "covers the period " + index.period().label() + " ("
                                + index.period().start() + ".."
                                + index.period().end() + "), the plan "
                                + plan.period().label() + " ("
                                + plan.period().start() + ".." + plan.period().end() + ")");
            }
            String version = first.locker().get().index().toolVersion();
            if (!index.toolVersion().equals(version)) {
                throw new InputException(
                        in.dir(),
                        "was collected by auditpack " + index.toolVersion() + ", " + first.dir() + " by " + version
                                + "; collect every shard with one version");
            }
            for (String account : index.scope().accounts()) {
                List<String> regions = new ArrayList<>(index.scope().regionsOf(account));
                regions.add(Target.GLOBAL);
                for (String region : regions) {
                    Path other = owner.putIfAbsent(account + " in " + region, in.dir());
                    if (other != null) {
                        throw new InputException(
                                in.dir(), "holds account " + account + " in " + region + ", as " + other + " does");
                    }
                }
            }
            List<String> expected = plan.accountsOf(in.shard());
            if (!index.scope().accounts().equals(expected)) {
                throw new InputException(
                        in.dir(),
                        "holds accounts " + index.scope().accounts() + ", but shard " + in.shard() + "/" + plan.count()
                                + " of the plan is " + expected);
            }
        }
    }

    /** Copies every file the locker lists, hashing it on the way, and checks it against the index. */
    private static void copy(Input in, Path staging) throws IOException {
        Locker locker = in.locker().get();
        List<String[]> files = new ArrayList<>();
        locker.index().evidence().forEach(e -> files.add(new String[] {e.path(), e.sha256(), Long.toString(e.size())}));
        locker.index()
                .attachments()
                .forEach(a -> files.add(new String[] {a.path(), a.sha256(), Long.toString(a.size())}));
        for (String[] f : files) {
            Path to = staging.resolve(f[0]);
            Files.createDirectories(to.getParent());
            MessageDigest digest = Digests.newSha256();
            long size;
            try (InputStream from = Files.newInputStream(locker.root().resolve(f[0]));
                    OutputStream sink =
                            new DigestOutputStream(Files.newOutputStream(to, StandardOpenOption.CREATE_NEW), digest)) {
                size = from.transferTo(sink);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            if (!sha.equals(f[1]) || size != Long.parseLong(f[2])) {
                throw new InputException(in.dir(), "changed while it was merged: " + f[0] + " is now sha256 " + sha);
            }
        }
    }

    private static EvidenceIndex index(
            ShardPlan plan,
            Map<Integer, Input> shards,
            Map<String, CollectorEntry> fallbackTerms,
            String toolVersion,
            Clock clock)
            throws IOException {
        List<EvidenceEntry> evidence = new ArrayList<>();
        List<CollectionError> errors = new ArrayList<>();
        List<AttachmentEntry> attachments = new ArrayList<>();
        Map<String, CollectorEntry> terms = new TreeMap<>();
        Map<String, List<String>> accountRegions = new TreeMap<>();
        Optional<CallerIdentity> caller = Optional.empty();
        Instant started = null;
        Instant finished = null;
        String version = null;
        TreeSet<String> regions = new TreeSet<>();
        List<PlanLink.MergedShard> merged = new ArrayList<>();
        for (Input in : shards.values()) {
            if (in.locker().isEmpty()) {
                continue;
            }
            EvidenceIndex index = in.locker().get().index();
            evidence.addAll(index.evidence());
            errors.addAll(index.errors());
            attachments.addAll(index.attachments());
            for (var e : index.collectors().entrySet()) {
                CollectorEntry before = terms.putIfAbsent(e.getKey(), e.getValue());
                if (before != null && !before.equals(e.getValue())) {
                    throw new InputException(
                            in.dir(), "records other terms for collector " + e.getKey() + " than the shards before it");
                }
            }
            index.scope()
                    .accounts()
                    .forEach(a -> accountRegions.put(a, index.scope().regionsOf(a)));
            regions.addAll(index.scope().regions());
            caller = caller.isPresent() ? caller : index.caller();
            started = started == null || index.startedAt().isBefore(started) ? index.startedAt() : started;
            finished = finished == null || index.finishedAt().isAfter(finished) ? index.finishedAt() : finished;
            version = index.toolVersion();
            merged.add(new PlanLink.MergedShard(
                    in.shard(),
                    Optional.of(index.runId()),
                    Optional.of(Digests.sha256(in.dir().resolve(LockerWriter.INDEX))),
                    Optional.empty()));
        }
        Instant now = clock.instant();
        Map<String, CollectorEntry> failedTerms = terms.isEmpty() ? fallbackTerms : terms;
        List<String> failedRegions = plan.allRegions() ? List.copyOf(regions) : plan.regions();
        String runAccount = plan.runAccount(caller.map(CallerIdentity::account).orElse(""));
        for (Input in : shards.values()) {
            if (in.failure().isEmpty()) {
                continue;
            }
            ShardFailure failure = in.failure().get();
            String why =
                    "shard " + in.shard() + "/" + plan.count() + " failed and collected nothing: " + failure.reason();
            for (String account : plan.accountsOf(in.shard())) {
                accountRegions.put(account, failedRegions);
                for (var term : failedTerms.entrySet()) {
                    List<String> where = switch (term.getValue().scope()) {
                        case REGIONAL -> failedRegions;
                        case ACCOUNT -> List.of(Target.GLOBAL);
                        case ORGANIZATION ->
                            caller.filter(c -> c.account().equals(account)).isPresent()
                                    ? List.of(Target.GLOBAL)
                                    : List.of();
                        case RUN -> account.equals(runAccount) ? List.of(Target.GLOBAL) : List.of();
                    };
                    for (String region : where) {
                        errors.add(new CollectionError(
                                term.getKey(),
                                account,
                                region,
                                "auditpack:CollectShard",
                                null,
                                null,
                                "ShardFailed",
                                null,
                                why,
                                ErrorCategory.OTHER,
                                now));
                    }
                }
            }
            regions.addAll(failedRegions);
            merged.add(new PlanLink.MergedShard(
                    in.shard(), Optional.empty(), Optional.empty(), Optional.of(failure.reason())));
        }
        merged.sort(java.util.Comparator.comparingInt(PlanLink.MergedShard::shard));
        boolean uniform = accountRegions.values().stream().distinct().count() <= 1;
        return new EvidenceIndex(
                EvidenceIndex.CURRENT_FORMAT,
                UUID.randomUUID().toString(),
                version == null ? toolVersion : version,
                plan.period(),
                new Scope(
                        List.copyOf(accountRegions.keySet()),
                        List.copyOf(regions),
                        uniform ? Map.of() : accountRegions),
                caller,
                started == null ? now : started,
                finished == null ? now : finished,
                evidence,
                errors,
                attachments,
                failedTerms,
                Optional.empty(),
                Optional.of(new PlanLink(plan.id(), plan.count(), Optional.empty(), merged)));
    }

    private static boolean emptyDirectory(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
