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

/** Each bucket encrypts new objects by default. */
@AutoService(Check.class)
public final class S3BucketDefaultEncryption extends BucketCheck {

    public S3BucketDefaultEncryption() {
        super(
                "s3_bucket_default_encryption",
                "S3 buckets encrypt by default",
                Severity.MEDIUM,
                "Default encryption makes sure objects are encrypted at rest even when the writer does not ask for it.",
                "Set default encryption on the bucket (SSE-KMS with a customer managed key where key control matters, otherwise SSE-S3).",
                List.of(S3Evidence.BUCKETS));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        OperationResult r = b.call(S3Evidence.GET_BUCKET_ENCRYPTION);
        if (r.outcome() == Outcome.ABSENT) {
            return fail(account, b.region(), b.arn(), "Bucket " + b.name() + " has no default encryption.", path);
        }
        if (!r.isOk()) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    "The encryption of bucket " + b.name() + " could not be read (" + r.errorCode() + ").",
                    path);
        }
        JsonNode algorithm = r.response().findValue("SSEAlgorithm");
        return algorithm == null || algorithm.asText().isBlank()
                ? fail(
                        account,
                        b.region(),
                        b.arn(),
                        "Bucket " + b.name() + " has an encryption configuration without an algorithm.",
                        path)
                : pass(
                        account,
                        b.region(),
                        b.arn(),
                        "Bucket " + b.name() + " encrypts by default with " + algorithm.asText() + ".",
                        path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetBucketEncryption per bucket: "
                        + "ServerSideEncryptionConfiguration.Rules[].ApplyServerSideEncryptionByDefault.SSEAlgorithm.",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when it has a default encryption rule, and fails when GetBucketEncryption "
                        + "answered that none is configured (ABSENT); an unreadable answer is a gap.",
                "Open raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetBucketEncryption: outcome OK with a rule passes, ABSENT fails, ERROR is a gap."));
    }
}
