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
import software.amazon.awssdk.services.ec2.model.NetworkAcl;

/**
 * The region's network ACLs with their numbered allow and deny entries and the subnets they guard.
 *
 * <p>Shape: {@code data.NetworkAcls[]} as DescribeNetworkAcls returned them (with {@code Entries} and
 * {@code Associations}), sorted by {@code NetworkAclId}.
 */
@AutoService(Collector.class)
public final class Ec2NetworkAclsCollector implements Collector {

    static final Operation DESCRIBE_NETWORK_ACLS = Operation.of("Ec2", Ec2Evidence.DESCRIBE_NETWORK_ACLS);

    @Override
    public String id() {
        return Ec2Evidence.NETWORK_ACLS;
    }

    @Override
    public String description() {
        return "The region's network ACLs, their entries and the subnets they apply to.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_NETWORK_ACLS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        List<NetworkAcl> acls = recorder.require(
                DESCRIBE_NETWORK_ACLS,
                () -> ec2.describeNetworkAclsPaginator(r -> {}).networkAcls().stream()
                        .sorted(Comparator.comparing(NetworkAcl::networkAclId))
                        .toList());
        recorder.data().set("NetworkAcls", SdkJson.toJson(acls));
    }
}
