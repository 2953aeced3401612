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

class S3BucketDefaultEncryptionTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachBucket() {
        String pab = ok(S3Fixtures.BLOCK_ALL);
        String ver = ok("{'Status':'Enabled'}");
        var ev = new LockerFixture(dir)
                .doc(
                        "s3.buckets",
                        "global",
                        S3Fixtures.buckets(
                                S3Fixtures.bucket("kms", pab, S3Fixtures.sse("aws:kms"), ver),
                                S3Fixtures.bucket(
                                        "plain", pab, absent("ServerSideEncryptionConfigurationNotFoundError"), ver),
                                S3Fixtures.bucket("denied", pab, error("AccessDenied"), ver)))
                .build();
        var f = run(new S3BucketDefaultEncryption(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactlyInAnyOrder(
                        tuple("arn:aws:s3:::plain", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::denied", CheckStatus.GAP),
                        tuple("arn:aws:s3:::kms", CheckStatus.PASS));
        assertThat(f)
                .filteredOn(x -> x.status() == CheckStatus.PASS)
                .first()
                .extracting(Finding::reason)
                .asString()
                .contains("aws:kms");
    }

    @Test
    void isNotApplicableWithoutBuckets() {
        assertThat(run(
                        new S3BucketDefaultEncryption(),
                        new LockerFixture(dir)
                                .doc("s3.buckets", "global", S3Fixtures.buckets())
                                .build()))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenBucketsCouldNotBeListed(@TempDir Path other) {
        var ev = new LockerFixture(other)
                .failed("s3.buckets", "global", "s3:ListBuckets", "AccessDenied")
                .build();
        assertThat(run(new S3BucketDefaultEncryption(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
