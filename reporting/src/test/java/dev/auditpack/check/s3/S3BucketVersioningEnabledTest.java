package dev.auditpack.check.s3;

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

class S3BucketVersioningEnabledTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachBucket() {
        String pab = ok(S3Fixtures.BLOCK_ALL);
        String enc = S3Fixtures.sse("AES256");
        var ev = new LockerFixture(dir)
                .doc(
                        "s3.buckets",
                        "global",
                        S3Fixtures.buckets(
                                S3Fixtures.bucket("a-on", pab, enc, ok("{'Status':'Enabled'}")),
                                S3Fixtures.bucket("b-never", pab, enc, ok("{}")),
                                S3Fixtures.bucket("c-suspended", pab, enc, ok("{'Status':'Suspended'}")),
                                S3Fixtures.bucket("d-denied", pab, enc, error("AccessDenied"))))
                .build();
        var f = run(new S3BucketVersioningEnabled(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactlyInAnyOrder(
                        tuple("arn:aws:s3:::a-on", CheckStatus.PASS),
                        tuple("arn:aws:s3:::b-never", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::c-suspended", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::d-denied", CheckStatus.GAP));
        assertThat(f)
                .filteredOn(x -> x.resource().endsWith("c-suspended"))
                .first()
                .extracting(Finding::reason)
                .asString()
                .contains("suspended");
    }

    @Test
    void isNotApplicableWithoutBuckets() {
        assertThat(run(
                        new S3BucketVersioningEnabled(),
                        new LockerFixture(dir)
                                .doc("s3.buckets", "global", S3Fixtures.buckets())
                                .build()))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
    }
}
