package dev.auditpack.collector.aws.sts;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.StsEvidence;
import java.util.List;
import software.amazon.awssdk.services.sts.StsClient;

/** The identity used to collect from the account: which account, and which principal. */
@AutoService(Collector.class)
public final class StsCallerIdentityCollector implements Collector {

    static final Operation GET_CALLER_IDENTITY = Operation.of("Sts", StsEvidence.GET_CALLER_IDENTITY);

    @Override
    public String id() {
        return StsEvidence.CALLER_IDENTITY;
    }

    @Override
    public String description() {
        return "The account and principal the evidence was collected with.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_CALLER_IDENTITY);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        var result = recorder.requireOrAbsent(
                GET_CALLER_IDENTITY, () -> context.client(StsClient.class).getCallerIdentity());
        EvidenceRecorder.put(recorder.data(), GET_CALLER_IDENTITY, result.result());
    }
}
