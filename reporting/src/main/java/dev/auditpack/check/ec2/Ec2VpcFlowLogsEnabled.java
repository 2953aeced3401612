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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every VPC has an active flow log of its own. Flow logs on all of a VPC's subnets or interfaces do not
 * count: they miss interfaces and subnets added later, which a VPC-level log covers by itself.
 */
@AutoService(Check.class)
public final class Ec2VpcFlowLogsEnabled extends EvidenceCheck {

    public Ec2VpcFlowLogsEnabled() {
        super(
                "ec2_vpc_flow_logs_enabled",
                "VPCs have flow logs",
                Severity.MEDIUM,
                "Flow logs record which addresses talked to which, and what was rejected; without them an intrusion or "
                        + "data exfiltration over the network leaves no trace to investigate.",
                "Create a flow log on the VPC itself (CreateFlowLogs with the VPC id, traffic type ALL or at least REJECT) "
                        + "delivering to CloudWatch Logs or S3, and make sure delivery succeeds.",
                List.of(Ec2Evidence.VPCS, Ec2Evidence.FLOW_LOGS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ec2", region, account, "vpcs");
                var vpcs = evidence.require(this, Ec2Evidence.VPCS, account, region, resource, findings);
                if (vpcs.isEmpty()) {
                    continue;
                }
                JsonNode list = listed(
                        vpcs.get(),
                        "Vpcs",
                        "VPC",
                        account,
                        region,
                        resource,
                        "Region " + region + " has no VPCs.",
                        findings);
                if (list.isEmpty()) {
                    continue;
                }
                evidence.require(this, Ec2Evidence.FLOW_LOGS, account, region, resource, findings)
                        .ifPresent(logs -> {
                            Map<String, List<JsonNode>> byResource = new HashMap<>();
                            logs.document()
                                    .data()
                                    .path("FlowLogs")
                                    .forEach(log -> byResource
                                            .computeIfAbsent(
                                                    log.path("ResourceId").asText(), k -> new ArrayList<>())
                                            .add(log));
                            for (JsonNode vpc : list) {
                                judge(
                                        account,
                                        region,
                                        vpc,
                                        byResource.getOrDefault(
                                                vpc.path("VpcId").asText(), List.of()),
                                        findings,
                                        vpcs.get().path(),
                                        logs.path());
                            }
                        });
            }
        }
    }

    /** Judges a VPC by the flow logs attached to it. */
    private void judge(
            String account,
            String region,
            JsonNode vpc,
            List<JsonNode> flowLogs,
            FindingSink findings,
            String... paths) {
        String id = vpc.path("VpcId").asText();
        String owner = vpc.path("OwnerId").asText(account);
        String arn = Arn.regional("ec2", region, owner, "vpc/" + id);
        if (!owner.equals(account)) {
            findings.add(notApplicable(
                    account,
                    region,
                    arn,
                    "VPC " + id + " is shared from account " + owner + ", whose own evidence shows its flow logs.",
                    paths));
            return;
        }
        List<String> working = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (JsonNode log : flowLogs) {
            String logId = log.path("FlowLogId").asText();
            String status = log.path("FlowLogStatus").asText("");
            String delivery = log.path("DeliverLogsStatus").asText("");
            if (!"ACTIVE".equals(status)) {
                broken.add(logId + " is " + (status.isEmpty() ? "of unknown status" : status));
            } else if ("FAILED".equals(delivery)) {
                broken.add(logId + " fails to deliver ("
                        + log.path("DeliverLogsErrorMessage").asText("no message") + ")");
            } else {
                working.add(logId + " (" + log.path("TrafficType").asText("?") + " traffic to "
                        + log.path("LogDestinationType").asText("?") + ")");
            }
        }
        if (!working.isEmpty()) {
            findings.add(pass(
                    account,
                    region,
                    arn,
                    "VPC " + id + " has active flow log " + String.join(", ", working) + ".",
                    paths));
        } else {
            findings.add(fail(
                    account,
                    region,
                    arn,
                    "VPC " + id + " has no active flow log of its own"
                            + (broken.isEmpty() ? "" : ": " + String.join("; ", broken)) + ".",
                    paths));
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "EC2 DescribeVpcs (VpcId, OwnerId) and DescribeFlowLogs (ResourceId, FlowLogStatus, "
                        + "DeliverLogsStatus) in every region.",
                "Every VPC in every region of every account in scope; VPCs shared from another account are "
                        + "not applicable.",
                "A VPC passes when a flow log has the VPC as ResourceId, FlowLogStatus ACTIVE and "
                        + "DeliverLogsStatus other than FAILED, and fails otherwise; flow logs on subnets or interfaces "
                        + "do not count. An unreadable region is a gap.",
                "Open raw/<account>/<region>/ec2.vpcs.json (data.Vpcs[]) and "
                        + "raw/<account>/<region>/ec2.flow_logs.json (data.FlowLogs[]) for each region and match "
                        + "FlowLogs[].ResourceId to Vpcs[].VpcId."));
    }
}
