package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/**
 * Each database cluster keeps automated backups for at least {@value Databases#MIN_BACKUP_RETENTION_DAYS}
 * days ({@code BackupRetentionPeriod}).
 */
@AutoService(Check.class)
public final class RdsClusterBackupRetention extends DatabaseCheck {

    public RdsClusterBackupRetention() {
        super(
                "rds_cluster_backup_retention",
                "RDS clusters keep automated backups for 7 days or more",
                Severity.MEDIUM,
                "Continuous backups allow point-in-time recovery; too short a window means a mistake noticed late cannot be undone.",
                "Modify the cluster and set the backup retention period to at least 7 days (up to 35); use AWS Backup for longer retention.",
                Databases.CLUSTERS);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        return onRetention(account, region, db, path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBClusters in every region: BackupRetentionPeriod.",
                "Every DB cluster in every region of every account in scope.",
                "A cluster passes when BackupRetentionPeriod is at least 7 days and fails otherwise; an "
                        + "unreadable region is a gap.",
                "Open raw/<account>/<region>/rds.clusters.json for each region; for each element of "
                        + "data.DBClusters[], compare BackupRetentionPeriod with 7."));
    }
}
