package dev.auditpack.collector;

import dev.auditpack.evidence.CollectorEntry;
import dev.auditpack.evidence.CollectorScope;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Gathers one kind of evidence from AWS and records it unjudged. Implementations are found with
 * {@link java.util.ServiceLoader}; adding one is one class and its test.
 *
 * <p>A collector only reads: every call it makes must be one of {@link #operations()}, all of them
 * read-only.
 */
public interface Collector {

    /**
     * Every collector on the class path, sorted by id, including those a run leaves out unless asked
     * (see {@link #enabled}); the IAM policy and the documentation cover all of them.
     */
    static List<Collector> all() {
        return ServiceLoader.load(Collector.class, Collector.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Collector::id))
                .toList();
    }

    /** Stable id, {@code <service>.<what>} in snake case, e.g. {@code iam.credential_report}. */
    String id();

    /** One sentence on what the evidence shows. */
    String description();

    /** Once per account, or once per account and region. */
    CollectorScope scope();

    /** Every API operation the collector may call. */
    List<Operation> operations();

    /** How long the evidence stays fresh enough to rely on. */
    default Duration ttl() {
        return Duration.ofDays(1);
    }

    /**
     * Whether a run with these settings includes this collector. Collectors that only read configuration always
     * run; one that does more on the caller's behalf (accepting AWS Artifact's terms to download reports) runs
     * only when the settings ask for it.
     */
    default boolean enabled(AwsSettings settings) {
        return true;
    }

    /** The scope and freshness limit recorded for the collector in {@code index.json}. */
    default CollectorEntry entry() {
        return new CollectorEntry(scope(), ttl());
    }

    /** IAM service prefix of the collector, taken from its id. */
    default String service() {
        return id().substring(0, id().indexOf('.'));
    }

    /**
     * Collects for one target into {@code recorder}.
     *
     * @throws CallFailedException when the call the whole evidence rests on failed; the runner records it
     */
    void collect(CollectionContext context, EvidenceRecorder recorder);
}
