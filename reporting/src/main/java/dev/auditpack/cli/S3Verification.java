package dev.auditpack.cli;

import dev.auditpack.collector.locker.PublishManifest;
import dev.auditpack.collector.locker.S3Locker;
import dev.auditpack.collector.locker.S3Uri;
import dev.auditpack.collector.locker.StoredSet;
import dev.auditpack.evidence.Discrepancy;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.Series;
import dev.auditpack.evidence.SeriesChain;
import dev.auditpack.input.InputException;
import dev.auditpack.pack.PackVerifier;
import dev.auditpack.scratch.Scratch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code verify s3://bucket/prefix}: reads every object of a published set into a scratch folder, checks each against
 * the manifest and the SHA-256 S3 stored, names objects missing, changed or not in the manifest, reports each
 * object's retention, and then verifies what was read as {@code verify} does a local copy (a locker against its
 * index, a store's chain, a pack zip against SHA256SUMS and its signatures).
 */
final class S3Verification {

    private S3Verification() {}

    static int run(
            S3Uri uri,
            S3Settings settings,
            boolean expectRetention,
            Optional<String> fingerprint,
            Set<String> reviewers,
            PrintWriter out,
            PrintWriter err) {
        Path scratch;
        try {
            scratch = Scratch.directory("auditpack-verify-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot make a scratch folder to read " + uri + " into", e);
        }
        try (S3Locker locker = S3Locker.connect(settings.connection())) {
            StoredSet set = locker.check(uri, scratch);
            List<String> problems = new ArrayList<>();
            set.problems().stream().map(Discrepancy::describe).forEach(problems::add);
            Instant now = Instant.now();
            for (StoredSet.StoredObject o : set.objects()) {
                out.println("  " + o.path() + "  "
                        + o.mode()
                                .map(m -> m + " until "
                                        + o.retainUntil().map(Instant::toString).orElse("(no date)"))
                                .orElse("no retention")
                        + o.versionId().map(v -> "  version " + v).orElse(""));
                if (expectRetention && !o.retainedAt(now)) {
                    problems.add("NOT RETAINED " + o.path() + " ("
                            + o.mode()
                                    .map(m -> m + " until " + o.retainUntil().orElse(null) + ", which has passed")
                                    .orElse("no Object Lock retention")
                            + ")");
                }
            }
            set.notes().forEach(n -> out.println("  note: " + n));
            String contents = "";
            if (set.matches() && set.manifest().isPresent()) {
                Contents c = contents(set, fingerprint, reviewers);
                problems.addAll(c.problems());
                c.notes().forEach(n -> out.println("  " + n));
                contents = c.summary();
            }
            if (problems.isEmpty()) {
                out.println("OK: " + set.objects().size() + " object(s) under " + uri + " match "
                        + PublishManifest.NAME + " and the SHA-256 S3 stored for each" + contents
                        + (expectRetention ? "; every object is under retention" : ""));
                return ExitCodes.OK;
            }
            problems.forEach(err::println);
            err.println("FAILED: " + problems.size() + " problem(s) in " + uri);
            return ExitCodes.VERIFY_FAILED;
        } finally {
            try {
                Scratch.delete(scratch);
            } catch (IOException e) {
                // the shutdown hook tries again
            }
        }
    }

    private record Contents(List<String> problems, List<String> notes, String summary) {}

    /** Verifies what was read, as {@code verify} would the same files on disk. */
    private static Contents contents(StoredSet set, Optional<String> fingerprint, Set<String> reviewers) {
        Path dir = set.dir();
        String kind = set.manifest().get().kind();
        if ((kind.equals("locker") || kind.equals("series")) && (fingerprint.isPresent() || !reviewers.isEmpty())) {
            throw new InputException(
                    set.from().toString(),
                    "holds an evidence " + (kind.equals("locker") ? "locker" : "period store")
                            + ", which is not signed; --expect-fingerprint and --expect-reviewer need a pack");
        }
        Map<String, Locker.Digest> known = new HashMap<>();
        set.objects().forEach(o -> known.put(o.path(), new Locker.Digest(o.sha256(), o.size())));
        if (kind.equals("series")) {
            SeriesChain.Walk walk = SeriesChain.walk(Series.open(dir));
            return new Contents(
                    walk.problems(),
                    List.of(),
                    "; its " + walk.snapshots().size() + " snapshot(s) are chained and match their indexes");
        }
        Path zip = kind.equals("pack-zip")
                ? dir.resolve(set.manifest().get().objects().get(0).path())
                : dir.resolve("evidence-pack.zip");
        if (!kind.equals("locker") && Files.isRegularFile(zip)) {
            PackVerifier.Verdict v = PackVerifier.verify(zip, fingerprint, reviewers);
            return new Contents(
                    v.problems(), v.notes(), "; " + v.files() + " files of " + zip.getFileName() + " match SHA256SUMS");
        }
        Path lockerDir = kind.equals("locker") ? dir : dir.resolve("evidence");
        if (Files.isRegularFile(lockerDir.resolve(LockerWriter.INDEX))) {
            String base = kind.equals("locker") ? "" : "evidence/";
            Locker locker = Locker.open(lockerDir);
            List<String> problems = locker.verify(p -> known.get(base + p)).stream()
                    .map(Discrepancy::describe)
                    .toList();
            return new Contents(
                    problems,
                    List.of(),
                    "; the locker's " + locker.index().evidence().size() + " evidence files match index.json");
        }
        return new Contents(List.of(), List.of(), "");
    }
}
