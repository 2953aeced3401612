package dev.auditpack.check.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2NetworkAclNoAllInboundTest {

    @TempDir
    Path dir;

    private static String acl(String id, boolean isDefault, int subnets, String... entries) {
        StringBuilder associations = new StringBuilder();
        for (int i = 0; i < subnets; i++) {
            associations
                    .append(i == 0 ? "" : ",")
                    .append("{'NetworkAclId':'")
                    .append(id)
                    .append("','SubnetId':'subnet-")
                    .append(i)
                    .append("'}");
        }
        return "{'NetworkAclId':'" + id + "','VpcId':'vpc-1','OwnerId':'111122223333','IsDefault':" + isDefault
                + ",'Associations':[" + associations + "],'Entries':[" + String.join(",", entries) + "]}";
    }

    /** An entry; {@code cidr} with a colon is IPv6. */
    private static String entry(int number, boolean egress, String action, String protocol, String cidr) {
        return "{'RuleNumber':" + number + ",'Egress':" + egress + ",'RuleAction':'" + action + "','Protocol':'"
                + protocol + "','" + (cidr.contains(":") ? "Ipv6CidrBlock" : "CidrBlock") + "':'" + cidr + "'}";
    }

    /** The entries AWS gives every default network ACL, both families, both directions. */
    private static String[] defaults() {
        return new String[] {
            entry(100, false, "allow", "-1", "0.0.0.0/0"), entry(101, false, "allow", "-1", "::/0"),
            entry(32767, false, "deny", "-1", "0.0.0.0/0"), entry(32768, false, "deny", "-1", "::/0"),
            entry(100, true, "allow", "-1", "0.0.0.0/0"), entry(32767, true, "deny", "-1", "0.0.0.0/0")
        };
    }

    private List<Finding> run(String... acls) {
        return LockerFixture.run(
                new Ec2NetworkAclNoAllInbound(),
                new LockerFixture(dir)
                        .doc("ec2.network_acls", "eu-west-1", "{'NetworkAcls':[" + String.join(",", acls) + "]}")
                        .build());
    }

    @Test
    void theDefaultAclFailsAndSaysItIsTheDefault() {
        List<Finding> f = run(acl("acl-1", true, 3, defaults()));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(tuple("arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-1", CheckStatus.FAIL));
        assertThat(f.get(0).reason())
                .isEqualTo(
                        "Default network ACL acl-1 of vpc-1 allows all inbound traffic from "
                                + "0.0.0.0/0 (rule 100) and ::/0 (rule 101), as every default ACL does until it is changed; it guards 3 subnet(s).");
    }

    @Test
    void entriesCountInRuleNumberOrder() {
        List<Finding> f = run(
                acl(
                        "acl-2",
                        false,
                        1,
                        entry(200, false, "allow", "-1", "0.0.0.0/0"),
                        entry(100, false, "deny", "-1", "0.0.0.0/0")),
                acl(
                        "acl-3",
                        false,
                        1,
                        entry(100, false, "deny", "6", "0.0.0.0/0"),
                        entry(200, false, "allow", "-1", "0.0.0.0/0")),
                acl(
                        "acl-4",
                        false,
                        1,
                        entry(100, false, "allow", "6", "0.0.0.0/0"),
                        entry(110, false, "allow", "-1", "10.0.0.0/8"),
                        entry(100, true, "allow", "-1", "0.0.0.0/0"),
                        entry(32767, false, "deny", "-1", "0.0.0.0/0")),
                acl(
                        "acl-5",
                        false,
                        0,
                        entry(90, false, "deny", "-1", "0.0.0.0/0"),
                        entry(100, false, "allow", "-1", "::/0")));
        assertThat(f)
                .extracting(x -> x.resource().substring(x.resource().lastIndexOf('/') + 1), Finding::status)
                .containsExactly(
                        tuple("acl-2", CheckStatus.PASS),
                        tuple("acl-3", CheckStatus.FAIL),
                        tuple("acl-4", CheckStatus.PASS),
                        tuple("acl-5", CheckStatus.FAIL));
        assertThat(f.get(1).reason())
                .isEqualTo("Network ACL acl-3 of vpc-1 allows all inbound traffic from 0.0.0.0/0 "
                        + "(rule 200); it guards 1 subnet(s).");
        assertThat(f.get(3).reason()).contains("::/0 (rule 100)").doesNotContain("0.0.0.0/0");
    }

    @Test
    void isNotApplicableWithoutAcls() {
        assertThat(run()).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenTheAclsCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .failed("ec2.network_acls", "eu-west-1", "ec2:DescribeNetworkAcls", "AccessDenied")
                .build();
        assertThat(LockerFixture.run(new Ec2NetworkAclNoAllInbound(), ev))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(CheckStatus.GAP);
                    assertThat(x.resource()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:network-acls");
                });
    }

    @Test
    void aFileWithoutItsListIsAGapNotAnEmptyRegion() {
        var ev = new LockerFixture(dir)
                .doc("ec2.network_acls", "eu-west-1", "{}")
                .build();
        assertThat(LockerFixture.run(new Ec2NetworkAclNoAllInbound(), ev))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(
                        tuple(CheckStatus.GAP, "The network ACL list of eu-west-1 is missing from the evidence."));
    }
}
