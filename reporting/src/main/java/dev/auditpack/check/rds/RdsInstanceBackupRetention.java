package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/**
 * Each database instance that is not part of a cluster keeps automated backups for at least
 * {@value Databases#MIN_BACKUP_RETENTION_DAYS} days ({@code BackupRetentionPeriod}; 0 means backups are off).
 * Cluster members are NOT_APPLICABLE ({@code rds_cluster_backup_retention} judges their cluster), and so are
 * read replicas, whose data is backed up on their source instance.
 */
@AutoService(Check.class)
public final class RdsInstanceBackupRetention extends DatabaseCheck {

    public RdsInstanceBackupRetention() {
        super(
                "rds_instance_backup_retention",
                "RDS instances keep automated backups for 7 days or more",
                Severity.MEDIUM,
                "Automated backups allow point-in-time recovery; without them, or with too short a window, a mistake noticed late cannot be undone.",
                "Modify the instance and set the backup retention period to at least 7 days (up to 35); use AWS Backup for longer retention.",
                Databases.INSTANCES);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        if (db.cluster().isPresent()) {
            return judgedByCluster(account, region, db, "rds_cluster_backup_retention", path);
        }
        String source = db.node().path("ReadReplicaSourceDBInstanceIdentifier").asText("");
        if (!source.isEmpty()) {
            return notApplicable(
                    account,
                    region,
                    db.arn(),
                    db.named() + " is a read replica of " + source + ", whose backups hold its data.",
                    path);
        }
        return onRetention(account, region, db, path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBInstances in every region: BackupRetentionPeriod, DBClusterIdentifier and "
                        + "ReadReplicaSourceDBInstanceIdentifier.",
                "Every RDS DB instance in every region of every account in scope; cluster members and read "
                        + "replicas are not applicable.",
                "An instance passes when BackupRetentionPeriod is at least 7 days (0 means automated backups "
                        + "are off) and fails otherwise; an unreadable region is a gap.",
                "Open raw/<account>/<region>/rds.instances.json for each region; for each element of "
                        + "data.DBInstances[] without DBClusterIdentifier or ReadReplicaSourceDBInstanceIdentifier, "
                        + "compare BackupRetentionPeriod with 7."));
    }
}
