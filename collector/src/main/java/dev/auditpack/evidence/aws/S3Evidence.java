package dev.auditpack.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * S3 evidence: the account-level Block Public Access settings, and every bucket with its region and the answer
 * of each per-bucket call. The collector writes it and the checks read it through this class, so the
 * rule that turns a bucket's location into a region is written once.
 */
public final class S3Evidence {

    /** Collector id of each bucket with its settings, recorded once per account under region {@code global}. */
    public static final String BUCKETS = "s3.buckets";
    /** Collector id of the account-wide Block Public Access settings. */
    public static final String ACCOUNT_PUBLIC_ACCESS_BLOCK = "s3.account_public_access_block";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_BUCKETS = "ListBuckets";

    public static final String GET_BUCKET_LOCATION = "GetBucketLocation";
    /** Asked of S3 for one bucket and of S3 Control for the account; both are recorded under this name. */
    public static final String GET_PUBLIC_ACCESS_BLOCK = "GetPublicAccessBlock";

    public static final String GET_BUCKET_POLICY_STATUS = "GetBucketPolicyStatus";
    public static final String GET_BUCKET_ENCRYPTION = "GetBucketEncryption";
    public static final String GET_BUCKET_VERSIONING = "GetBucketVersioning";
    public static final String GET_BUCKET_POLICY = "GetBucketPolicy";
    public static final String GET_BUCKET_LOGGING = "GetBucketLogging";
    public static final String GET_OBJECT_LOCK_CONFIGURATION = "GetObjectLockConfiguration";

    /** The region of a bucket whose location could not be read. */
    public static final String UNKNOWN_REGION = "unknown";

    private S3Evidence() {}

    /**
     * One bucket as the evidence records it.
     *
     * @param region the bucket's region, or {@link #UNKNOWN_REGION} when GetBucketLocation failed
     * @param arn    the bucket's ARN in the account's partition
     * @param calls  the recorded answer of each per-bucket call, by operation name
     */
    public record Bucket(String name, String region, String arn, JsonNode calls) {
        public Bucket {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(calls, "calls");
        }

        /** The recorded answer of one per-bucket call, e.g. {@link #GET_BUCKET_POLICY}. */
        public OperationResult call(String operation) {
            return OperationResult.from(calls.get(operation));
        }
    }

    /**
     * The region of a bucket from its location constraint: S3 reports {@code us-east-1} as no constraint and
     * {@code eu-west-1} as the legacy {@code EU}.
     */
    public static String regionOf(String locationConstraint) {
        if (locationConstraint == null || locationConstraint.isEmpty()) {
            return "us-east-1";
        }
        return "EU".equals(locationConstraint) ? "eu-west-1" : locationConstraint;
    }

    /** The buckets of an {@link #BUCKETS} document, in the order recorded (by name). */
    public static List<Bucket> buckets(EvidenceDocument doc, String partition) {
        List<Bucket> out = new ArrayList<>();
        for (JsonNode b : doc.data().path("Buckets")) {
            JsonNode calls = b.path("calls");
            OperationResult location = OperationResult.from(calls.get(GET_BUCKET_LOCATION));
            String region = location.isOk()
                    ? regionOf(location.response().path("LocationConstraint").asText(""))
                    : UNKNOWN_REGION;
            String name = b.path("Name").asText();
            out.add(new Bucket(name, region, Arn.bucket(partition, name), calls));
        }
        return out;
    }
}
