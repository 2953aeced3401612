package dev.auditpack.check.s3;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.s3.S3Fixtures.bucketWith;
import static dev.auditpack.check.s3.S3Fixtures.buckets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3BucketAccessLoggingEnabledTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachBucketsAccessLogging() {
        var ev = new LockerFixture(dir)
                .doc(
                        "s3.buckets",
                        "global",
                        buckets(
                                bucketWith(
                                        "logged",
                                        "GetBucketLogging",
                                        ok("{'LoggingEnabled':{'TargetBucket':'acme-logs','TargetPrefix':'logged/'}}")),
                                bucketWith("silent", "GetBucketLogging", ok("{}")),
                                bucketWith("denied", "GetBucketLogging", error("AccessDenied")),
                                bucketWith("old-locker")))
                .build();
        List<Finding> f = run(new S3BucketAccessLoggingEnabled(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:s3:::logged", CheckStatus.PASS),
                        tuple("arn:aws:s3:::silent", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::denied", CheckStatus.GAP),
                        tuple("arn:aws:s3:::old-locker", CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Bucket logged logs access requests to bucket acme-logs.",
                        "Bucket silent does not log access requests.",
                        "The access logging of bucket denied could not be read (AccessDenied).",
                        "The access logging of bucket old-locker could not be read (EvidenceMissing).");
        assertThat(f.get(0).region()).isEqualTo("eu-west-1");
    }

    @Test
    void isNotApplicableWithoutBucketsAndAGapWithoutTheList() {
        var none = new LockerFixture(dir).doc("s3.buckets", "global", buckets()).build();
        assertThat(run(new S3BucketAccessLoggingEnabled(), none))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("s3.buckets", "global", "s3:ListBuckets", "AccessDenied")
                .build();
        assertThat(run(new S3BucketAccessLoggingEnabled(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
