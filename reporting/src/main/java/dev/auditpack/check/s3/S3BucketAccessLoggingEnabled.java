package dev.auditpack.check.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;
import java.util.Optional;

/**
 * Each bucket writes server access logs: GetBucketLogging answers with {@code LoggingEnabled} and a target
 * bucket. CloudTrail data events are another record of object access, but this check does not look for them.
 */
@AutoService(Check.class)
public final class S3BucketAccessLoggingEnabled extends BucketCheck {

    public S3BucketAccessLoggingEnabled() {
        super(
                "s3_bucket_access_logging_enabled",
                "S3 buckets log access requests",
                Severity.MEDIUM,
                "Without access logs nobody can tell afterwards who read, wrote or deleted objects in the bucket.",
                "Enable server access logging on the bucket, delivering to a separate log bucket that only the logging service may write to.",
                List.of(S3Evidence.BUCKETS));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        OperationResult r = b.call(S3Evidence.GET_BUCKET_LOGGING);
        if (r.outcome() == Outcome.ERROR) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    "The access logging of bucket " + b.name() + " could not be read (" + r.errorCode() + ").",
                    path);
        }
        JsonNode target = r.response().path("LoggingEnabled").path("TargetBucket");
        return target.isTextual() && !target.asText().isBlank()
                ? pass(
                        account,
                        b.region(),
                        b.arn(),
                        "Bucket " + b.name() + " logs access requests to bucket " + target.asText() + ".",
                        path)
                : fail(account, b.region(), b.arn(), "Bucket " + b.name() + " does not log access requests.", path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetBucketLogging per bucket: LoggingEnabled.TargetBucket.",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when server access logging is on with a target bucket; an empty answer "
                        + "fails; an unreadable answer is a gap. CloudTrail data events are not considered.",
                "Open raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetBucketLogging.response.LoggingEnabled.TargetBucket."));
    }
}
