package dev.auditpack.collector.aws.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;

/**
 * The region's VPC flow logs: which VPCs, subnets and interfaces have their traffic logged, what traffic,
 * and where the logs go. An empty list means no flow logs.
 *
 * <p>Shape: {@code data.FlowLogs[]} as DescribeFlowLogs returned them, sorted by {@code FlowLogId}.
 */
@AutoService(Collector.class)
public final class Ec2FlowLogsCollector implements Collector {

    static final Operation DESCRIBE_FLOW_LOGS = Operation.of("Ec2", Ec2Evidence.DESCRIBE_FLOW_LOGS);

    @Override
    public String id() {
        return Ec2Evidence.FLOW_LOGS;
    }

    @Override
    public String description() {
        return "The region's VPC flow logs, what traffic they capture and where they deliver it.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_FLOW_LOGS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        List<FlowLog> flowLogs = recorder.require(
                DESCRIBE_FLOW_LOGS,
                () -> ec2.describeFlowLogsPaginator(r -> {}).flowLogs().stream()
                        .sorted(Comparator.comparing(FlowLog::flowLogId))
                        .toList());
        recorder.data().set("FlowLogs", SdkJson.toJson(flowLogs));
    }
}
