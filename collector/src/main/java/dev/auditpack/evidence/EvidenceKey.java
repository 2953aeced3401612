package dev.auditpack.evidence;

import java.util.Objects;

/**
 * What one evidence file covers: a collector in one account and region. The one key under which a writer
 * records evidence and a reader looks it up, and the one place its locker path is made.
 *
 * @param collector collector id, e.g. {@code s3.buckets}
 * @param account   AWS account id
 * @param region    region, or {@link Target#GLOBAL} for account-wide evidence
 */
public record EvidenceKey(String collector, String account, String region) {

    public EvidenceKey {
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
    }

    /** The key of the evidence a collector gathers for a target. */
    public static EvidenceKey of(String collector, Target target) {
        return new EvidenceKey(collector, target.account(), target.region());
    }

    /** The key of an indexed evidence file. */
    public static EvidenceKey of(EvidenceEntry entry) {
        return new EvidenceKey(entry.collector(), entry.account(), entry.region());
    }

    /** The key of the evidence a failed call was collecting. */
    public static EvidenceKey of(CollectionError error) {
        return new EvidenceKey(error.collector(), error.account(), error.region());
    }

    /** The account and region. */
    public Target target() {
        return new Target(account, region);
    }

    /** The locker path of the evidence file: {@code raw/<account>/<region>/<collector>.json}. */
    public String path() {
        return "raw/" + account + "/" + region + "/" + collector + ".json";
    }
}
