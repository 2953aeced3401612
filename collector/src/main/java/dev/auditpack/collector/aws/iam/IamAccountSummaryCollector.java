package dev.auditpack.collector.aws.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;

/** IAM's account summary: counts of users, roles and MFA devices, and whether the root user has MFA and keys. */
@AutoService(Collector.class)
public final class IamAccountSummaryCollector implements Collector {

    static final Operation GET_ACCOUNT_SUMMARY = Operation.of("Iam", IamEvidence.GET_ACCOUNT_SUMMARY);

    @Override
    public String id() {
        return IamEvidence.ACCOUNT_SUMMARY;
    }

    @Override
    public String description() {
        return "Counts of IAM entities and the root user's MFA and access-key flags.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_ACCOUNT_SUMMARY);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        var result = recorder.requireOrAbsent(
                GET_ACCOUNT_SUMMARY, () -> context.client(IamClient.class).getAccountSummary());
        EvidenceRecorder.put(recorder.data(), GET_ACCOUNT_SUMMARY, result.result());
    }
}
