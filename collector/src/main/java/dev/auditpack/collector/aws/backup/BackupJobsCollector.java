package dev.auditpack.collector.aws.backup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.BackupEvidence;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJob;

/**
 * The region's AWS Backup jobs created in the audit period, whatever their state (completed, failed, expired,
 * aborted, still running): whether backups actually ran. An empty list is a real answer: no job was created in
 * the period. A call that fails is a collection error, and the file then has no {@code BackupJobs}.
 *
 * <p>Shape: {@code data.Period} ({@code start}, {@code end}, the days asked for) and {@code data.BackupJobs[]},
 * every job of every page of ListBackupJobs with {@code ByCreatedAfter} the period's first instant and
 * {@code ByCreatedBefore} the first instant after it (UTC), as returned, sorted by resource ARN, creation time and
 * job id.
 */
@AutoService(Collector.class)
public final class BackupJobsCollector implements Collector {

    static final Operation LIST_BACKUP_JOBS = Operation.of("Backup", BackupEvidence.LIST_BACKUP_JOBS);

    @Override
    public String id() {
        return BackupEvidence.JOBS;
    }

    @Override
    public String description() {
        return "The region's AWS Backup jobs created in the audit period, with their states and messages.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_BACKUP_JOBS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        BackupClient backup = context.client(BackupClient.class);
        AuditPeriod period = context.periodOrQuarter();
        ObjectNode data = recorder.data();
        data.putObject("Period")
                .put("start", period.start().toString())
                .put("end", period.end().toString());
        Instant after = period.startInstant();
        Instant before = period.endExclusive();
        List<BackupJob> jobs =
                recorder.require(
                        LIST_BACKUP_JOBS,
                        () -> backup
                                .listBackupJobsPaginator(
                                        r -> r.byCreatedAfter(after).byCreatedBefore(before))
                                .backupJobs()
                                .stream()
                                .sorted(Comparator.comparing(
                                                BackupJob::resourceArn, Comparator.nullsLast(String::compareTo))
                                        .thenComparing(
                                                BackupJob::creationDate, Comparator.nullsLast(Instant::compareTo))
                                        .thenComparing(BackupJob::backupJobId, Comparator.nullsLast(String::compareTo)))
                                .toList());
        data.set("BackupJobs", SdkJson.toJson(jobs));
    }
}
