package dev.auditpack.check.s3;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Each bucket keeps earlier versions of objects. */
@AutoService(Check.class)
public final class S3BucketVersioningEnabled extends BucketCheck {

    public S3BucketVersioningEnabled() {
        super(
                "s3_bucket_versioning_enabled",
                "S3 buckets keep object versions",
                Severity.LOW,
                "Versioning lets overwritten or deleted objects be recovered after a mistake or an attack.",
                "Enable versioning on the bucket and add a lifecycle rule that expires old versions after your retention period.",
                List.of(S3Evidence.BUCKETS));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        OperationResult r = b.call(S3Evidence.GET_BUCKET_VERSIONING);
        if (!r.isOk()) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    "The versioning of bucket " + b.name() + " could not be read (" + r.errorCode() + ").",
                    path);
        }
        String status = r.response().path("Status").asText("");
        return "Enabled".equals(status)
                ? pass(account, b.region(), b.arn(), "Bucket " + b.name() + " has versioning enabled.", path)
                : fail(
                        account,
                        b.region(),
                        b.arn(),
                        "Bucket " + b.name() + " has versioning "
                                + (status.isEmpty() ? "never enabled" : status.toLowerCase(Locale.ROOT)) + ".",
                        path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetBucketVersioning per bucket: Status.",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when Status is Enabled; Suspended or no status (never enabled) fails; an "
                        + "unreadable answer is a gap.",
                "Open raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetBucketVersioning.response.Status."));
    }
}
