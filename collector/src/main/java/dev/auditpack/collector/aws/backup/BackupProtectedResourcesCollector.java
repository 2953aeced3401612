package dev.auditpack.collector.aws.backup;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.BackupEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.ProtectedResource;

/**
 * The resources of a region that AWS Backup has backed up at least once, with the time of the latest
 * backup. An empty list is a real answer: nothing in the region has a backup.
 *
 * <p>Shape: {@code data.ProtectedResources[]}, the {@code Results} of every page of ListProtectedResources,
 * sorted by resource ARN.
 */
@AutoService(Collector.class)
public final class BackupProtectedResourcesCollector implements Collector {

    static final Operation LIST_PROTECTED_RESOURCES = Operation.of("Backup", BackupEvidence.LIST_PROTECTED_RESOURCES);

    @Override
    public String id() {
        return BackupEvidence.PROTECTED_RESOURCES;
    }

    @Override
    public String description() {
        return "The region's resources with at least one AWS Backup recovery point, and their latest backup time.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_PROTECTED_RESOURCES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        BackupClient backup = context.client(BackupClient.class);
        List<ProtectedResource> resources = recorder.require(
                LIST_PROTECTED_RESOURCES,
                () -> backup.listProtectedResourcesPaginator(r -> {}).results().stream()
                        .sorted(Comparator.comparing(ProtectedResource::resourceArn))
                        .toList());
        recorder.data().set("ProtectedResources", SdkJson.toJson(resources));
    }
}
