package dev.auditpack.check.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Optional;

/**
 * No database instance is publicly accessible. Every instance is judged, cluster members included, because
 * each instance has its own endpoint and setting.
 */
@AutoService(Check.class)
public final class RdsInstanceNotPublic extends DatabaseCheck {

    public RdsInstanceNotPublic() {
        super(
                "rds_instance_not_public",
                "RDS instances are not publicly accessible",
                Severity.HIGH,
                "A publicly accessible instance has an address on the internet; one security group mistake then exposes the database to the world.",
                "Modify the instance to turn off public accessibility, keep it in private subnets, and reach it through a VPN, bastion or private link.",
                Databases.INSTANCES);
    }

    @Override
    Finding judge(String account, String region, Databases.Database db, String path) {
        return onFlag(
                account,
                region,
                db,
                "PubliclyAccessible",
                false,
                " is publicly accessible.",
                " is not publicly accessible.",
                path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "RDS DescribeDBInstances in every region: PubliclyAccessible.",
                "Every RDS DB instance, cluster members included, in every region of every account in scope.",
                "An instance passes when PubliclyAccessible is false and fails when it is true; an unreadable "
                        + "region is a gap.",
                "Open raw/<account>/<region>/rds.instances.json for each region; for each element of "
                        + "data.DBInstances[], read PubliclyAccessible."));
    }
}
