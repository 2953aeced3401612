package dev.auditpack.check.rds;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.rds.RdsFixtures.cluster;
import static dev.auditpack.check.rds.RdsFixtures.clusters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdsClusterStorageEncryptedTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachCluster() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.clusters",
                        "eu-west-1",
                        clusters(
                                cluster("ledger", ",'StorageEncrypted':true"),
                                cluster("legacy", ",'StorageEncrypted':false"),
                                cluster("odd", "")))
                .build();
        List<Finding> f = run(new RdsClusterStorageEncrypted(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:rds:eu-west-1:111122223333:cluster:ledger", CheckStatus.PASS),
                        tuple("arn:aws:rds:eu-west-1:111122223333:cluster:legacy", CheckStatus.FAIL),
                        tuple("arn:aws:rds:eu-west-1:111122223333:cluster:odd", CheckStatus.GAP));
        assertThat(f.get(0).reason()).isEqualTo("Database cluster ledger encrypts its storage.");
        assertThat(f.get(1).reason()).isEqualTo("Database cluster legacy does not encrypt its storage.");
    }

    @Test
    void aRegionWithoutClustersIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.clusters", "eu-west-1", clusters())
                .failed("rds.clusters", "us-east-1", "rds:DescribeDBClusters", "AccessDenied")
                .build();
        assertThat(run(new RdsClusterStorageEncrypted(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:rds:eu-west-1:111122223333:clusters", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:rds:us-east-1:111122223333:clusters", CheckStatus.GAP));
    }
}
