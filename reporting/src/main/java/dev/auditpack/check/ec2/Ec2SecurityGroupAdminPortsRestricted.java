package dev.auditpack.check.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** No security group lets the whole internet reach SSH or RDP. */
@AutoService(Check.class)
public final class Ec2SecurityGroupAdminPortsRestricted extends SecurityGroupCheck {

    /** The remote administration ports: SSH and RDP. */
    static final List<Integer> ADMIN_PORTS = List.of(22, 3389);

    public Ec2SecurityGroupAdminPortsRestricted() {
        super(
                "ec2_security_group_admin_ports_restricted",
                "Security groups keep SSH and RDP off the internet",
                Severity.HIGH,
                "SSH and RDP open to the whole internet are scanned and brute-forced within minutes of exposure, "
                        + "and one weak or leaked credential then gives an attacker a shell.",
                "Remove inbound rules that allow TCP 22 or 3389 (or all traffic) from 0.0.0.0/0 or ::/0; reach instances "
                        + "through Systems Manager Session Manager, a VPN, or a rule limited to known address ranges.");
    }

    @Override
    Finding judge(String account, String region, SecurityGroups.SecurityGroup group, String path) {
        Map<Integer, Set<String>> open = new TreeMap<>();
        for (SecurityGroups.Rule rule : group.inbound()) {
            for (int port : ADMIN_PORTS) {
                if (!rule.internetCidrs().isEmpty() && rule.coversTcpPort(port)) {
                    open.computeIfAbsent(port, p -> new LinkedHashSet<>()).addAll(rule.internetCidrs());
                }
            }
        }
        if (open.isEmpty()) {
            return pass(
                    account,
                    region,
                    group.arn(),
                    "Security group " + group.label() + " allows neither TCP 22 nor TCP 3389 from the whole internet.",
                    path);
        }
        List<String> exposures = new ArrayList<>();
        open.forEach((port, cidrs) -> exposures.add("TCP " + port + " from " + String.join(", ", cidrs)));
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
                "A group fails when an inbound rule from 0.0.0.0/0 or ::/0 covers TCP port 22 or 3389, or "
                        + "allows all traffic (-1); otherwise it passes. An unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.security_groups.json for each region; for each element of "
                        + "data.SecurityGroups[], check each entry of IpPermissions[] against the rule."));
    }
}
