package dev.auditpack.check.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Each VPC's default security group has no rules, so nothing relies on it by accident. */
@AutoService(Check.class)
public final class Ec2DefaultSecurityGroupRestricted extends SecurityGroupCheck {

    public Ec2DefaultSecurityGroupRestricted() {
        super(
                "ec2_default_security_group_restricted",
                "Default security groups have no rules",
                Severity.MEDIUM,
                "Resources launched without a chosen group land in the VPC's default group, whose default rules let them "
                        + "all talk to each other and to anywhere; an empty default group forces a deliberate choice.",
                "Move any resources off the default security group onto groups made for them, then delete every inbound "
                        + "and outbound rule of the default group (it cannot be deleted itself).");
    }

    @Override
    boolean judges(SecurityGroups.SecurityGroup group) {
        return "default".equals(group.name());
    }

    @Override
    String judged() {
        return "default security groups";
    }

    @Override
    Finding judge(String account, String region, SecurityGroups.SecurityGroup group, String path) {
        String name =
                "The default security group " + group.id() + (group.vpcId().isEmpty() ? "" : " of " + group.vpcId());
        if (group.inbound().isEmpty() && group.outbound().isEmpty()) {
            return pass(account, region, group.arn(), name + " has no inbound or outbound rules.", path);
        }
        List<String> rules = new ArrayList<>();
        group.inbound().forEach(r -> rules.add("inbound " + r.describe()));
        group.outbound().forEach(r -> rules.add("outbound " + r.describe()));
        return fail(
                account,
                region,
                group.arn(),
                name + " has " + group.inbound().size() + " inbound and "
                        + group.outbound().size() + " outbound rule(s): " + String.join("; ", rules) + ".",
                path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeSecurityGroups in every region: GroupName, IpPermissions[] and "
                        + "IpPermissionsEgress[].",
                "Every security group named default (one per VPC) in every region of every account in scope.",
                "A default group passes when it has no inbound and no outbound rule and fails otherwise. A "
                        + "region with no default group is not applicable; an unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.security_groups.json for each region; for each element of "
                        + "data.SecurityGroups[] with GroupName default, check that IpPermissions and "
                        + "IpPermissionsEgress are empty."));
    }
}
