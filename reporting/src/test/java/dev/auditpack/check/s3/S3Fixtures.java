package dev.auditpack.check.s3;

import static dev.auditpack.check.LockerFixture.absent;
import static dev.auditpack.check.LockerFixture.ok;

/** Evidence shapes of the S3 collectors for tests. */
final class S3Fixtures {
    private S3Fixtures() {
    }

    static final String BLOCK_ALL = "{'PublicAccessBlockConfiguration':{'BlockPublicAcls':true,'IgnorePublicAcls':true,"
            + "'BlockPublicPolicy':true,'RestrictPublicBuckets':true}}";

    static String accountBlock(String result) {
        return "{'GetPublicAccessBlock':" + result + "}";
    }

    /** A bucket whose calls are given as {@code name=result} pairs; location is eu-west-1. */
    static String bucket(String name, String pab, String encryption, String versioning) {
        return "{'Name':'" + name + "','CreationDate':'2025-01-01T00:00:00Z','calls':{"
                + "'GetBucketLocation':" + ok("{'LocationConstraint':'eu-west-1'}") + ","
                + "'GetPublicAccessBlock':" + pab + ","
                + "'GetBucketPolicyStatus':" + absent("NoSuchBucketPolicy") + ","
                + "'GetBucketEncryption':" + encryption + ","
                + "'GetBucketVersioning':" + versioning + "}}";
    }

    static String buckets(String... buckets) {
        return "{'Buckets':[" + String.join(",", buckets) + "]}";
    }

    static String sse(String algorithm) {
        return ok("{'ServerSideEncryptionConfiguration':{'Rules':[{'ApplyServerSideEncryptionByDefault':{'SSEAlgorithm':'"
                + algorithm + "'},'BucketKeyEnabled':true}]}}");
    }
}
