package dev.auditpack.check.ec2;

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

class Ec2InstanceManagedBySsmTest {

    private static final String ARN = "arn:aws:ec2:eu-west-1:111122223333:instance/";

    @TempDir
    Path dir;

    /** One reservation with instances given as {@code id:state} pairs; the first has a Name tag. */
    private static String instances(String... idStates) {
        StringBuilder out = new StringBuilder();
        for (String s : idStates) {
            String[] p = s.split(":");
            String tags = out.isEmpty() ? ",'Tags':[{'Key':'Name','Value':'web-1'}]" : "";
            out.append(out.isEmpty() ? "" : ",")
                    .append("{'InstanceId':'")
                    .append(p[0])
                    .append("','State':{'Code':16,'Name':'")
                    .append(p[1])
                    .append("'}")
                    .append(tags)
                    .append("}");
        }
        return "{'Reservations':[{'ReservationId':'r-1','OwnerId':'111122223333','Instances':[" + out + "]}]}";
    }

    /** SSM's list, given as {@code id:PingStatus} pairs. */
    private static String managed(String... idPings) {
        StringBuilder out = new StringBuilder();
        for (String s : idPings) {
            String[] p = s.split(":");
            out.append(out.isEmpty() ? "" : ",")
                    .append("{'InstanceId':'")
                    .append(p[0])
                    .append("','PingStatus':'")
                    .append(p[1])
                    .append("','ResourceType':'EC2Instance'}");
        }
        return "{'InstanceInformationList':[" + out + "],'DescribeInstancePatchStates':" + ok("[]") + "}";
    }

    private List<Finding> run(String ec2, String ssm) {
        LockerFixture fx = new LockerFixture(dir).doc("ec2.instances", "eu-west-1", ec2);
        if (ssm == null) {
            fx.failed("ssm.managed_instances", "eu-west-1", "ssm:DescribeInstanceInformation", "AccessDeniedException");
        } else {
            fx.doc("ssm.managed_instances", "eu-west-1", ssm);
        }
        return LockerFixture.run(new Ec2InstanceManagedBySsm(), fx.build());
    }

    @Test
    void runningInstancesMustBeOnlineAndStoppedOnesRegistered() {
        List<Finding> f = run(
                instances(
                        "i-1:running",
                        "i-2:running",
                        "i-3:running",
                        "i-4:stopped",
                        "i-5:stopped",
                        "i-6:terminated",
                        "i-7:pending"),
                managed("i-1:Online", "i-2:ConnectionLost", "i-4:ConnectionLost", "i-6:Inactive", "i-7:Online"));
        assertThat(f)
                .extracting(x -> x.resource().substring(ARN.length()), Finding::status)
                .containsExactly(
                        tuple("i-1", CheckStatus.PASS),
                        tuple("i-2", CheckStatus.FAIL),
                        tuple("i-3", CheckStatus.FAIL),
                        tuple("i-4", CheckStatus.PASS),
                        tuple("i-5", CheckStatus.FAIL),
                        tuple("i-6", CheckStatus.NOT_APPLICABLE),
                        tuple("i-7", CheckStatus.PASS));
        assertThat(f.get(0).reason()).isEqualTo("Instance i-1 (web-1) is running and online in Systems Manager.");
        assertThat(f.get(1).reason()).contains("ping status is ConnectionLost");
        assertThat(f.get(2).reason()).isEqualTo("Instance i-3 is running and not registered with Systems Manager.");
        assertThat(f.get(3).reason()).contains("stopped and registered");
        assertThat(f.get(0).evidence()).hasSize(2);
    }

    @Test
    void isNotApplicableInARegionWithoutInstances() {
        assertThat(run(instances(), null))
                .extracting(Finding::status, Finding::resource)
                .containsExactly(tuple(CheckStatus.NOT_APPLICABLE, "arn:aws:ec2:eu-west-1:111122223333:instances"));
    }

    @Test
    void everyInstanceIsAGapWhenSsmCouldNotBeRead() {
        List<Finding> f = run(instances("i-1:running", "i-2:stopped"), null);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(tuple(ARN + "i-1", CheckStatus.GAP), tuple(ARN + "i-2", CheckStatus.GAP));
        assertThat(f.get(0).reason())
                .startsWith("Instance i-1 (web-1) may or may not be managed by SSM: ")
                .contains("ssm:DescribeInstanceInformation")
                .contains("AccessDeniedException");
    }

    @Test
    void anInstanceWithAnUnreadableStateIsAGap() {
        assertThat(run(instances("i-1:rebooting"), managed("i-1:Online")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void isAGapWhenTheInstancesCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .failed("ec2.instances", "eu-west-1", "ec2:DescribeInstances", "AccessDenied")
                .doc("ssm.managed_instances", "eu-west-1", managed("i-1:Online"))
                .build();
        assertThat(LockerFixture.run(new Ec2InstanceManagedBySsm(), ev))
                .singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(CheckStatus.GAP));
    }
}
