package dev.auditpack.check.s3;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.collector.Target;
import dev.auditpack.evidence.OperationResult;
import java.util.List;

/** Each bucket keeps earlier versions of objects. */
@AutoService(Check.class)
public final class S3BucketVersioningEnabled extends EvidenceCheck {

    public S3BucketVersioningEnabled() {
        super("s3_bucket_versioning_enabled", "S3 buckets keep object versions", Severity.LOW,
                "Versioning lets overwritten or deleted objects be recovered after a mistake or an attack.",
                "Enable versioning on the bucket and add a lifecycle rule that expires old versions after your retention period.",
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
                    OperationResult r = b.call("GetBucketVersioning");
                    if (!r.isOk()) {
                        findings.add(gap(account, b.region(), b.arn(), "The versioning of bucket " + b.name()
                                + " could not be read (" + r.errorCode() + ").", found.path()));
                        continue;
                    }
                    String status = r.response().path("Status").asText("");
                    findings.add("Enabled".equals(status)
                            ? pass(account, b.region(), b.arn(), "Bucket " + b.name() + " has versioning enabled.", found.path())
                            : fail(account, b.region(), b.arn(), "Bucket " + b.name() + " has versioning "
                                    + (status.isEmpty() ? "never enabled" : status.toLowerCase(java.util.Locale.ROOT)) + ".", found.path()));
                }
            });
        }
    }
}
