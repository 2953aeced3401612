package dev.auditpack.check.securityhub;

import static dev.auditpack.check.LockerFixture.absent;
import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityhubEnabledAllRegionsTest {

    private static final String HUB = ok("{'HubArn':'arn:aws:securityhub:eu-west-1:111122223333:hub/default'}");

    @TempDir
    Path dir;

    private static String hub(String standards) {
        return "{'DescribeHub':" + HUB + (standards == null ? "" : ",'GetEnabledStandards':" + standards) + "}";
    }

    private static String standard(String arn, String status) {
        return "{'StandardsArn':'" + arn + "','StandardsSubscriptionArn':'sub','StandardsStatus':'" + status + "'}";
    }

    @Test
    void oneFindingPerRegion() {
        String fsbp = "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0";
        String cis = "arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0";
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1", "eu-central-1", "ap-south-1", "sa-east-1", "us-west-2")
                .doc(
                        "securityhub.hub",
                        "eu-west-1",
                        hub(ok("[" + standard(fsbp, "READY") + "," + standard(cis, "INCOMPLETE") + "]")))
                .doc("securityhub.hub", "us-east-1", "{'DescribeHub':" + absent("InvalidAccessException") + "}")
                .doc("securityhub.hub", "eu-central-1", hub(ok("[]")))
                .doc("securityhub.hub", "ap-south-1", hub(ok("[" + standard(cis, "INCOMPLETE") + "]")))
                .doc("securityhub.hub", "sa-east-1", hub(error("AccessDeniedException")))
                .doc("securityhub.hub", "us-west-2", "{'DescribeHub':" + error("AccessDeniedException") + "}")
                .build();
        List<Finding> f = LockerFixture.run(new SecurityhubEnabledAllRegions(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactlyInAnyOrder(
                        tuple("arn:aws:securityhub:eu-west-1:111122223333:hub/default", CheckStatus.PASS),
                        tuple("arn:aws:securityhub:us-east-1:111122223333:hub/default", CheckStatus.FAIL),
                        tuple("arn:aws:securityhub:eu-central-1:111122223333:hub/default", CheckStatus.FAIL),
                        tuple("arn:aws:securityhub:ap-south-1:111122223333:hub/default", CheckStatus.FAIL),
                        tuple("arn:aws:securityhub:sa-east-1:111122223333:hub/default", CheckStatus.GAP),
                        tuple("arn:aws:securityhub:us-west-2:111122223333:hub/default", CheckStatus.GAP));
        assertThat(in(f, "eu-west-1").reason())
                .isEqualTo("Security Hub is enabled in eu-west-1 with standard(s) "
                        + "aws-foundational-security-best-practices/v/1.0.0 ready.");
        assertThat(in(f, "us-east-1").reason()).isEqualTo("Security Hub is not enabled in us-east-1.");
        assertThat(in(f, "eu-central-1").reason())
                .isEqualTo("Security Hub is enabled in eu-central-1 but no security standard is enabled.");
        assertThat(in(f, "ap-south-1").reason())
                .contains("no standard is ready: cis-aws-foundations-benchmark/v/1.2.0 (INCOMPLETE)");
        assertThat(in(f, "sa-east-1").reason()).contains("standards could not be read (AccessDeniedException)");
    }

    @Test
    void isAGapWhenTheRegionWasNotCollected() {
        var ev = new LockerFixture(dir)
                .failed("securityhub.hub", "eu-west-1", "securityhub:DescribeHub", "AccessDeniedException")
                .build();
        assertThat(LockerFixture.run(new SecurityhubEnabledAllRegions(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    private static Finding in(List<Finding> findings, String region) {
        return findings.stream()
                .filter(x -> x.region().equals(region))
                .findFirst()
                .orElseThrow();
    }
}
