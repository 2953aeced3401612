package dev.auditpack.check.s3;

import static dev.auditpack.check.LockerFixture.absent;
import static dev.auditpack.check.LockerFixture.ok;

/** Evidence shapes of the S3 collectors for tests. */
final class S3Fixtures {
    private S3Fixtures() {}

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

    /** A bucket in eu-west-1 with the given calls, each as its name and then its recorded result. */
    static String bucketWith(String name, String... calls) {
        StringBuilder b = new StringBuilder("{'Name':'" + name + "','CreationDate':'2025-01-01T00:00:00Z','calls':{"
                + "'GetBucketLocation':" + ok("{'LocationConstraint':'eu-west-1'}"));
        for (int i = 0; i < calls.length; i += 2) {
            b.append(",'").append(calls[i]).append("':").append(calls[i + 1]);
        }
        return b.append("}}").toString();
    }

    /** GetBucketPolicy's answer for a policy written with single quotes. */
    static String policy(String json) {
        return ok("{'Policy':'" + json.replace("'", "\\'") + "'}");
    }

    static String buckets(String... buckets) {
        return "{'Buckets':[" + String.join(",", buckets) + "]}";
    }

    static String sse(String algorithm) {
        return ok(
                "{'ServerSideEncryptionConfiguration':{'Rules':[{'ApplyServerSideEncryptionByDefault':{'SSEAlgorithm':'"
                        + algorithm + "'},'BucketKeyEnabled':true}]}}");
    }
}
