package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/**
 * Each database instance that is not part of a cluster encrypts its storage. Cluster members (Aurora,
 * Neptune, DocumentDB, Multi-AZ DB clusters) share their cluster's storage and are NOT_APPLICABLE here:
 * {@code rds_cluster_storage_encrypted} judges the cluster.
 */
@AutoService(Check.class)
public final class RdsInstanceStorageEncrypted extends DatabaseCheck {

    public RdsInstanceStorageEncrypted() {
        super(
                "rds_instance_storage_encrypted",
                "RDS instances encrypt their storage",
                Severity.HIGH,
                "Unencrypted database storage, its automated backups and its snapshots expose the data to anyone who gets a copy.",
                "RDS cannot encrypt an instance in place: snapshot it, copy the snapshot with a KMS key, restore from the copy and switch over.",
                Databases.INSTANCES);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        if (db.cluster().isPresent()) {
            return judgedByCluster(account, region, db, "rds_cluster_storage_encrypted", path);
        }
        return onFlag(
                account,
                region,
                db,
                "StorageEncrypted",
                true,
                " encrypts its storage" + RdsClusterStorageEncrypted.key(db) + ".",
                " does not encrypt its storage.",
                path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBInstances in every region: StorageEncrypted, KmsKeyId and DBClusterIdentifier.",
                "Every RDS DB instance in every region of every account in scope; instances in a cluster are "
                        + "not applicable (see rds_cluster_storage_encrypted).",
                "An instance passes when StorageEncrypted is true and fails otherwise; an unreadable region "
                        + "is a gap.",
                "Open raw/<account>/<region>/rds.instances.json for each region; for each element of "
                        + "data.DBInstances[] without DBClusterIdentifier, read StorageEncrypted."));
    }
}
