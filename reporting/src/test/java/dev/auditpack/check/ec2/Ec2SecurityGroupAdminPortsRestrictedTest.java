package dev.auditpack.check.ec2;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.ec2.Ec2Fixtures.all;
import static dev.auditpack.check.ec2.Ec2Fixtures.group;
import static dev.auditpack.check.ec2.Ec2Fixtures.groups;
import static dev.auditpack.check.ec2.Ec2Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ec2SecurityGroupAdminPortsRestrictedTest {

    private static final String ARN = "arn:aws:ec2:eu-west-1:111122223333:security-group/";

    @TempDir
    Path dir;

    private List<Finding> run(String data) {
        return LockerFixture.run(
                new Ec2SecurityGroupAdminPortsRestricted(),
                new LockerFixture(dir)
                        .doc("ec2.security_groups", "eu-west-1", data)
                        .build());
    }

    private static String reason(List<Finding> findings, String id) {
        return findings.stream()
                .filter(f -> f.resource().endsWith(id))
                .findFirst()
                .orElseThrow()
                .reason();
    }

    @Test
    void judgesEachGroupByItsInboundRulesOnly() {
        List<Finding> f = run(groups(
                group(
                        "sg-1",
                        "web",
                        rule("tcp", 443, 443, "0.0.0.0/0", "::/0") + "," + rule("tcp", 22, 22, "10.0.0.0/8"),
                        all("0.0.0.0/0")),
                group("sg-2", "bastion", rule("tcp", 22, 22, "0.0.0.0/0"), ""),
                group("sg-3", "wide", rule("tcp", 0, 65535, "::/0"), ""),
                group("sg-4", "anything", all("0.0.0.0/0"), ""),
                group("sg-5", "udp-rdp", rule("udp", 3389, 3389, "0.0.0.0/0"), "")));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(ARN + "sg-1", CheckStatus.PASS),
                        tuple(ARN + "sg-2", CheckStatus.FAIL),
                        tuple(ARN + "sg-3", CheckStatus.FAIL),
                        tuple(ARN + "sg-4", CheckStatus.FAIL),
                        tuple(ARN + "sg-5", CheckStatus.PASS));
        assertThat(reason(f, "sg-2")).isEqualTo("Security group sg-2 (bastion) allows inbound TCP 22 from 0.0.0.0/0.");
        assertThat(reason(f, "sg-3")).contains("TCP 22 from ::/0").contains("TCP 3389 from ::/0");
        assertThat(reason(f, "sg-4")).contains("TCP 22 from 0.0.0.0/0; TCP 3389 from 0.0.0.0/0");
        assertThat(f)
                .allSatisfy(x -> assertThat(x.evidence())
                        .containsExactly("raw/111122223333/eu-west-1/ec2.security_groups.json"));
    }

    @Test
    void usesTheArnAwsGivesWhenThereIsOne() {
        String withArn =
                "{'GroupId':'sg-9','GroupName':'x','SecurityGroupArn':'arn:aws:ec2:eu-west-1:444455556666:security-group/sg-9',"
                        + "'IpPermissions':[],'IpPermissionsEgress':[]}";
        assertThat(run(groups(withArn)))
                .extracting(Finding::resource)
                .containsExactly("arn:aws:ec2:eu-west-1:444455556666:security-group/sg-9");
    }

    @Test
    void isNotApplicableInARegionWithoutGroups() {
        assertThat(run(groups()))
                .extracting(Finding::status, Finding::resource)
                .containsExactly(
                        tuple(CheckStatus.NOT_APPLICABLE, "arn:aws:ec2:eu-west-1:111122223333:security-groups"));
    }

    @Test
    void isAGapForARegionWhoseGroupsCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("ec2.security_groups", "eu-west-1", groups(group("sg-1", "ok", "", "")))
                .failed("ec2.security_groups", "us-east-1", "ec2:DescribeSecurityGroups", "UnauthorizedOperation")
                .build();
        List<Finding> f = LockerFixture.run(new Ec2SecurityGroupAdminPortsRestricted(), ev);
        assertThat(f)
                .extracting(Finding::region, Finding::status)
                .containsExactly(tuple("eu-west-1", CheckStatus.PASS), tuple("us-east-1", CheckStatus.GAP));
        assertThat(f.get(1).reason()).contains("UnauthorizedOperation");
        assertThat(f.get(1).resource()).isEqualTo("arn:aws:ec2:us-east-1:111122223333:security-groups");
    }
}
