package dev.auditpack.check.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.collector.Target;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.util.List;

/** Each bucket encrypts new objects by default. */
@AutoService(Check.class)
public final class S3BucketDefaultEncryption extends EvidenceCheck {

    public S3BucketDefaultEncryption() {
        super("s3_bucket_default_encryption", "S3 buckets encrypt by default", Severity.MEDIUM,
                "Default encryption makes sure objects are encrypted at rest even when the writer does not ask for it.",
                "Set default encryption on the bucket (SSE-KMS with a customer managed key where key control matters, otherwise SSE-S3).",
                List.of("s3.buckets"));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            evidence.require(this, "s3.buckets", account, Target.GLOBAL, accountArn(account), findings).ifPresent(found -> {
                List<Buckets.Bucket> buckets = Buckets.from(found.document());
                if (buckets.isEmpty()) {
                    findings.add(notApplicable(account, Target.GLOBAL, accountArn(account), "The account has no S3 buckets.", found.path()));
                }
                for (Buckets.Bucket b : buckets) {
                    OperationResult r = b.call("GetBucketEncryption");
                    if (r.outcome() == Outcome.ABSENT) {
                        findings.add(fail(account, b.region(), b.arn(), "Bucket " + b.name() + " has no default encryption.", found.path()));
                    } else if (!r.isOk()) {
                        findings.add(gap(account, b.region(), b.arn(), "The encryption of bucket " + b.name()
                                + " could not be read (" + r.errorCode() + ").", found.path()));
                    } else {
                        JsonNode algorithm = r.response().findValue("SSEAlgorithm");
                        findings.add(algorithm == null || algorithm.asText().isBlank()
                                ? fail(account, b.region(), b.arn(), "Bucket " + b.name() + " has an encryption configuration without an algorithm.", found.path())
                                : pass(account, b.region(), b.arn(), "Bucket " + b.name() + " encrypts by default with " + algorithm.asText() + ".", found.path()));
                    }
                }
            });
        }
    }
}
