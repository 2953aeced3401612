package dev.auditpack.collector;

/** Which AWS partition a region belongs to, and where that partition's global services answer. */
public final class Partitions {
    private Partitions() {}

    /** The region that serves global services (IAM, Artifact, account-level S3) for the region's partition. */
    public static String globalRegion(String region) {
        if (region.startsWith("us-gov-")) {
            return "us-gov-west-1";
        }
        if (region.startsWith("cn-")) {
            return "cn-northwest-1";
        }
        if (region.startsWith("us-iso-")) {
            return "us-iso-east-1";
        }
        if (region.startsWith("us-isob-")) {
            return "us-isob-east-1";
        }
        return "us-east-1";
    }
}
