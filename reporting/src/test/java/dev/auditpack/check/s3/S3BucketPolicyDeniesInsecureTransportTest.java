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

class S3BucketPolicyDeniesInsecureTransportTest {

    @TempDir
    Path dir;

    private static String deny(String name, String principal, String action, String resources, String condition) {
        return "{'Sid':'" + name + "','Effect':'Deny','Principal':" + principal + ",'Action':" + action + ",'Resource':"
                + resources + ",'Condition':" + condition + "}";
    }

    private static String statements(String... s) {
        return policy("{'Version':'2012-10-17','Statement':[" + String.join(",", s) + "]}");
    }

    private static final String INSECURE = "{'Bool':{'aws:SecureTransport':'false'}}";

    private static String both(String bucket) {
        return "['arn:aws:s3:::" + bucket + "','arn:aws:s3:::" + bucket + "/*']";
    }

    @Test
    void judgesWhetherEachBucketsPolicyRefusesRequestsWithoutTls() {
        var ev = new LockerFixture(dir)
                .doc(
                        "s3.buckets",
                        "global",
                        buckets(
                                bucketWith(
                                        "tls-only",
                                        "GetBucketPolicy",
                                        statements(
                                                "{'Sid':'Logs','Effect':'Allow','Principal':{'Service':'logging.s3.amazonaws.com'},'Action':'s3:PutObject',"
                                                        + "'Resource':'arn:aws:s3:::tls-only/*'}",
                                                deny("TlsOnly", "'*'", "'s3:*'", both("tls-only"), INSECURE))),
                                bucketWith(
                                        "wildcard",
                                        "GetBucketPolicy",
                                        statements(deny(
                                                "",
                                                "{'AWS':['*']}",
                                                "['*']",
                                                "'arn:aws:s3:::wild*'",
                                                "{'BoolIfExists':{'aws:SecureTransport':false}}"))),
                                bucketWith("no-policy", "GetBucketPolicy", absent("NoSuchBucketPolicy")),
                                bucketWith(
                                        "other-deny",
                                        "GetBucketPolicy",
                                        statements(deny(
                                                "NoDelete",
                                                "'*'",
                                                "'s3:DeleteBucket'",
                                                both("other-deny"),
                                                "{'StringNotEquals':{'aws:PrincipalAccount':'1'}}"))),
                                bucketWith(
                                        "objects-only",
                                        "GetBucketPolicy",
                                        statements(deny(
                                                "TlsObjects",
                                                "'*'",
                                                "'s3:*'",
                                                "'arn:aws:s3:::objects-only/*'",
                                                INSECURE))),
                                bucketWith(
                                        "get-only",
                                        "GetBucketPolicy",
                                        statements(
                                                deny("TlsGet", "'*'", "'s3:GetObject'", both("get-only"), INSECURE))),
                                bucketWith(
                                        "allow-on-tls",
                                        "GetBucketPolicy",
                                        statements(
                                                "{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Resource':'arn:aws:s3:::allow-on-tls/*',"
                                                        + "'Condition':{'Bool':{'aws:SecureTransport':'false'}}}")),
                                bucketWith("denied", "GetBucketPolicy", error("AccessDenied")),
                                bucketWith("garbled", "GetBucketPolicy", ok("{'Policy':'{not json'}")),
                                bucketWith("old-locker")))
                .build();

        List<Finding> f = run(new S3BucketPolicyDeniesInsecureTransport(), ev);

        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:s3:::tls-only", CheckStatus.PASS),
                        tuple("arn:aws:s3:::wildcard", CheckStatus.PASS),
                        tuple("arn:aws:s3:::no-policy", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::other-deny", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::objects-only", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::get-only", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::allow-on-tls", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::denied", CheckStatus.GAP),
                        tuple("arn:aws:s3:::garbled", CheckStatus.GAP),
                        tuple("arn:aws:s3:::old-locker", CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .contains(
                        "The policy of bucket tls-only denies every request made without TLS (statement TlsOnly).",
                        "The policy of bucket wildcard denies every request made without TLS (statement 1).",
                        "Bucket no-policy has no bucket policy, so it accepts requests without TLS.",
                        "The policy of bucket other-deny does not deny all requests made without TLS.",
                        "The policy of bucket objects-only does not deny all requests made without TLS: statement TlsObjects "
                                + "covers not the bucket itself.",
                        "The policy of bucket get-only does not deny all requests made without TLS: statement TlsGet covers "
                                + "not every S3 action.",
                        "The policy of bucket denied could not be read (AccessDenied).",
                        "The policy of bucket garbled is not readable JSON.",
                        "The policy of bucket old-locker could not be read (EvidenceMissing).");
        assertThat(f.get(0).region()).isEqualTo("eu-west-1");
    }

    @Test
    void isNotApplicableWithoutBucketsAndAGapWithoutTheList() {
        var none = new LockerFixture(dir).doc("s3.buckets", "global", buckets()).build();
        assertThat(run(new S3BucketPolicyDeniesInsecureTransport(), none))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("s3.buckets", "global", "s3:ListBuckets", "AccessDenied")
                .build();
        assertThat(run(new S3BucketPolicyDeniesInsecureTransport(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
