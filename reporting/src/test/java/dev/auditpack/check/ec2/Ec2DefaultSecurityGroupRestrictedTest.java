package dev.auditpack.check.ec2;

import static dev.auditpack.check.ec2.Ec2Fixtures.all;
import static dev.auditpack.check.ec2.Ec2Fixtures.allFromGroup;
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

class Ec2DefaultSecurityGroupRestrictedTest {

    @TempDir
    Path dir;

    private List<Finding> run(String data) {
        return LockerFixture.run(
                new Ec2DefaultSecurityGroupRestricted(),
                new LockerFixture(dir)
                        .doc("ec2.security_groups", "eu-west-1", data)
                        .build());
    }

    @Test
    void judgesOnlyDefaultGroupsAndFailsAnyRule() {
        List<Finding> f = run(groups(
                group("sg-1", "default", allFromGroup("sg-1"), all("0.0.0.0/0")),
                group("sg-2", "web", rule("tcp", 443, 443, "0.0.0.0/0"), all("0.0.0.0/0")),
                group("sg-3", "default", "", ""),
                group("sg-4", "default", "", all("0.0.0.0/0"))));
        assertThat(f)
                .extracting(x -> x.resource().substring(x.resource().lastIndexOf('/') + 1), Finding::status)
                .containsExactly(
                        tuple("sg-1", CheckStatus.FAIL),
                        tuple("sg-3", CheckStatus.PASS),
                        tuple("sg-4", CheckStatus.FAIL));
        assertThat(f.get(0).reason())
                .isEqualTo("The default security group sg-1 of vpc-1 has 1 inbound and 1 outbound "
                        + "rule(s): inbound all traffic with sg-1; outbound all traffic with 0.0.0.0/0.");
        assertThat(f.get(1).reason())
                .isEqualTo("The default security group sg-3 of vpc-1 has no inbound or outbound rules.");
    }

    @Test
    void isNotApplicableWhenTheRegionHasNoDefaultGroup() {
        assertThat(run(groups(group("sg-2", "web", "", "")))).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
            assertThat(x.reason()).isEqualTo("Region eu-west-1 has no default security groups.");
        });
    }

    @Test
    void isAGapWhenTheGroupsCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .failed("ec2.security_groups", "eu-west-1", "ec2:DescribeSecurityGroups", "AccessDenied")
                .build();
        assertThat(LockerFixture.run(new Ec2DefaultSecurityGroupRestricted(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
