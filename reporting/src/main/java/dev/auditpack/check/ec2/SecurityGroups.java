package dev.auditpack.check.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.EvidenceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The security groups recorded by {@code ec2.security_groups}, with their rules read into values. */
final class SecurityGroups {

    /** Lowest and highest TCP/UDP port. Port 0 is reserved, so a range from 1 up counts as every port too. */
    static final int FIRST_PORT = 1;

    static final int LAST_PORT = 65535;

    /** A security group with its inbound and outbound rules. */
    record SecurityGroup(String id, String name, String vpcId, String arn, List<Rule> inbound, List<Rule> outbound) {
        SecurityGroup {
            Objects.requireNonNull(id);
            inbound = List.copyOf(inbound);
            outbound = List.copyOf(outbound);
        }

        /** {@code sg-1 (web)}, for reasons. */
        String label() {
            return id + " (" + name + ")";
        }
    }

    /**
     * One permission of a security group: a protocol, a port range, and the peers it admits (inbound) or
     * reaches (outbound).
     *
     * @param protocol  {@code -1} for all traffic, otherwise the name or number AWS returned ({@code tcp}, {@code 6})
     * @param fromPort  first TCP/UDP port; 0 when AWS gave none
     * @param toPort    last TCP/UDP port; 65535 when AWS gave none
     * @param cidrs     IPv4 and IPv6 ranges
     * @param others    prefix lists and security groups
     */
    record Rule(String protocol, int fromPort, int toPort, List<String> cidrs, List<String> others) {
        Rule {
            Objects.requireNonNull(protocol);
            cidrs = List.copyOf(cidrs);
            others = List.copyOf(others);
        }

        boolean allProtocols() {
            return "-1".equals(protocol);
        }

        boolean isTcp() {
            return "tcp".equalsIgnoreCase(protocol) || "6".equals(protocol);
        }

        boolean isUdp() {
            return "udp".equalsIgnoreCase(protocol) || "17".equals(protocol);
        }

        /** Whether the rule lets TCP traffic to this port through. */
        boolean coversTcpPort(int port) {
            return allProtocols() || isTcp() && fromPort <= port && port <= toPort;
        }

        /** Whether the rule lets all traffic through: every protocol, or every TCP or UDP port. */
        boolean allowsEverything() {
            return allProtocols() || (isTcp() || isUdp()) && fromPort <= FIRST_PORT && toPort >= LAST_PORT;
        }

        /** The ranges that cover the whole IPv4 or IPv6 internet ({@code 0.0.0.0/0}, {@code ::/0}). */
        List<String> internetCidrs() {
            return cidrs.stream().filter(SecurityGroups::isWholeInternet).toList();
        }

        /** {@code TCP 22}, {@code UDP 1000-2000}, {@code all traffic}, {@code protocol icmp}. */
        String traffic() {
            if (allProtocols()) {
                return "all traffic";
            }
            if (isTcp() || isUdp()) {
                String name = isTcp() ? "TCP" : "UDP";
                if (fromPort <= FIRST_PORT && toPort >= LAST_PORT) {
                    return name + " all ports";
                }
                return name + " " + (fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort);
            }
            return "protocol " + protocol.toLowerCase(Locale.ROOT);
        }

        /** {@code TCP 22 with 0.0.0.0/0, sg-2}. */
        String describe() {
            List<String> peers = new ArrayList<>(cidrs);
            peers.addAll(others);
            return traffic() + " with " + String.join(", ", peers);
        }
    }

    private SecurityGroups() {}

    /** The groups of one region's evidence, in the order recorded. */
    static List<SecurityGroup> from(EvidenceDocument doc, String region) {
        List<SecurityGroup> out = new ArrayList<>();
        for (JsonNode g : doc.data().path("SecurityGroups")) {
            String id = g.path("GroupId").asText();
            String owner = g.path("OwnerId").asText(doc.account());
            String arn = g.path("SecurityGroupArn").asText("");
            out.add(new SecurityGroup(
                    id,
                    g.path("GroupName").asText(""),
                    g.path("VpcId").asText(""),
                    arn.isEmpty() ? Arn.regional("ec2", region, owner, "security-group/" + id) : arn,
                    rules(g.path("IpPermissions")),
                    rules(g.path("IpPermissionsEgress"))));
        }
        return out;
    }

    /** Whether a CIDR is the whole address space of its family: its prefix length is 0. */
    static boolean isWholeInternet(String cidr) {
        return cidr.endsWith("/0");
    }

    private static List<Rule> rules(JsonNode permissions) {
        List<Rule> out = new ArrayList<>();
        for (JsonNode p : permissions) {
            List<String> cidrs = new ArrayList<>();
            p.path("IpRanges").forEach(r -> cidrs.add(r.path("CidrIp").asText()));
            p.path("Ipv6Ranges").forEach(r -> cidrs.add(r.path("CidrIpv6").asText()));
            List<String> others = new ArrayList<>();
            p.path("PrefixListIds")
                    .forEach(r -> others.add(r.path("PrefixListId").asText()));
            p.path("UserIdGroupPairs")
                    .forEach(r -> others.add(
                            r.path("GroupId").asText(r.path("GroupName").asText())));
            int from = p.path("FromPort").asInt(-1);
            int to = p.path("ToPort").asInt(-1);
            out.add(new Rule(
                    p.path("IpProtocol").asText("-1"), from < 0 ? 0 : from, to < 0 ? LAST_PORT : to, cidrs, others));
        }
        return out;
    }
}
