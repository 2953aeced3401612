package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/** Each database cluster (Aurora, Neptune, DocumentDB, Multi-AZ DB cluster) encrypts its storage. */
@AutoService(Check.class)
public final class RdsClusterStorageEncrypted extends DatabaseCheck {

    public RdsClusterStorageEncrypted() {
        super(
                "rds_cluster_storage_encrypted",
                "RDS clusters encrypt their storage",
                Severity.HIGH,
                "Unencrypted cluster storage, its backups and its snapshots expose the data to anyone who gets a copy.",
                "A cluster cannot be encrypted in place: snapshot it, restore the snapshot to a new cluster with a KMS key and switch over.",
                Databases.CLUSTERS);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        return onFlag(
                account,
                region,
                db,
                "StorageEncrypted",
                true,
                " encrypts its storage" + key(db) + ".",
                " does not encrypt its storage.",
                path);
    }

    /** " with KMS key …" when the description names the key, else nothing. */
    static String key(Databases.Database db) {
        return db.node().hasNonNull("KmsKeyId")
                ? " with KMS key " + db.node().path("KmsKeyId").asText()
                : "";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBClusters in every region: StorageEncrypted.",
                "Every DB cluster in every region of every account in scope.",
                "A cluster passes when StorageEncrypted is true and fails otherwise; an unreadable region is "
                        + "a gap.",
                "Open raw/<account>/<region>/rds.clusters.json for each region; for each element of "
                        + "data.DBClusters[], read StorageEncrypted."));
    }
}
