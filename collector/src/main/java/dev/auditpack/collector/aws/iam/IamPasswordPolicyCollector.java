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

/** The account's IAM password policy; "no policy set" is recorded as an ABSENT answer. */
@AutoService(Collector.class)
public final class IamPasswordPolicyCollector implements Collector {

    static final Operation GET_PASSWORD_POLICY = Operation.of("Iam", IamEvidence.GET_ACCOUNT_PASSWORD_POLICY);

    @Override
    public String id() {
        return IamEvidence.PASSWORD_POLICY;
    }

    @Override
    public String description() {
        return "The password rules for IAM users' console passwords.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_PASSWORD_POLICY);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        var result = recorder.requireOrAbsent(
                GET_PASSWORD_POLICY, () -> context.client(IamClient.class).getAccountPasswordPolicy(), "NoSuchEntity");
        EvidenceRecorder.put(recorder.data(), GET_PASSWORD_POLICY, result.result());
    }
}
