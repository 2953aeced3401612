package dev.auditpack.check.s3;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.List;
import java.util.Optional;

/** All four S3 Block Public Access settings are on for the whole account. */
@AutoService(Check.class)
public final class S3AccountPublicAccessBlocked extends EvidenceCheck {

    public S3AccountPublicAccessBlocked() {
        super(
                "s3_account_public_access_blocked",
                "S3 public access blocked for the account",
                Severity.HIGH,
                "The account-wide block stops any bucket, present or future, from being made public by an ACL or a policy.",
                "Turn on all four Block Public Access settings at account level (S3 console > Block Public Access settings for this account).",
                List.of(S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String resource = Arn.global(evidence.partition(account), "s3", account, "account-public-access-block");
            evidence.require(this, S3Evidence.ACCOUNT_PUBLIC_ACCESS_BLOCK, account, Target.GLOBAL, resource, findings)
                    .ifPresent(found -> {
                        OperationResult r =
                                OperationResult.from(found.document().data().get(S3Evidence.GET_PUBLIC_ACCESS_BLOCK));
                        if (r.outcome() == Outcome.ABSENT) {
                            findings.add(fail(
                                    account,
                                    Target.GLOBAL,
                                    resource,
                                    "No account-level Block Public Access is configured.",
                                    found.path()));
                        } else if (!r.isOk()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    resource,
                                    "The account-level Block Public Access could not be read.",
                                    found.path()));
                        } else {
                            List<String> off =
                                    Buckets.blockSettingsOff(r.response().path("PublicAccessBlockConfiguration"));
                            findings.add(
                                    off.isEmpty()
                                            ? pass(
                                                    account,
                                                    Target.GLOBAL,
                                                    resource,
                                                    "All four account-level Block Public Access settings are on.",
                                                    found.path())
                                            : fail(
                                                    account,
                                                    Target.GLOBAL,
                                                    resource,
                                                    "Account-level Block Public Access settings off: "
                                                            + String.join(", ", off) + ".",
                                                    found.path()));
                        }
                    });
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "S3 Control GetPublicAccessBlock for the account: "
                        + "PublicAccessBlockConfiguration.BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and "
                        + "RestrictPublicBuckets.",
                "The account-level S3 Block Public Access setting of every account in scope: one resource per "
                        + "account.",
                "Passes when all four settings are true; fails when any is false or none is configured "
                        + "(ABSENT); an unreadable setting is a gap.",
                "Open raw/<account>/global/s3.account_public_access_block.json and read the four booleans "
                        + "under data.GetPublicAccessBlock.response.PublicAccessBlockConfiguration; outcome ABSENT "
                        + "means not configured."));
    }
}
