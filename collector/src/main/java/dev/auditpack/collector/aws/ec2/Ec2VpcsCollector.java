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
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * The region's VPCs and subnets, which show how the network is segmented and which subnets give new
 * instances a public IP address.
 *
 * <p>Shape: {@code data.Vpcs[]} as DescribeVpcs returned them, sorted by {@code VpcId}, and
 * {@code data.Subnets[]} as DescribeSubnets returned them, sorted by {@code SubnetId}. The file needs
 * both lists; when either call fails there is no file, only the error.
 */
@AutoService(Collector.class)
public final class Ec2VpcsCollector implements Collector {

    static final Operation DESCRIBE_VPCS = Operation.of("Ec2", Ec2Evidence.DESCRIBE_VPCS);
    static final Operation DESCRIBE_SUBNETS = Operation.of("Ec2", Ec2Evidence.DESCRIBE_SUBNETS);

    @Override
    public String id() {
        return Ec2Evidence.VPCS;
    }

    @Override
    public String description() {
        return "The region's VPCs and subnets, including whether subnets assign public IP addresses.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_VPCS, DESCRIBE_SUBNETS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        List<Vpc> vpcs = recorder.require(
                DESCRIBE_VPCS,
                () -> ec2.describeVpcsPaginator(r -> {}).vpcs().stream()
                        .sorted(Comparator.comparing(Vpc::vpcId))
                        .toList());
        List<Subnet> subnets = recorder.require(
                DESCRIBE_SUBNETS,
                () -> ec2.describeSubnetsPaginator(r -> {}).subnets().stream()
                        .sorted(Comparator.comparing(Subnet::subnetId))
                        .toList());
        recorder.data().set("Vpcs", SdkJson.toJson(vpcs));
        recorder.data().set("Subnets", SdkJson.toJson(subnets));
    }
}
