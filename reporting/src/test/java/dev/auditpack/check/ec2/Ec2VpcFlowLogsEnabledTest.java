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

class Ec2VpcFlowLogsEnabledTest {

    @TempDir
    Path dir;

    private int lockers;

    private static String vpcs(String... ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            String owner = id.endsWith("shared") ? "999988887777" : "111122223333";
            out.append(out.isEmpty() ? "" : ",")
                    .append("{'VpcId':'")
                    .append(id)
                    .append("','OwnerId':'")
                    .append(owner)
                    .append("','CidrBlock':'10.0.0.0/16','IsDefault':false}");
        }
        return "{'Vpcs':[" + out + "],'Subnets':[]}";
    }

    private static String log(String id, String resource, String status, String delivery) {
        return "{'FlowLogId':'" + id + "','ResourceId':'" + resource + "','FlowLogStatus':'" + status
                + "','DeliverLogsStatus':'" + delivery
                + "','DeliverLogsErrorMessage':'Access error','TrafficType':'ALL','LogDestinationType':'s3'}";
    }

    private static String logs(String... logs) {
        return "{'FlowLogs':[" + String.join(",", logs) + "]}";
    }

    private List<Finding> run(String vpcs, String logs) {
        LockerFixture fx = new LockerFixture(dir.resolve("locker" + lockers++));
        if (vpcs == null) {
            fx.failed("ec2.vpcs", "eu-west-1", "ec2:DescribeSubnets", "AccessDenied");
        } else {
            fx.doc("ec2.vpcs", "eu-west-1", vpcs);
        }
        if (logs == null) {
            fx.failed("ec2.flow_logs", "eu-west-1", "ec2:DescribeFlowLogs", "AccessDenied");
        } else {
            fx.doc("ec2.flow_logs", "eu-west-1", logs);
        }
        return LockerFixture.run(new Ec2VpcFlowLogsEnabled(), fx.build());
    }

    @Test
    void eachVpcNeedsAnActiveDeliveringFlowLogOfItsOwn() {
        List<Finding> f = run(
                vpcs("vpc-a", "vpc-b", "vpc-c", "vpc-d", "vpc-shared"),
                logs(
                        log("fl-1", "vpc-a", "ACTIVE", "SUCCESS"),
                        log("fl-2", "subnet-1", "ACTIVE", "SUCCESS"),
                        log("fl-3", "vpc-c", "ACTIVE", "FAILED")));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-a", CheckStatus.PASS),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-b", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-c", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-d", CheckStatus.FAIL),
                        tuple("arn:aws:ec2:eu-west-1:999988887777:vpc/vpc-shared", CheckStatus.NOT_APPLICABLE));
        assertThat(f.get(0).reason()).isEqualTo("VPC vpc-a has active flow log fl-1 (ALL traffic to s3).");
        assertThat(f.get(1).reason()).isEqualTo("VPC vpc-b has no active flow log of its own.");
        assertThat(f.get(2).reason()).contains("fl-3 fails to deliver (Access error)");
        assertThat(f.get(4).reason()).contains("shared from account 999988887777");
        assertThat(f.get(0).evidence())
                .containsExactly(
                        "raw/111122223333/eu-west-1/ec2.vpcs.json", "raw/111122223333/eu-west-1/ec2.flow_logs.json");
    }

    @Test
    void isNotApplicableWithoutVpcs() {
        assertThat(run(vpcs(), logs())).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenEitherListCouldNotBeRead() {
        assertThat(run(vpcs("vpc-a"), null)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.GAP);
            assertThat(x.reason()).contains("ec2.flow_logs");
        });
        assertThat(run(null, logs(log("fl-1", "vpc-a", "ACTIVE", "SUCCESS"))))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(CheckStatus.GAP);
                    assertThat(x.reason()).contains("ec2.vpcs");
                });
    }

    @Test
    void aFileWithoutItsListIsAGapNotAnEmptyRegion() {
        var ev = new LockerFixture(dir).doc("ec2.vpcs", "eu-west-1", "{}").build();
        assertThat(LockerFixture.run(new Ec2VpcFlowLogsEnabled(), ev))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(tuple(CheckStatus.GAP, "The VPC list of eu-west-1 is missing from the evidence."));
    }
}
