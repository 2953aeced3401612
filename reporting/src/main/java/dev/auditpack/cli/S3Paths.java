package dev.auditpack.cli;

import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.collector.locker.S3Connection;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.evidence.ShardFailure;
import dev.auditpack.evidence.ShardPlan;
import dev.auditpack.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The s3:// locations of plan, collect --plan, merge and report: plans and items lists as single objects, shard
 * lockers and merged lockers downloaded into a scratch folder and published from one. Messages about scratch files
 * name the S3 locations they came from.
 */
final class S3Paths {

    private S3Paths() {}

    static boolean isS3(String arg) {
        return arg != null && S3Uri.looksLikeS3(arg);
    }

    /** {@code arg} as a local path, or one line naming {@code flag}. */
    static Path local(String arg, String flag) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            throw new InputException(flag, "'" + arg + "' is not a path: " + e.getReason());
        }
    }

    /** {@code s3://bucket/key} of a single object. */
    static S3Uri object(String arg, String flag) {
        S3Uri at = S3Uri.parse(arg, flag);
        if (at.prefix().isEmpty()) {
            throw new InputException(flag, "'" + arg + "' names no object (expected s3://bucket/key)");
        }
        return at;
    }

    /** How collect and plan reach the bucket: their --profile and their S3 endpoint, if any. */
    static S3Connection connection(CollectSettings collect) {
        URI endpoint = collect.serviceEndpoints.getOrDefault("s3", collect.endpoint);
        return new S3Connection(Optional.ofNullable(collect.profile), Optional.empty(), Optional.ofNullable(endpoint));
    }

    /** A new scratch folder, removed at exit at the latest. */
    static Path scratch(String prefix) {
        try {
            return dev.auditpack.scratch.Scratch.directory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder", e);
        }
    }

    static void delete(Path scratch) {
        try {
            dev.auditpack.scratch.Scratch.delete(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + scratch, e);
        }
    }

    /**
     * The checks of every publish from a scratch folder, before anything is read or written: Object Lock as the
     * options ask, and nothing under {@code to} yet (what is made afresh never matches earlier objects byte for byte,
     * and publish never replaces).
     */
    static void checkNewTarget(S3Locker locker, S3Uri to, S3Locker.Options options) {
        locker.checkTarget(to, options);
        if (!locker.isEmpty(to)) {
            throw new InputException(
                    to.toString(),
                    "already holds objects; what is made afresh never matches them byte for byte, and publish "
                            + "never replaces: choose a new prefix");
        }
    }

    /** Reads the plan at {@code at} into {@code scratch}/plan.json and checks it as a local plan is checked. */
    static ShardPlan readPlan(S3Locker locker, S3Uri at, Path scratch) {
        byte[] bytes = locker.findObject(at)
                .orElseThrow(() -> new InputException(at.toString(), "does not exist: expected a plan"));
        Path file = scratch.resolve("plan.json");
        write(file, bytes);
        try {
            return ShardPlan.read(file);
        } catch (InputException e) {
            throw renamed(e, Map.of(file, at.toString()));
        }
    }

    /**
     * Brings shard {@code at} into {@code dir}: its published locker (checked object by object against the
     * manifest and S3's checksums), its {@value ShardFailure#FILE} when it has one, or both, for the merge to judge.
     */
    static void fetchShard(S3Locker locker, S3Uri at, Path dir) {
        boolean published = locker.exists(at.resolve(PublishManifest.NAME));
        Optional<byte[]> failure = locker.findObject(at.resolve(ShardFailure.FILE));
        if (!published && failure.isEmpty()) {
            throw new InputException(
                    at.toString(),
                    "holds neither a published shard locker (" + PublishManifest.NAME + ") nor " + ShardFailure.FILE
                            + ": the shard is missing or its publish did not finish");
        }
        if (published) {
            download(locker, at, dir);
        }
        failure.ifPresent(bytes -> write(dir.resolve(ShardFailure.FILE), bytes));
    }

    /** Downloads the set published under {@code from} into {@code dir}; a damaged set is one line. */
    static void download(S3Locker locker, S3Uri from, Path dir) {
        try {
            locker.download(from, dir);
        } catch (S3Locker.CheckFailedException e) {
            throw new InputException(from.toString(), "cannot be used: " + e.getMessage());
        }
    }

    /** {@code e} with every scratch path in it replaced by the S3 location it stands for. */
    static InputException renamed(InputException e, Map<Path, String> names) {
        Map<String, String> ordered = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Path, String> n) ->
                                n.getKey().toString().length())
                        .reversed())
                .forEach(n -> ordered.put(n.getKey().toString(), n.getValue()));
        String source = e.source();
        String problem = e.problem();
        for (Map.Entry<String, String> n : ordered.entrySet()) {
            source = source.replace(n.getKey(), n.getValue());
            problem = problem.replace(n.getKey(), n.getValue());
        }
        return new InputException(source, problem, e);
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file, e);
        }
    }
}
