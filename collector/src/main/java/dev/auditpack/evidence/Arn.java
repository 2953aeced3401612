package dev.auditpack.evidence;

import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Amazon Resource Names, in the partition their region belongs to ({@code aws}, {@code aws-cn},
 * {@code aws-us-gov}, …) as the AWS SDK's partition metadata says. Collectors and checks build every ARN they
 * write here, so evidence from China or GovCloud never names a resource in the commercial partition. Only the
 * SDK's region metadata is used, no service client.
 */
public final class Arn {

    /** The partition of commercial regions, used when a locker names no region to tell otherwise. */
    public static final String COMMERCIAL = "aws";

    private Arn() {}

    /** The partition a region belongs to, e.g. {@code aws-cn} for {@code cn-north-1}. */
    public static String partitionOf(String region) {
        Objects.requireNonNull(region, "region");
        if (region.isEmpty() || Target.GLOBAL.equals(region)) {
            return COMMERCIAL;
        }
        return PartitionMetadata.of(Region.of(region)).id();
    }

    /**
     * The partition of an account collected in {@code regions}: an account lives in one partition, so the
     * first region tells; {@link #COMMERCIAL} when there is none.
     */
    public static String partitionOf(List<String> regions) {
        return regions.stream()
                .filter(r -> !Target.GLOBAL.equals(r))
                .findFirst()
                .map(Arn::partitionOf)
                .orElse(COMMERCIAL);
    }

    /** A regional resource, e.g. {@code arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1}. */
    public static String regional(String service, String region, String account, String resource) {
        return of(partitionOf(region), service, region, account, resource);
    }

    /** A resource with no region, e.g. {@code arn:aws-cn:iam::111122223333:root}. */
    public static String global(String partition, String service, String account, String resource) {
        return of(partition, service, "", account, resource);
    }

    /** An S3 bucket, e.g. {@code arn:aws:s3:::my-bucket}. */
    public static String bucket(String partition, String name) {
        return of(partition, "s3", "", "", name);
    }

    /** The root user of an account, the resource of findings about the whole account. */
    public static String accountRoot(String partition, String account) {
        return global(partition, "iam", account, "root");
    }

    /**
     * An ARN from its parts; {@code region} and {@code account} are empty where the resource has none.
     *
     * @param partition e.g. {@code aws}; see {@link #partitionOf(String)}
     * @param resource  e.g. {@code role/auditor}
     */
    public static String of(String partition, String service, String region, String account, String resource) {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        if (partition.isEmpty() || service.isEmpty()) {
            throw new IllegalArgumentException("an ARN needs a partition and a service");
        }
        return "arn:" + partition + ":" + service + ":" + Objects.requireNonNull(region, "region") + ":"
                + Objects.requireNonNull(account, "account") + ":" + Objects.requireNonNull(resource, "resource");
    }
}
