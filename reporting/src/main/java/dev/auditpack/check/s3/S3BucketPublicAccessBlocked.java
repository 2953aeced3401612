package dev.auditpack.check.s3;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;
import java.util.Optional;

/** Each bucket blocks public access, either by its own settings or because the account blocks it for all. */
@AutoService(Check.class)
public final class S3BucketPublicAccessBlocked extends BucketCheck {

    public S3BucketPublicAccessBlocked() {
        super(
                "s3_bucket_public_access_blocked",
                "S3 buckets block public access",
                Severity.HIGH,
                "A bucket without Block Public Access can be exposed to the internet by one policy or ACL change.",
                "Turn on all four Block Public Access settings on the bucket, or once for the whole account.",
                List.of(S3Evidence.BUCKETS, S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        Boolean accountBlocks = null;
        String[] cited = {path};
        if (evidence.get(S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK, account, Target.GLOBAL)
                instanceof EvidenceSet.Found found) {
            cited = new String[] {path, found.path()};
            OperationResult r = OperationResult.from(found.document().data().get(S3Evidence.GET_PUBLIC_ACCESS_BLOCK));
            if (r.outcome() == Outcome.ABSENT) {
                accountBlocks = false;
            } else if (r.isOk()) {
                accountBlocks = Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration"))
                        .isEmpty();
            }
        }
        if (Boolean.TRUE.equals(accountBlocks)) {
            return pass(
                    account,
                    b.region(),
                    b.arn(),
                    "Bucket " + b.name() + " is covered by the account-level block.",
                    cited);
        }
        OperationResult r = b.call(S3Evidence.GET_PUBLIC_ACCESS_BLOCK);
        List<String> off = Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration"));
        if (r.isOk() && off.isEmpty()) {
            return pass(
                    account,
                    b.region(),
                    b.arn(),
                    "Bucket " + b.name() + " has all four Block Public Access settings on.",
                    cited);
        }
        if (r.outcome() == Outcome.ERROR || accountBlocks == null) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    "Whether bucket " + b.name() + " blocks public access is unknown: "
                            + (r.outcome() == Outcome.ERROR
                                    ? "its settings could not be read (" + r.errorCode() + ")"
                                    : "the account-level setting could not be read")
                            + ".",
                    cited);
        }
        return fail(
                account,
                b.region(),
                b.arn(),
                r.outcome() == Outcome.ABSENT
                        ? "Bucket " + b.name()
                                + " has no Block Public Access settings and the account does not block public access."
                        : "Bucket " + b.name() + " leaves Block Public Access settings off: " + String.join(", ", off)
                                + ", and the account does not block public access.",
                cited);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetPublicAccessBlock per bucket (its four settings); the account-level "
                        + "GetPublicAccessBlock from S3 Control.",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when the account-level block has all four settings on, or the bucket's own "
                        + "block has all four on; otherwise it fails. If the account setting is unreadable and the "
                        + "bucket has none, the bucket is a gap.",
                "Open raw/<account>/global/s3.account_public_access_block.json (data.GetPublicAccessBlock) "
                        + "and raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetPublicAccessBlock.response.PublicAccessBlockConfiguration and apply the rule."));
    }
}
