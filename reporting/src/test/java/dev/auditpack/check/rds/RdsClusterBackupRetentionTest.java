package dev.auditpack.check.rds;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.rds.RdsFixtures.cluster;
import static dev.auditpack.check.rds.RdsFixtures.clusters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdsClusterBackupRetentionTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachClustersRetention() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.clusters",
                        "eu-west-1",
                        clusters(
                                cluster("ledger", ",'BackupRetentionPeriod':14"),
                                cluster("scratch", ",'BackupRetentionPeriod':1"),
                                cluster("odd", "")))
                .build();
        List<Finding> f = run(new RdsClusterBackupRetention(), ev);
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS, CheckStatus.FAIL, CheckStatus.GAP);
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Database cluster ledger keeps automated backups for 14 days.",
                        "Database cluster scratch keeps automated backups for only 1 day(s), fewer than 7.",
                        "Database cluster odd has no BackupRetentionPeriod in the evidence.");
    }

    @Test
    void aRegionWithoutClustersIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.clusters", "eu-west-1", clusters())
                .failed("rds.clusters", "us-east-1", "rds:DescribeDBClusters", "AccessDenied")
                .build();
        assertThat(run(new RdsClusterBackupRetention(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE, CheckStatus.GAP);
    }
}
