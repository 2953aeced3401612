package dev.auditpack.check.s3;

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

/** Each bucket blocks public access, either by its own settings or because the account blocks it for all. */
@AutoService(Check.class)
public final class S3BucketPublicAccessBlocked extends EvidenceCheck {

    public S3BucketPublicAccessBlocked() {
        super("s3_bucket_public_access_blocked", "S3 buckets block public access", Severity.HIGH,
                "A bucket without Block Public Access can be exposed to the internet by one policy or ACL change.",
                "Turn on all four Block Public Access settings on the bucket, or once for the whole account.",
                List.of("s3.buckets", "s3.account_public_access_block"));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            var accountLookup = evidence.get("s3.account_public_access_block", account, Target.GLOBAL);
            Boolean accountBlocks = null;
            String accountPath = null;
            if (accountLookup instanceof EvidenceSet.Found found) {
                OperationResult r = OperationResult.from(found.document().data().get("GetPublicAccessBlock"));
                accountPath = found.path();
                if (r.outcome() == Outcome.ABSENT) {
                    accountBlocks = false;
                } else if (r.isOk()) {
                    accountBlocks = Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration")).isEmpty();
                }
            }
            String accountEvidence = accountPath;
            Boolean blocksAll = accountBlocks;
            evidence.require(this, "s3.buckets", account, Target.GLOBAL, accountArn(account), findings).ifPresent(found -> {
                String[] cited = accountEvidence == null ? new String[] {found.path()} : new String[] {found.path(), accountEvidence};
                List<Buckets.Bucket> buckets = Buckets.from(found.document());
                if (buckets.isEmpty()) {
                    findings.add(notApplicable(account, Target.GLOBAL, accountArn(account), "The account has no S3 buckets.", found.path()));
                }
                for (Buckets.Bucket b : buckets) {
                    if (Boolean.TRUE.equals(blocksAll)) {
                        findings.add(pass(account, b.region(), b.arn(), "Bucket " + b.name() + " is covered by the account-level block.", cited));
                        continue;
                    }
                    OperationResult r = b.call("GetPublicAccessBlock");
                    if (r.isOk() && Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration")).isEmpty()) {
                        findings.add(pass(account, b.region(), b.arn(), "Bucket " + b.name() + " has all four Block Public Access settings on.", cited));
                    } else if (r.outcome() == Outcome.ERROR || blocksAll == null) {
                        findings.add(gap(account, b.region(), b.arn(), "Whether bucket " + b.name()
                                + " blocks public access is unknown: " + (r.outcome() == Outcome.ERROR
                                ? "its settings could not be read (" + r.errorCode() + ")" : "the account-level setting could not be read") + ".", cited));
                    } else if (r.outcome() == Outcome.ABSENT) {
                        findings.add(fail(account, b.region(), b.arn(), "Bucket " + b.name()
                                + " has no Block Public Access settings and the account does not block public access.", cited));
                    } else {
                        findings.add(fail(account, b.region(), b.arn(), "Bucket " + b.name() + " leaves Block Public Access settings off: "
                                + String.join(", ", Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration")))
                                + ", and the account does not block public access.", cited));
                    }
                }
            });
        }
    }
}
