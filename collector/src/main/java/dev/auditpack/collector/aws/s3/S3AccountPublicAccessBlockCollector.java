package dev.auditpack.collector.aws.s3;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/** The account-wide S3 Block Public Access settings; "never set" is recorded as an ABSENT answer. */
@AutoService(Collector.class)
public final class S3AccountPublicAccessBlockCollector implements Collector {

    static final Operation GET_PUBLIC_ACCESS_BLOCK =
            new Operation("S3Control", S3Evidence.GET_PUBLIC_ACCESS_BLOCK, "s3:GetAccountPublicAccessBlock");

    @Override
    public String id() {
        return S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK;
    }

    @Override
    public String description() {
        return "Account-level S3 Block Public Access settings.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_PUBLIC_ACCESS_BLOCK);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        String account = context.target().account();
        var result = recorder.requireOrAbsent(
                GET_PUBLIC_ACCESS_BLOCK,
                () -> context.client(S3ControlClient.class).getPublicAccessBlock(r -> r.accountId(account)),
                "NoSuchPublicAccessBlockConfiguration");
        EvidenceRecorder.put(recorder.data(), GET_PUBLIC_ACCESS_BLOCK, result.result());
    }
}
