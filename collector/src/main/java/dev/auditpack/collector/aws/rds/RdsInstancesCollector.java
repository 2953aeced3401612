package dev.auditpack.collector.aws.rds;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.RdsEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

/**
 * Every database instance of a region (RDS, and Neptune and DocumentDB, which share the API) with its
 * storage encryption, public accessibility, backup retention, Multi-AZ and engine.
 *
 * <p>Shape: {@code data.DBInstances[]}, the instances of every page of DescribeDBInstances as returned,
 * sorted by identifier.
 */
@AutoService(Collector.class)
public final class RdsInstancesCollector implements Collector {

    static final Operation DESCRIBE_DB_INSTANCES = Operation.of("Rds", RdsEvidence.DESCRIBE_DB_INSTANCES);

    @Override
    public String id() {
        return RdsEvidence.INSTANCES;
    }

    @Override
    public String description() {
        return "The region's database instances: encryption, public access, backup retention, Multi-AZ, engine.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_DB_INSTANCES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        RdsClient rds = context.client(RdsClient.class);
        List<DBInstance> instances = recorder.require(
                DESCRIBE_DB_INSTANCES,
                () -> rds.describeDBInstancesPaginator(r -> {}).dbInstances().stream()
                        .sorted(Comparator.comparing(DBInstance::dbInstanceIdentifier))
                        .toList());
        recorder.data().set("DBInstances", SdkJson.toJson(instances));
    }
}
