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
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * The region's EC2 instances with their state, image, platform, instance profile, network placement and
 * tags: the inventory of guest operating systems the customer patches and hardens. User data is never
 * read, because it may hold secrets.
 *
 * <p>Shape: {@code data.Reservations[]} as DescribeInstances returned them, sorted by
 * {@code ReservationId}, each with its {@code Instances[]} sorted by {@code InstanceId}. Nothing is
 * dropped or flattened, so {@code OwnerId} and {@code RequesterId} stay with their instances.
 */
@AutoService(Collector.class)
public final class Ec2InstancesCollector implements Collector {

    static final Operation DESCRIBE_INSTANCES = Operation.of("Ec2", Ec2Evidence.DESCRIBE_INSTANCES);

    @Override
    public String id() {
        return Ec2Evidence.INSTANCES;
    }

    @Override
    public String description() {
        return "The region's EC2 instances with state, image, platform, instance profile and tags.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_INSTANCES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        List<Reservation> reservations = recorder.require(
                DESCRIBE_INSTANCES,
                () -> ec2.describeInstancesPaginator(r -> {}).reservations().stream()
                        .map(Ec2InstancesCollector::sorted)
                        .sorted(Comparator.comparing(Reservation::reservationId))
                        .toList());
        recorder.data().set("Reservations", SdkJson.toJson(reservations));
    }

    private static Reservation sorted(Reservation reservation) {
        if (!reservation.hasInstances()) {
            return reservation;
        }
        return reservation.toBuilder()
                .instances(reservation.instances().stream()
                        .sorted(Comparator.comparing(Instance::instanceId))
                        .toList())
                .build();
    }
}
