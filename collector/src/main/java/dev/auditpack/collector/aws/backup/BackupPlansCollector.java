package dev.auditpack.collector.aws.backup;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.BackupEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;

/**
 * The AWS Backup plans of a region with their rules (schedule, vault, lifecycle) and the selections that
 * say which resources each plan backs up.
 *
 * <p>Shape: {@code data.BackupPlans[]}, each plan as ListBackupPlans returned it, sorted by ARN, plus
 * {@code calls} with the recorded {@code GetBackupPlan} and {@code ListBackupSelections} results. Each
 * selection in a successful {@code ListBackupSelections} response, sorted by selection id, carries its own
 * {@code calls.GetBackupSelection} (the resources, conditions and tags it selects).
 */
@AutoService(Collector.class)
public final class BackupPlansCollector implements Collector {

    static final Operation LIST_BACKUP_PLANS = Operation.of("Backup", BackupEvidence.LIST_BACKUP_PLANS);
    static final Operation GET_BACKUP_PLAN = Operation.of("Backup", BackupEvidence.GET_BACKUP_PLAN);
    static final Operation LIST_BACKUP_SELECTIONS = Operation.of("Backup", BackupEvidence.LIST_BACKUP_SELECTIONS);
    static final Operation GET_BACKUP_SELECTION = Operation.of("Backup", BackupEvidence.GET_BACKUP_SELECTION);

    @Override
    public String id() {
        return BackupEvidence.PLANS;
    }

    @Override
    public String description() {
        return "The region's AWS Backup plans, their rules, and the resources each plan selects.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_BACKUP_PLANS, GET_BACKUP_PLAN, LIST_BACKUP_SELECTIONS, GET_BACKUP_SELECTION);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        BackupClient backup = context.client(BackupClient.class);
        List<BackupPlansListMember> plans = recorder.require(
                LIST_BACKUP_PLANS,
                () -> backup.listBackupPlansPaginator(r -> {}).backupPlansList().stream()
                        .sorted(Comparator.comparing(BackupPlansListMember::backupPlanArn))
                        .toList());
        ArrayNode out = recorder.data().putArray("BackupPlans");
        for (BackupPlansListMember plan : plans) {
            String id = plan.backupPlanId();
            String arn = plan.backupPlanArn();
            ObjectNode node = (ObjectNode) SdkJson.toJson(plan);
            ObjectNode calls = node.putObject("calls");
            EvidenceRecorder.put(
                    calls,
                    GET_BACKUP_PLAN,
                    recorder.call(GET_BACKUP_PLAN, arn, () -> backup.getBackupPlan(r -> r.backupPlanId(id)))
                            .result());
            Recorded<List<BackupSelectionsListMember>> selections = recorder.call(
                    LIST_BACKUP_SELECTIONS,
                    arn,
                    () -> backup.listBackupSelectionsPaginator(r -> r.backupPlanId(id)).backupSelectionsList().stream()
                            .sorted(Comparator.comparing(BackupSelectionsListMember::selectionId))
                            .toList());
            EvidenceRecorder.put(
                    calls,
                    LIST_BACKUP_SELECTIONS,
                    selections
                            .value()
                            .map(list -> OperationResult.ok(withDetails(backup, recorder, id, list)))
                            .orElse(selections.result()));
            out.add(node);
        }
    }

    /** The selections as listed, each with {@code calls.GetBackupSelection}. */
    private static ArrayNode withDetails(
            BackupClient backup,
            EvidenceRecorder recorder,
            String planId,
            List<BackupSelectionsListMember> selections) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (BackupSelectionsListMember selection : selections) {
            String selectionId = selection.selectionId();
            ObjectNode node = (ObjectNode) SdkJson.toJson(selection);
            EvidenceRecorder.put(
                    node.putObject("calls"),
                    GET_BACKUP_SELECTION,
                    recorder.call(
                                    GET_BACKUP_SELECTION,
                                    selectionId,
                                    () -> backup.getBackupSelection(
                                            r -> r.backupPlanId(planId).selectionId(selectionId)))
                            .result());
            out.add(node);
        }
        return out;
    }
}
