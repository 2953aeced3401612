package dev.auditpack.check;

import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.EvidenceKey;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The evidence of one locker as checks see it: for each collector, account and region, either the
 * document, or the errors that kept it from being collected, or nothing. Documents are read on first use
 * and kept.
 */
public final class EvidenceSet {

    /** What the locker holds for one collector, account and region. */
    public sealed interface Lookup permits Found, Failed, Missing, Stale {}

    /** The evidence is there and fresh. */
    public record Found(EvidenceDocument document, String path) implements Lookup {}

    /** Collection failed; the errors say why. */
    public record Failed(List<CollectionError> errors) implements Lookup {}

    /** Nothing was collected and no error was recorded (e.g. the collector was not run). */
    public record Missing() implements Lookup {}

    /** The evidence is there but too old, or from before the audit period, to rely on. */
    public record Stale(String path, String why) implements Lookup {}

    private final Locker locker;
    private final Map<EvidenceKey, EvidenceEntry> entries;
    private final Map<EvidenceKey, List<CollectionError>> errors;
    private final List<String> accounts;
    /** Documents read so far; only account views keep them, so a whole organisation never sits in memory. */
    private final Map<EvidenceKey, EvidenceDocument> cache;

    private EvidenceSet(Locker locker) {
        this.locker = locker;
        this.entries = new HashMap<>();
        for (EvidenceEntry e : locker.index().evidence()) {
            entries.put(e.key(), e);
        }
        this.errors = locker.index().errors().stream().collect(Collectors.groupingBy(EvidenceKey::of));
        this.accounts = locker.index().scope().accounts();
        this.cache = null;
    }

    private EvidenceSet(EvidenceSet whole, String account) {
        this.locker = whole.locker;
        this.entries = whole.entries;
        this.errors = whole.errors;
        this.accounts = List.of(account);
        this.cache = new ConcurrentHashMap<>();
    }

    public static EvidenceSet of(Locker locker) {
        return new EvidenceSet(Objects.requireNonNull(locker));
    }

    /**
     * The evidence of one account only. Documents it reads are kept until the view is dropped, so checks
     * that read the same file share one parse; evaluating account by account bounds the memory.
     */
    public EvidenceSet forAccount(String account) {
        return new EvidenceSet(this, account);
    }

    public EvidenceIndex index() {
        return locker.index();
    }

    public List<String> accounts() {
        return accounts;
    }

    /** The regions collected from in one account. */
    public List<String> regions(String account) {
        return locker.index().scope().regionsOf(account);
    }

    /**
     * The partition of an account, e.g. {@code aws-cn}, told by the regions it was collected from, for the ARNs
     * of its global resources (IAM, S3 buckets, CloudFront).
     */
    public String partition(String account) {
        return Arn.partitionOf(regions(account));
    }

    /** What the locker holds for the collector in this account and region ({@code global} for account-wide). */
    public Lookup get(String collector, String account, String region) {
        EvidenceKey key = new EvidenceKey(collector, account, region);
        EvidenceEntry entry = entries.get(key);
        if (entry == null) {
            List<CollectionError> failed = errors.get(key);
            return failed == null ? new Missing() : new Failed(failed);
        }
        Optional<String> stale = staleness(entry);
        if (stale.isPresent()) {
            return new Stale(entry.path(), stale.get());
        }
        EvidenceDocument doc = cache == null ? locker.read(entry) : cache.computeIfAbsent(key, k -> locker.read(entry));
        return new Found(doc, entry.path());
    }

    /**
     * The evidence for a check, or a GAP finding saying why there is none.
     *
     * @param resource what the GAP finding is about when the evidence is unusable (e.g. the account ARN)
     */
    public Optional<Found> require(
            EvidenceCheck check,
            String collector,
            String account,
            String region,
            String resource,
            FindingSink findings) {
        Lookup lookup = get(collector, account, region);
        if (lookup instanceof Found found) {
            return Optional.of(found);
        }
        String why;
        List<String> cited = List.of();
        if (lookup instanceof Failed failed) {
            CollectionError first = failed.errors().get(0);
            why = "Evidence " + collector + " could not be collected: " + first.operation() + " failed with "
                    + first.errorCode() + (first.message().isBlank() ? "" : " (" + first.message() + ")") + ".";
        } else if (lookup instanceof Stale stale) {
            why = "Evidence " + collector + " is not usable: " + stale.why() + ".";
            cited = List.of(stale.path());
        } else {
            why = "No evidence " + collector + " was collected for account " + account
                    + (Target.GLOBAL.equals(region) ? "" : " in " + region) + ".";
        }
        findings.add(new Finding(check.id(), CheckStatus.GAP, account, region, resource, why, cited));
        return Optional.empty();
    }

    /** The index entry of a locker path, for citing its hash. */
    public Optional<EvidenceEntry> entry(String path) {
        return entries.values().stream().filter(e -> e.path().equals(path)).findFirst();
    }

    private Optional<String> staleness(EvidenceEntry entry) {
        Instant end = locker.index().finishedAt();
        Duration limit = locker.index()
                .collector(entry.collector())
                .map(CollectorEntry::freshFor)
                .orElse(null);
        if (limit != null && entry.collectedAt().plus(limit).isBefore(end)) {
            return Optional.of("collected " + entry.collectedAt() + ", more than " + limit.toDays()
                    + " day(s) before the collection finished");
        }
        Instant periodStart =
                locker.index().period().start().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (entry.collectedAt().isBefore(periodStart)) {
            return Optional.of("collected " + entry.collectedAt() + ", before the audit period "
                    + locker.index().period().label() + " began");
        }
        return Optional.empty();
    }
}
