package dev.auditpack.check.s3;

import static dev.auditpack.check.LockerFixture.absent;
import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.s3.S3Fixtures.bucketWith;
import static dev.auditpack.check.s3.S3Fixtures.buckets;
import static dev.auditpack.check.s3.S3Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3BucketPolicyNotPublicTest {

    @TempDir
    Path dir;

    private static final String NO_POLICY = absent("NoSuchBucketPolicy");
    private static final String NOT_PUBLIC = ok("{'PolicyStatus':{'IsPublic':false}}");
    private static final String NO_BLOCK = absent("NoSuchPublicAccessBlockConfiguration");
    private static final String RESTRICT = ok("{'PublicAccessBlockConfiguration':{'BlockPublicAcls':false,"
            + "'IgnorePublicAcls':false,'BlockPublicPolicy':false,'RestrictPublicBuckets':true}}");

    private static String allow(String principal, String condition) {
        return "{'Version':'2012-10-17','Statement':[{'Sid':'Read','Effect':'Allow','Principal':" + principal
                + ",'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'"
                + (condition == null ? "" : ",'Condition':" + condition)
                + "}]}";
    }

    private static String bucket(String name, String policy, String status, String block) {
        return bucketWith(
                name, "GetBucketPolicy", policy, "GetBucketPolicyStatus", status, "GetPublicAccessBlock", block);
    }

    private List<Finding> with(String accountBlock, String... buckets) {
        LockerFixture fx = new LockerFixture(dir);
        if (accountBlock == null) {
            fx.failed("s3.account_public_access_block", "global", "s3:GetPublicAccessBlock", "AccessDenied");
        } else {
            fx.doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(accountBlock));
        }
        return run(
                new S3BucketPolicyNotPublic(),
                fx.doc("s3.buckets", "global", buckets(buckets)).build());
    }

    @Test
    void judgesEachBucketsPolicyWhenNothingBlocksPublicAccess() {
        List<Finding> f = with(
                NO_BLOCK,
                bucket("no-policy", NO_POLICY, NO_POLICY, NO_BLOCK),
                bucket(
                        "own-account",
                        policy(allow("{'AWS':'arn:aws:iam::111122223333:root'}", null)),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket("public", policy(allow("'*'", null)), ok("{'PolicyStatus':{'IsPublic':true}}"), NO_BLOCK),
                bucket(
                        "aws-star",
                        policy(allow("{'AWS':['arn:aws:iam::444455556666:root','*']}", null)),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "vpce-only",
                        policy(allow("'*'", "{'StringEquals':{'aws:SourceVpce':'vpce-1a2b3c'}}")),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "org-only",
                        policy(allow("'*'", "{'ForAnyValue:StringLike':{'aws:PrincipalOrgID':['o-abc123']}}")),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "all-but-vpce",
                        policy(allow("{'AWS':'*'}", "{'StringNotEquals':{'aws:SourceVpce':'vpce-1a2b3c'}}")),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "any-ip",
                        policy(allow("'*'", "{'IpAddress':{'aws:SourceIp':['10.0.0.0/8','0.0.0.0/0']}}")),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "if-exists",
                        policy(allow("'*'", "{'StringEqualsIfExists':{'aws:SourceVpc':'vpc-1'}}")),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "not-principal",
                        policy("{'Statement':[{'Effect':'Allow','NotPrincipal':{'AWS':'arn:aws:iam::1:root'},"
                                + "'Action':'s3:*'}]}"),
                        NOT_PUBLIC,
                        NO_BLOCK),
                bucket(
                        "s3-says-public",
                        policy(allow("{'AWS':'arn:aws:iam::111122223333:root'}", null)),
                        ok("{'PolicyStatus':{'IsPublic':true}}"),
                        NO_BLOCK));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:s3:::no-policy", CheckStatus.PASS),
                        tuple("arn:aws:s3:::own-account", CheckStatus.PASS),
                        tuple("arn:aws:s3:::public", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::aws-star", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::vpce-only", CheckStatus.PASS),
                        tuple("arn:aws:s3:::org-only", CheckStatus.PASS),
                        tuple("arn:aws:s3:::all-but-vpce", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::any-ip", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::if-exists", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::not-principal", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::s3-says-public", CheckStatus.FAIL));
        assertThat(f.get(0).reason()).isEqualTo("Bucket no-policy has no bucket policy.");
        assertThat(f.get(2).reason())
                .isEqualTo(
                        "The policy of bucket public is public (statement(s) Read allow anyone; "
                                + "S3 reports the policy as public), and RestrictPublicBuckets is off for the bucket and the account.");
        assertThat(f.get(9).reason()).contains("statement 1");
        assertThat(f.get(10).reason())
                .contains("S3 reports the policy as public")
                .doesNotContain("allow anyone");
        assertThat(f.get(2).evidence()).hasSize(2);
    }

    @Test
    void aPublicPolicyPassesWhenRestrictPublicBucketsNeutralisesIt() {
        String open = policy(allow("'*'", null));
        List<Finding> f = with(RESTRICT, bucket("public", open, NOT_PUBLIC, NO_BLOCK));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).reason())
                .isEqualTo(
                        "The policy of bucket public is public (statement(s) Read allow anyone), "
                                + "but Block Public Access (RestrictPublicBuckets on the account) keeps it from granting public access.");

        f = run(
                new S3BucketPolicyNotPublic(),
                new LockerFixture(dir.resolve("bucket-level"))
                        .doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(NO_BLOCK))
                        .doc("s3.buckets", "global", buckets(bucket("public", open, NOT_PUBLIC, RESTRICT)))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).reason()).contains("RestrictPublicBuckets on the bucket");
    }

    @Test
    void aPublicPolicyIsAGapWhenWhetherBlockPublicAccessRestrictsItIsUnknown() {
        List<Finding> f = with(
                null,
                bucket("public", policy(allow("'*'", null)), NOT_PUBLIC, NO_BLOCK),
                bucket("private", NO_POLICY, NO_POLICY, NO_BLOCK));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP, CheckStatus.PASS);
        assertThat(f.get(0).reason()).contains("the account's setting could not be read");

        f = run(
                new S3BucketPolicyNotPublic(),
                new LockerFixture(dir.resolve("bucket-unknown"))
                        .doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(NO_BLOCK))
                        .doc(
                                "s3.buckets",
                                "global",
                                buckets(bucket(
                                        "public", policy(allow("'*'", null)), NOT_PUBLIC, error("AccessDenied"))))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP);
        assertThat(f.get(0).reason()).contains("the bucket's setting could not be read");
    }

    @Test
    void isAGapWhenThePolicyOrItsStatusCannotBeRead() {
        List<Finding> f = with(
                NO_BLOCK,
                bucket("denied", error("AccessDenied"), NOT_PUBLIC, NO_BLOCK),
                bucket("garbled", ok("{'Policy':'not json'}"), NOT_PUBLIC, NO_BLOCK),
                bucket(
                        "no-status",
                        policy(allow("{'AWS':'arn:aws:iam::111122223333:root'}", null)),
                        error("AccessDenied"),
                        NO_BLOCK),
                bucket("denied-but-public", error("AccessDenied"), ok("{'PolicyStatus':{'IsPublic':true}}"), NO_BLOCK));
        assertThat(f)
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP, CheckStatus.GAP, CheckStatus.GAP, CheckStatus.FAIL);
        assertThat(f.get(0).reason()).contains("could not be read (AccessDenied)");
        assertThat(f.get(2).reason()).contains("public-policy status could not be read");
    }

    @Test
    void isNotApplicableWithoutBucketsAndAGapWithoutTheList() {
        assertThat(with(NO_BLOCK)).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("s3.buckets", "global", "s3:ListBuckets", "AccessDenied")
                .build();
        assertThat(run(new S3BucketPolicyNotPublic(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
