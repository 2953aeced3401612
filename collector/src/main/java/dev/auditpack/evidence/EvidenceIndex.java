package dev.auditpack.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The locker's {@code index.json}: what was collected, when, by what, and every file and error.
 *
 * @param formatVersion locker format version
 * @param runId         unique id of the collection run
 * @param toolVersion   auditpack version that collected
 * @param period        the audit period the evidence is for
 * @param scope         accounts and regions asked for
 * @param caller        identity that ran the collection (absent for evidence from a file import)
 * @param startedAt     start of collection
 * @param finishedAt    end of collection
 * @param evidence      one entry per evidence file, sorted by path
 * @param errors        every call that failed, sorted
 * @param attachments   documents stored beside the evidence (report PDFs), sorted by path; empty in lockers
 *                      written before attachments existed, and then left out of {@code index.json}
 * @param collectors    each collector the run planned, by id, with its scope and freshness limit; empty in
 *                      lockers written before they were recorded, which are then read by {@link KnownCollectors}
 * @param snapshot      where the locker stands in a snapshot series ({@link Series}); absent for a locker of its own
 * @param plan          the sharded collection the locker belongs to ({@link ShardPlan}): its shard, or the shards
 *                      merged into it; absent for a locker collected in one run
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record EvidenceIndex(
        int formatVersion,
        String runId,
        String toolVersion,
        AuditPeriod period,
        Scope scope,
        Optional<CallerIdentity> caller,
        Instant startedAt,
        Instant finishedAt,
        List<EvidenceEntry> evidence,
        List<CollectionError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AttachmentEntry> attachments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, CollectorEntry> collectors,
        Optional<SnapshotLink> snapshot,
        Optional<PlanLink> plan) {

    /** The format this version of auditpack writes. */
    public static final int CURRENT_FORMAT = 1;

    public EvidenceIndex {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        caller = caller == null ? Optional.empty() : caller;
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        evidence = Objects.requireNonNull(evidence, "evidence").stream()
                .sorted(Comparator.comparing(EvidenceEntry::path))
                .toList();
        errors = Objects.requireNonNull(errors, "errors").stream()
                .sorted(Comparator.comparing(CollectionError::sortKey))
                .toList();
        attachments = attachments == null
                ? List.of()
                : attachments.stream()
                        .sorted(Comparator.comparing(AttachmentEntry::path))
                        .toList();
        collectors = collectors == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(collectors));
        snapshot = snapshot == null ? Optional.empty() : snapshot;
        plan = plan == null ? Optional.empty() : plan;
        Set<String> paths = new HashSet<>();
        for (EvidenceEntry e : evidence) {
            if (!paths.add(e.path())) {
                throw new IllegalArgumentException("evidence lists " + e.path() + " more than once");
            }
        }
        for (AttachmentEntry a : attachments) {
            if (!paths.add(a.path())) {
                throw new IllegalArgumentException(
                        "attachments list " + a.path() + " more than once, or as evidence too");
            }
        }
    }

    /** An index of a locker collected in one run. */
    public EvidenceIndex(
            int formatVersion,
            String runId,
            String toolVersion,
            AuditPeriod period,
            Scope scope,
            Optional<CallerIdentity> caller,
            Instant startedAt,
            Instant finishedAt,
            List<EvidenceEntry> evidence,
            List<CollectionError> errors,
            List<AttachmentEntry> attachments,
            Map<String, CollectorEntry> collectors,
            Optional<SnapshotLink> snapshot) {
        this(
                formatVersion,
                runId,
                toolVersion,
                period,
                scope,
                caller,
                startedAt,
                finishedAt,
                evidence,
                errors,
                attachments,
                collectors,
                snapshot,
                Optional.empty());
    }

    /** An index of a locker outside any snapshot series. */
    public EvidenceIndex(
            int formatVersion,
            String runId,
            String toolVersion,
            AuditPeriod period,
            Scope scope,
            Optional<CallerIdentity> caller,
            Instant startedAt,
            Instant finishedAt,
            List<EvidenceEntry> evidence,
            List<CollectionError> errors,
            List<AttachmentEntry> attachments,
            Map<String, CollectorEntry> collectors) {
        this(
                formatVersion,
                runId,
                toolVersion,
                period,
                scope,
                caller,
                startedAt,
                finishedAt,
                evidence,
                errors,
                attachments,
                collectors,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The scope and freshness limit a collector's evidence is read by: as this locker recorded them, or, for a
     * locker written before they were recorded, as auditpack shipped them then. Empty for a collector neither
     * names.
     */
    public Optional<CollectorEntry> collector(String id) {
        CollectorEntry recorded = collectors.get(id);
        return recorded != null ? Optional.of(recorded) : KnownCollectors.of(id);
    }
}
