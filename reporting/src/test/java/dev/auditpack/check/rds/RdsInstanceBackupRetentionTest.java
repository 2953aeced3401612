package dev.auditpack.check.rds;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.rds.RdsFixtures.db;
import static dev.auditpack.check.rds.RdsFixtures.instance;
import static dev.auditpack.check.rds.RdsFixtures.instances;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdsInstanceBackupRetentionTest {

    @TempDir
    Path dir;

    @Test
    void judgesTheRetentionOfEachInstanceThatOwnsItsBackups() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.instances",
                        "eu-west-1",
                        instances(
                                instance("week", ",'BackupRetentionPeriod':7"),
                                instance("short", ",'BackupRetentionPeriod':3"),
                                instance("off", ",'BackupRetentionPeriod':0"),
                                instance("ledger-1", ",'BackupRetentionPeriod':1,'DBClusterIdentifier':'ledger'"),
                                instance(
                                        "replica",
                                        ",'BackupRetentionPeriod':0,'ReadReplicaSourceDBInstanceIdentifier':'week'"),
                                instance("odd", "")))
                .build();
        List<Finding> f = run(new RdsInstanceBackupRetention(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(db("week"), CheckStatus.PASS),
                        tuple(db("short"), CheckStatus.FAIL),
                        tuple(db("off"), CheckStatus.FAIL),
                        tuple(db("ledger-1"), CheckStatus.NOT_APPLICABLE),
                        tuple(db("replica"), CheckStatus.NOT_APPLICABLE),
                        tuple(db("odd"), CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Database instance week keeps automated backups for 7 days.",
                        "Database instance short keeps automated backups for only 3 day(s), fewer than 7.",
                        "Database instance off has automated backups turned off.",
                        "Database instance ledger-1 belongs to cluster ledger, which rds_cluster_backup_retention judges.",
                        "Database instance replica is a read replica of week, whose backups hold its data.",
                        "Database instance odd has no BackupRetentionPeriod in the evidence.");
    }

    @Test
    void aRegionWithoutInstancesIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.instances", "eu-west-1", instances())
                .failed("rds.instances", "us-east-1", "rds:DescribeDBInstances", "AccessDenied")
                .build();
        assertThat(run(new RdsInstanceBackupRetention(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE, CheckStatus.GAP);
    }
}
