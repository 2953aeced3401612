package dev.auditpack.check.s3;

import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;

/**
 * A check judged bucket by bucket from the {@code s3.buckets} evidence: GAP for the account when the
 * buckets could not be listed, NOT_APPLICABLE when there are none, one finding per bucket otherwise.
 */
abstract class BucketCheck extends EvidenceCheck {

    BucketCheck(
            String id, String title, Severity severity, String rationale, String remediation, List<String> evidence) {
        super(id, title, severity, rationale, remediation, evidence);
    }

    /** Judges one bucket; {@code path} is the evidence file to cite. */
    abstract Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket bucket, String path);

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            evidence.require(this, S3Evidence.BUCKETS, account, Target.GLOBAL, accountArn(evidence, account), findings)
                    .ifPresent(found -> {
                        List<S3Evidence.Bucket> buckets =
                                S3Evidence.buckets(found.document(), evidence.partition(account));
                        if (buckets.isEmpty()) {
                            findings.add(notApplicable(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The account has no S3 buckets.",
                                    found.path()));
                        }
                        for (S3Evidence.Bucket bucket : buckets) {
                            findings.add(judge(evidence, account, bucket, found.path()));
                        }
                    });
        }
    }
}
