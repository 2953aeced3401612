package dev.auditpack.collector.aws.ssm;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.SsmEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InstancePatchState;

/**
 * The instances Systems Manager manages in the region (agent version, ping status, platform) and each
 * one's patch state: missing, failed and installed patch counts and when patching last ran.
 *
 * <p>Shape: {@code data.InstanceInformationList[]} as DescribeInstanceInformation returned it, sorted by
 * {@code InstanceId}; and {@code data.DescribeInstancePatchStates}, one recorded result whose response holds
 * the patch states of every batch of up to 50 instances (the API's limit), sorted by {@code InstanceId}.
 * When a batch fails the result is that batch's ERROR and later batches are not asked, so a partial list
 * never passes for a complete one; the instance list still stands. With no managed instances there is
 * nothing to ask, and the result is OK with an empty list.
 */
@AutoService(Collector.class)
public final class SsmManagedInstancesCollector implements Collector {

    static final Operation DESCRIBE_INSTANCE_INFORMATION =
            Operation.of("Ssm", SsmEvidence.DESCRIBE_INSTANCE_INFORMATION);
    static final Operation DESCRIBE_INSTANCE_PATCH_STATES =
            Operation.of("Ssm", SsmEvidence.DESCRIBE_INSTANCE_PATCH_STATES);

    /** DescribeInstancePatchStates accepts at most this many instance ids per request. */
    static final int BATCH = 50;

    @Override
    public String id() {
        return SsmEvidence.MANAGED_INSTANCES;
    }

    @Override
    public String description() {
        return "Instances managed by Systems Manager and each one's patch compliance state.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_INSTANCE_INFORMATION, DESCRIBE_INSTANCE_PATCH_STATES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        SsmClient ssm = context.client(SsmClient.class);
        List<InstanceInformation> managed = recorder.require(
                DESCRIBE_INSTANCE_INFORMATION,
                () -> ssm.describeInstanceInformationPaginator(r -> {}).instanceInformationList().stream()
                        .sorted(Comparator.comparing(InstanceInformation::instanceId))
                        .toList());
        recorder.data().set("InstanceInformationList", SdkJson.toJson(managed));
        EvidenceRecorder.put(recorder.data(), DESCRIBE_INSTANCE_PATCH_STATES, patchStates(ssm, managed, recorder));
    }

    private static OperationResult patchStates(
            SsmClient ssm, List<InstanceInformation> managed, EvidenceRecorder recorder) {
        List<String> ids = managed.stream().map(InstanceInformation::instanceId).toList();
        List<InstancePatchState> states = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(from + BATCH, ids.size()));
            var result =
                    recorder.call(
                            DESCRIBE_INSTANCE_PATCH_STATES,
                            String.join(" ", batch),
                            () -> ssm
                                    .describeInstancePatchStatesPaginator(r -> r.instanceIds(batch))
                                    .instancePatchStates()
                                    .stream()
                                    .toList());
            if (result.value().isEmpty()) {
                return result.result();
            }
            states.addAll(result.value().get());
        }
        states.sort(Comparator.comparing(InstancePatchState::instanceId));
        return OperationResult.ok(SdkJson.toJson(states));
    }
}
