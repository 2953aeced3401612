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

class RdsInstanceNotPublicTest {

    @TempDir
    Path dir;

    @Test
    void judgesEveryInstanceIncludingClusterMembers() {
        var ev = new LockerFixture(dir)
                .doc(
                        "rds.instances",
                        "eu-west-1",
                        instances(
                                instance("private", ",'PubliclyAccessible':false"),
                                instance("exposed", ",'PubliclyAccessible':true"),
                                instance("ledger-1", ",'PubliclyAccessible':true,'DBClusterIdentifier':'ledger'"),
                                instance("odd", "")))
                .build();
        List<Finding> f = run(new RdsInstanceNotPublic(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(db("private"), CheckStatus.PASS),
                        tuple(db("exposed"), CheckStatus.FAIL),
                        tuple(db("ledger-1"), CheckStatus.FAIL),
                        tuple(db("odd"), CheckStatus.GAP));
        assertThat(f.get(1).reason()).isEqualTo("Database instance exposed is publicly accessible.");
    }

    @Test
    void aRegionWithoutInstancesIsNotApplicableAndOneThatFailedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("rds.instances", "eu-west-1", instances())
                .failed("rds.instances", "us-east-1", "rds:DescribeDBInstances", "AccessDenied")
                .build();
        assertThat(run(new RdsInstanceNotPublic(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE, CheckStatus.GAP);
    }
}
