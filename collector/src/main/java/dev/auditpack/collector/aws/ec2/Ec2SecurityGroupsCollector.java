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
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * The region's security groups with their inbound and outbound rules, which show what network traffic
 * may reach and leave each resource.
 *
 * <p>Shape: {@code data.SecurityGroups[]} as DescribeSecurityGroups returned them (with
 * {@code IpPermissions} and {@code IpPermissionsEgress}), sorted by {@code GroupId}.
 */
@AutoService(Collector.class)
public final class Ec2SecurityGroupsCollector implements Collector {

    static final Operation DESCRIBE_SECURITY_GROUPS = Operation.of("Ec2", Ec2Evidence.DESCRIBE_SECURITY_GROUPS);

    @Override
    public String id() {
        return Ec2Evidence.SECURITY_GROUPS;
    }

    @Override
    public String description() {
        return "The region's security groups with their inbound and outbound rules.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_SECURITY_GROUPS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        List<SecurityGroup> groups = recorder.require(
                DESCRIBE_SECURITY_GROUPS,
                () -> ec2.describeSecurityGroupsPaginator(r -> {}).securityGroups().stream()
                        .sorted(Comparator.comparing(SecurityGroup::groupId))
                        .toList());
        recorder.data().set("SecurityGroups", SdkJson.toJson(groups));
    }
}
