package dev.auditpack.collector;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CallerIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a collection set out to do, written to {@code collection.json} before the first evidence file, so
 * that an interrupted run can be resumed with exactly the same scope.
 *
 * @param formatVersion   plan format version
 * @param runId           run id, kept by a resumed run
 * @param toolVersion     auditpack version that planned the run
 * @param period          audit period
 * @param caller          identity of the credentials that started the run
 * @param accounts        every account with its role and regions
 * @param externalId      external id used with the roles, if any
 * @param sessionDuration assumed-role session length
 * @param startedAt       when the first attempt started
 * @param artifactReportSeries AWS Artifact report series whose documents the run downloads (empty: none), kept so
 *                        that a resumed run makes the same choice; absent from plans written before it existed
 * @param runAccount      the account that runs the once-per-run collectors, when the run is a shard of a plan (the
 *                        plan decides it; a shard without it runs none of them); empty for a run of its own
 * @param shard           the plan and shard K/N the run collects, kept so a resumed shard stays one; empty for a run
 *                        of its own
 */
public record CollectionPlan(
        int formatVersion,
        String runId,
        String toolVersion,
        AuditPeriod period,
        CallerIdentity caller,
        List<AccountPlan> accounts,
        Optional<String> externalId,
        Duration sessionDuration,
        Instant startedAt,
        List<String> artifactReportSeries,
        Optional<String> runAccount,
        Optional<dev.auditpack.evidence.PlanLink> shard) {

    public CollectionPlan {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(caller, "caller");
        accounts = List.copyOf(accounts);
        externalId = externalId == null ? Optional.empty() : externalId;
        Objects.requireNonNull(sessionDuration, "sessionDuration");
        Objects.requireNonNull(startedAt, "startedAt");
        artifactReportSeries = artifactReportSeries == null ? List.of() : List.copyOf(artifactReportSeries);
        runAccount = runAccount == null ? Optional.empty() : runAccount;
        shard = shard == null ? Optional.empty() : shard;
    }
}
