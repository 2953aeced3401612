package dev.auditpack.check.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** No security group lets the whole internet in on every port or protocol. */
@AutoService(Check.class)
public final class Ec2SecurityGroupNotOpenToAll extends SecurityGroupCheck {

    public Ec2SecurityGroupNotOpenToAll() {
        super(
                "ec2_security_group_not_open_to_all",
                "Security groups do not admit all traffic from the internet",
                Severity.CRITICAL,
                "A group that admits every port from anywhere exposes every service on its instances, including ones "
                        + "never meant to be reachable, such as databases and admin consoles.",
                "Replace the all-traffic or all-ports inbound rule from 0.0.0.0/0 or ::/0 with rules for the specific "
                        + "ports the workload serves, limited to the sources that need them.");
    }

    @Override
    Finding judge(String account, String region, SecurityGroups.SecurityGroup group, String path) {
        List<String> exposures = new ArrayList<>();
        for (SecurityGroups.Rule rule : group.inbound()) {
            if (rule.allowsEverything() && !rule.internetCidrs().isEmpty()) {
                exposures.add(rule.traffic() + " from " + String.join(", ", rule.internetCidrs()));
            }
        }
        if (exposures.isEmpty()) {
            return pass(
                    account,
                    region,
                    group.arn(),
                    "Security group " + group.label()
                            + " has no inbound rule admitting all traffic or all ports from the whole internet.",
                    path);
        }
        return fail(
                account,
                region,
                group.arn(),
                "Security group " + group.label() + " allows inbound " + String.join("; ", exposures) + ".",
                path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeSecurityGroups in every region: IpPermissions[] (IpProtocol, FromPort, ToPort, "
                        + "IpRanges[].CidrIp, Ipv6Ranges[].CidrIpv6).",
                "Every security group in every region of every account in scope, attached or not.",
                "A group fails when an inbound rule from 0.0.0.0/0 or ::/0 allows all traffic (-1) or every "
                        + "TCP or UDP port (0 or 1 to 65535); otherwise it passes. An unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.security_groups.json for each region; for each element of "
                        + "data.SecurityGroups[], check each entry of IpPermissions[] against the rule."));
    }
}
