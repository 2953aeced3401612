package dev.auditpack.check.s3;

import static dev.auditpack.check.LockerFixture.absent;
import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3BucketPublicAccessBlockedTest {

    @TempDir
    Path dir;

    private static final String ENC = S3Fixtures.sse("AES256");
    private static final String VER = ok("{'Status':'Enabled'}");

    @Test
    void judgesEachBucketWhenTheAccountDoesNotBlock() {
        var ev = new LockerFixture(dir)
                .doc(
                        "s3.account_public_access_block",
                        "global",
                        S3Fixtures.accountBlock(absent("NoSuchPublicAccessBlockConfiguration")))
                .doc(
                        "s3.buckets",
                        "global",
                        S3Fixtures.buckets(
                                S3Fixtures.bucket("closed", ok(S3Fixtures.BLOCK_ALL), ENC, VER),
                                S3Fixtures.bucket("open", absent("NoSuchPublicAccessBlockConfiguration"), ENC, VER),
                                S3Fixtures.bucket("unknown", error("AccessDenied"), ENC, VER)))
                .build();
        assertThat(run(new S3BucketPublicAccessBlocked(), ev))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:s3:::closed", CheckStatus.PASS),
                        tuple("arn:aws:s3:::open", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::unknown", CheckStatus.GAP));
    }

    @Test
    void theAccountBlockCoversEveryBucket() {
        var ev = new LockerFixture(dir)
                .doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(ok(S3Fixtures.BLOCK_ALL)))
                .doc(
                        "s3.buckets",
                        "global",
                        S3Fixtures.buckets(
                                S3Fixtures.bucket("open", absent("NoSuchPublicAccessBlockConfiguration"), ENC, VER)))
                .build();
        var f = run(new S3BucketPublicAccessBlocked(), ev);
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).evidence()).hasSize(2);
        assertThat(f.get(0).region()).isEqualTo("eu-west-1");
    }

    @Test
    void anUnreadableAccountSettingMakesUnblockedBucketsGaps() {
        var ev = new LockerFixture(dir)
                .failed("s3.account_public_access_block", "global", "s3:GetPublicAccessBlock", "AccessDenied")
                .doc(
                        "s3.buckets",
                        "global",
                        S3Fixtures.buckets(
                                S3Fixtures.bucket("open", absent("NoSuchPublicAccessBlockConfiguration"), ENC, VER)))
                .build();
        assertThat(run(new S3BucketPublicAccessBlocked(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void isNotApplicableWithoutBuckets() {
        var ev = new LockerFixture(dir)
                .doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(ok(S3Fixtures.BLOCK_ALL)))
                .doc("s3.buckets", "global", S3Fixtures.buckets())
                .build();
        assertThat(run(new S3BucketPublicAccessBlocked(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
    }
}
