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

class RdsInstanceStorageEncryptedTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachInstanceOutsideAClusterAndLeavesMembersToTheClusterCheck() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.instances",
                        "eu-west-1",
                        instances(
                                instance(
                                        "orders",
                                        ",'StorageEncrypted':true,'KmsKeyId':'arn:aws:kms:eu-west-1:111122223333:key/k1'"),
                                instance("analytics", ",'StorageEncrypted':false"),
                                instance("ledger-1", ",'StorageEncrypted':false,'DBClusterIdentifier':'ledger'"),
                                instance("odd", "")))
                .build();
        List<Finding> f = run(new RdsInstanceStorageEncrypted(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(db("orders"), CheckStatus.PASS),
                        tuple(db("analytics"), CheckStatus.FAIL),
                        tuple(db("ledger-1"), CheckStatus.NOT_APPLICABLE),
                        tuple(db("odd"), CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Database instance orders encrypts its storage with KMS key arn:aws:kms:eu-west-1:111122223333:key/k1.",
                        "Database instance analytics does not encrypt its storage.",
                        "Database instance ledger-1 belongs to cluster ledger, which rds_cluster_storage_encrypted judges.",
                        "Database instance odd has no StorageEncrypted in the evidence.");
    }

    @Test
    void aRegionWithoutInstancesIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.instances", "eu-west-1", instances())
                .failed("rds.instances", "us-east-1", "rds:DescribeDBInstances", "AccessDenied")
                .build();
        assertThat(run(new RdsInstanceStorageEncrypted(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:rds:eu-west-1:111122223333:instances", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:rds:us-east-1:111122223333:instances", CheckStatus.GAP));
    }
}
