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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each bucket's policy gives no access to the public. A policy is public when a statement allows anyone
 * without a restricting condition (see {@link BucketPolicy}), or when S3's own GetBucketPolicyStatus says
 * {@code IsPublic}. A public policy that Block Public Access neutralises ({@code RestrictPublicBuckets} on
 * the bucket or the account, which limits the policy to AWS services and the bucket owner's own account)
 * passes, with a reason that says so: the check judges what the policy exposes, and whether the block
 * itself is on is judged by {@code s3_bucket_public_access_blocked}.
 */
@AutoService(Check.class)
public final class S3BucketPolicyNotPublic extends BucketCheck {

    public S3BucketPolicyNotPublic() {
        super(
                "s3_bucket_policy_not_public",
                "S3 bucket policies grant no public access",
                Severity.HIGH,
                "A bucket policy that allows anyone lets every person on the internet read or change the bucket's data.",
                "Remove the statements with Principal \"*\" or restrict them with aws:SourceVpce, aws:PrincipalOrgID or similar conditions; turn on Block Public Access (RestrictPublicBuckets) for the bucket or account.",
                List.of(S3Evidence.BUCKETS, S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK));
    }

    @Override
    Finding judge(EvidenceSet evidence, String account, S3Evidence.Bucket b, String path) {
        OperationResult policy = b.call(S3Evidence.GET_BUCKET_POLICY);
        OperationResult status = b.call(S3Evidence.GET_BUCKET_POLICY_STATUS);
        List<String> publicBecause = new ArrayList<>();
        if (policy.isOk()) {
            var doc = BucketPolicy.parse(policy.response().path("Policy").asText(""));
            if (doc.isEmpty()) {
                return gap(
                        account,
                        b.region(),
                        b.arn(),
                        "The policy of bucket " + b.name() + " is not readable JSON.",
                        path);
            }
            List<String> statements = BucketPolicy.publicStatements(doc.get());
            if (!statements.isEmpty()) {
                publicBecause.add("statement(s) " + String.join(", ", statements) + " allow anyone");
            }
        }
        if (status.isOk()
                && status.response().path("PolicyStatus").path("IsPublic").asBoolean(false)) {
            publicBecause.add("S3 reports the policy as public");
        }
        if (publicBecause.isEmpty()) {
            if (policy.outcome() == Outcome.ABSENT) {
                return pass(account, b.region(), b.arn(), "Bucket " + b.name() + " has no bucket policy.", path);
            }
            if (!policy.isOk()) {
                return gap(
                        account,
                        b.region(),
                        b.arn(),
                        "The policy of bucket " + b.name() + " could not be read (" + policy.errorCode() + ").",
                        path);
            }
            if (status.outcome() == Outcome.ERROR) {
                return gap(
                        account,
                        b.region(),
                        b.arn(),
                        "The policy of bucket " + b.name() + " has no public statement, but S3's "
                                + "own public-policy status could not be read (" + status.errorCode() + ").",
                        path);
            }
            return pass(
                    account,
                    b.region(),
                    b.arn(),
                    "The policy of bucket " + b.name() + " grants no public access.",
                    path);
        }
        return restricted(
                evidence,
                account,
                b,
                "The policy of bucket " + b.name() + " is public (" + String.join("; ", publicBecause) + ")",
                path);
    }

    /** The verdict on a public policy, which depends on RestrictPublicBuckets at bucket or account level. */
    private Finding restricted(
            EvidenceSet evidence, String account, S3Evidence.Bucket b, String publicPolicy, String path) {
        Optional<Boolean> onBucket = restrictsPublicBuckets(b.call(S3Evidence.GET_PUBLIC_ACCESS_BLOCK));
        Optional<Boolean> onAccount = Optional.empty();
        String[] cited = {path};
        if (evidence.get(S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK, account, Target.GLOBAL)
                instanceof EvidenceSet.Found found) {
            cited = new String[] {path, found.path()};
            onAccount = restrictsPublicBuckets(
                    OperationResult.from(found.document().data().get(S3Evidence.GET_PUBLIC_ACCESS_BLOCK)));
        }
        if (onBucket.orElse(false) || onAccount.orElse(false)) {
            return pass(
                    account,
                    b.region(),
                    b.arn(),
                    publicPolicy + ", but Block Public Access (RestrictPublicBuckets on the "
                            + (onBucket.orElse(false) ? "bucket" : "account")
                            + ") keeps it from granting public access.",
                    cited);
        }
        if (onBucket.isEmpty() || onAccount.isEmpty()) {
            return gap(
                    account,
                    b.region(),
                    b.arn(),
                    publicPolicy + ", and whether Block Public Access restricts it is unknown: the "
                            + (onBucket.isEmpty() ? "bucket's" : "account's") + " setting could not be read.",
                    cited);
        }
        return fail(
                account,
                b.region(),
                b.arn(),
                publicPolicy + ", and RestrictPublicBuckets is off for the bucket and the account.",
                cited);
    }

    /** Whether RestrictPublicBuckets is on; ABSENT (never set) is off; unknown when the call failed. */
    private static Optional<Boolean> restrictsPublicBuckets(OperationResult r) {
        if (r.outcome() == Outcome.ABSENT) {
            return Optional.of(false);
        }
        return r.isOk()
                ? Optional.of(r.response()
                        .path("PublicAccessBlockConfiguration")
                        .path("RestrictPublicBuckets")
                        .asBoolean(false))
                : Optional.empty();
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 ListBuckets; GetBucketPolicy (the policy document) and GetBucketPolicyStatus "
                        + "(PolicyStatus.IsPublic) per bucket; the bucket's and the account's RestrictPublicBuckets "
                        + "from GetPublicAccessBlock.",
                "Every S3 bucket ListBuckets returned in every account in scope.",
                "A bucket passes when it has no policy, or its policy grants nothing to everyone (Principal * "
                        + "without a narrowing condition on network, organisation, account or source) and S3 does not "
                        + "report it public; a public policy passes only when RestrictPublicBuckets is on for the "
                        + "bucket or the account. Otherwise it fails; what cannot be read is a gap.",
                "Open raw/<account>/global/s3.buckets.json; for each element of data.Buckets[], read "
                        + "calls.GetBucketPolicy.response (the policy JSON; ABSENT means none) and "
                        + "calls.GetBucketPolicyStatus.response.PolicyStatus.IsPublic, then RestrictPublicBuckets in "
                        + "calls.GetPublicAccessBlock and in raw/<account>/global/s3.account_public_access_block.json; "
                        + "apply the rule (docs/checks.md lists the narrowing condition keys)."));
    }
}
