package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/**
 * Each database instance that is not part of a cluster runs Multi-AZ, with a standby in another
 * Availability Zone. An availability check, not a security one. Cluster members are NOT_APPLICABLE: a
 * cluster's resilience comes from its members spread over zones, which this check does not judge.
 */
@AutoService(Check.class)
public final class RdsInstanceMultiAz extends DatabaseCheck {

    public RdsInstanceMultiAz() {
        super(
                "rds_instance_multi_az",
                "RDS instances run Multi-AZ",
                Severity.LOW,
                "A single-AZ instance is down for as long as its Availability Zone or host is; Multi-AZ fails over to a standby in minutes.",
                "Modify the instance to Multi-AZ (a standby is created without downtime); for non-production instances, accept the risk with an exception.",
                Databases.INSTANCES);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        if (db.cluster().isPresent()) {
            return notApplicable(
                    account,
                    region,
                    db.arn(),
                    db.named() + " belongs to cluster " + db.cluster().get()
                            + ", whose members provide its availability.",
                    path);
        }
        return onFlag(
                account, region, db, "MultiAZ", true, " runs Multi-AZ.", " runs in a single Availability Zone.", path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBInstances in every region: MultiAZ and DBClusterIdentifier.",
                "Every RDS DB instance outside a cluster in every region of every account in scope; cluster "
                        + "members are not applicable.",
                "An instance passes when MultiAZ is true and fails otherwise; an unreadable region is a gap.",
                "Open raw/<account>/<region>/rds.instances.json for each region; for each element of "
                        + "data.DBInstances[] without DBClusterIdentifier, read MultiAZ."));
    }
}
