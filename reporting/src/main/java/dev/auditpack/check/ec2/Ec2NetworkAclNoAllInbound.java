package dev.auditpack.check.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * No network ACL lets all traffic in from the whole internet. Inbound entries are read in rule-number order,
 * as AWS evaluates them: an allow-all entry from {@code 0.0.0.0/0} (or {@code ::/0}) fails unless a deny-all
 * entry from the same range comes first. The implicit final deny ({@code *}, rule 32767) is ignored.
 */
@AutoService(Check.class)
public final class Ec2NetworkAclNoAllInbound extends EvidenceCheck {

    /** The rule number of the {@code *} entry every ACL ends with, which denies what no other entry matched. */
    static final int CATCH_ALL_RULE = 32767;

    public Ec2NetworkAclNoAllInbound() {
        super(
                "ec2_network_acl_no_all_inbound",
                "Network ACLs do not admit all traffic from the internet",
                Severity.MEDIUM,
                "A network ACL that admits everything adds no second layer behind security groups: one permissive group "
                        + "is then enough to expose a subnet.",
                "Replace the inbound allow-all entry from 0.0.0.0/0 and ::/0 with entries for the ports each subnet serves "
                        + "(plus the ephemeral ports return traffic needs), including on each VPC's default network ACL.",
                List.of(Ec2Evidence.NETWORK_ACLS));
    }

    /** One inbound entry: whether it allows, what protocol, from where. */
    private record Entry(int number, boolean allow, String protocol, String cidr) {
        static Entry from(JsonNode e) {
            String cidr = e.path("CidrBlock").asText(e.path("Ipv6CidrBlock").asText(""));
            return new Entry(
                    e.path("RuleNumber").asInt(),
                    "allow".equalsIgnoreCase(e.path("RuleAction").asText()),
                    e.path("Protocol").asText(""),
                    cidr);
        }

        boolean allTrafficFromInternet() {
            return "-1".equals(protocol) && SecurityGroups.isWholeInternet(cidr);
        }

        boolean ipv6() {
            return cidr.contains(":");
        }
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ec2", region, account, "network-acls");
                evidence.require(this, Ec2Evidence.NETWORK_ACLS, account, region, resource, findings)
                        .ifPresent(found -> {
                            for (JsonNode acl : listed(
                                    found,
                                    "NetworkAcls",
                                    "network ACL",
                                    account,
                                    region,
                                    resource,
                                    "Region " + region + " has no network ACLs.",
                                    findings)) {
                                judge(account, region, acl, found.path(), findings);
                            }
                        });
            }
        }
    }

    private void judge(String account, String region, JsonNode acl, String path, FindingSink findings) {
        String id = acl.path("NetworkAclId").asText();
        String arn = Arn.regional("ec2", region, acl.path("OwnerId").asText(account), "network-acl/" + id);
        boolean isDefault = acl.path("IsDefault").asBoolean(false);
        String name = (isDefault ? "Default network ACL " : "Network ACL ") + id + " of "
                + acl.path("VpcId").asText("?");
        List<String> open = new ArrayList<>();
        boolean[] decided = new boolean[2];
        List<Entry> inbound = StreamSupport.stream(acl.path("Entries").spliterator(), false)
                .filter(e -> !e.path("Egress").asBoolean(false))
                .map(Entry::from)
                .filter(e -> e.number() != CATCH_ALL_RULE)
                .sorted(Comparator.comparingInt(Entry::number))
                .toList();
        for (Entry e : inbound) {
            int family = e.ipv6() ? 1 : 0;
            if (decided[family] || !e.allTrafficFromInternet()) {
                continue;
            }
            decided[family] = true;
            if (e.allow()) {
                open.add(e.cidr() + " (rule " + e.number() + ")");
            }
        }
        if (open.isEmpty()) {
            findings.add(pass(
                    account,
                    region,
                    arn,
                    name + " has no entry admitting all inbound traffic from the whole " + "internet ahead of a deny.",
                    path));
            return;
        }
        int subnets = acl.path("Associations").size();
        findings.add(fail(
                account,
                region,
                arn,
                name + " allows all inbound traffic from " + String.join(" and ", open)
                        + (isDefault ? ", as every default ACL does until it is changed" : "")
                        + "; it guards " + subnets + " subnet(s).",
                path));
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeNetworkAcls in every region: Entries[] (Egress, RuleNumber, Protocol, "
                        + "RuleAction, CidrBlock, Ipv6CidrBlock).",
                "Every network ACL in every region of every account in scope.",
                "Reading the inbound entries in rule-number order (rule 32767 ignored), an ACL fails when the "
                        + "first all-traffic (-1) entry from 0.0.0.0/0, or from ::/0, is an allow; otherwise it passes. "
                        + "An unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.network_acls.json for each region; for each element of "
                        + "data.NetworkAcls[], sort the Entries with Egress false by RuleNumber and apply the rule."));
    }
}
