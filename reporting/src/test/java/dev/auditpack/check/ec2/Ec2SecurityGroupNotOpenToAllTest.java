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

class Ec2SecurityGroupNotOpenToAllTest {

    @TempDir
    Path dir;

    private List<Finding> run(String data) {
        return LockerFixture.run(
                new Ec2SecurityGroupNotOpenToAll(),
                new LockerFixture(dir)
                        .doc("ec2.security_groups", "eu-west-1", data)
                        .build());
    }

    @Test
    void failsOnAllTrafficOrEveryPortFromTheInternet() {
        List<Finding> f = run(groups(
                group("sg-1", "ssh", rule("tcp", 22, 22, "0.0.0.0/0"), all("0.0.0.0/0")),
                group("sg-2", "internal", all("10.0.0.0/8") + "," + allFromGroup("sg-1"), ""),
                group("sg-3", "v6", all("::/0"), ""),
                group("sg-4", "udp", rule("udp", 0, 65535, "0.0.0.0/0"), ""),
                group("sg-5", "tcp-from-1", rule("tcp", 1, 65535, "0.0.0.0/0"), ""),
                group("sg-6", "almost", rule("tcp", 1024, 65535, "0.0.0.0/0"), "")));
        assertThat(f)
                .extracting(x -> x.resource().substring(x.resource().lastIndexOf('/') + 1), Finding::status)
                .containsExactly(
                        tuple("sg-1", CheckStatus.PASS),
                        tuple("sg-2", CheckStatus.PASS),
                        tuple("sg-3", CheckStatus.FAIL),
                        tuple("sg-4", CheckStatus.FAIL),
                        tuple("sg-5", CheckStatus.FAIL),
                        tuple("sg-6", CheckStatus.PASS));
        assertThat(f.get(2).reason()).isEqualTo("Security group sg-3 (v6) allows inbound all traffic from ::/0.");
        assertThat(f.get(3).reason()).contains("UDP all ports from 0.0.0.0/0");
    }

    @Test
    void isNotApplicableWithoutGroups() {
        assertThat(run(groups())).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenTheGroupsCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .failed("ec2.security_groups", "eu-west-1", "ec2:DescribeSecurityGroups", "Throttling")
                .build();
        assertThat(LockerFixture.run(new Ec2SecurityGroupNotOpenToAll(), ev))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(CheckStatus.GAP);
                    assertThat(x.reason()).contains("Throttling");
                });
    }
}
