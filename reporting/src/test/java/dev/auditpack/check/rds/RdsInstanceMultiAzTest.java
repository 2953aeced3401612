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
import dev.auditpack.check.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdsInstanceMultiAzTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachInstanceOutsideACluster() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.instances",
                        "eu-west-1",
                        instances(
                                instance("ha", ",'MultiAZ':true"),
                                instance("single", ",'MultiAZ':false"),
                                instance("ledger-1", ",'MultiAZ':false,'DBClusterIdentifier':'ledger'"),
                                instance("odd", "")))
                .build();
        List<Finding> f = run(new RdsInstanceMultiAz(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(db("ha"), CheckStatus.PASS),
                        tuple(db("single"), CheckStatus.FAIL),
                        tuple(db("ledger-1"), CheckStatus.NOT_APPLICABLE),
                        tuple(db("odd"), CheckStatus.GAP));
        assertThat(f.get(1).reason()).isEqualTo("Database instance single runs in a single Availability Zone.");
        assertThat(new RdsInstanceMultiAz().severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void aRegionWithoutInstancesIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.instances", "eu-west-1", instances())
                .failed("rds.instances", "us-east-1", "rds:DescribeDBInstances", "AccessDenied")
                .build();
        assertThat(run(new RdsInstanceMultiAz(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE, CheckStatus.GAP);
    }
}
