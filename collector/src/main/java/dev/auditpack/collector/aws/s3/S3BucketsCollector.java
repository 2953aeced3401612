package dev.auditpack.collector.aws.s3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.S3Evidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;

/**
 * Every bucket of the account with its region, Block Public Access settings, policy and policy status,
 * default encryption, versioning, access logging and Object Lock. Answers that mean "not configured" are
 * recorded as ABSENT.
 *
 * <p>Shape: {@code data.Buckets[]}, each bucket as ListBuckets returned it plus {@code calls}, an object
 * with one recorded result per per-bucket operation.
 */
@AutoService(Collector.class)
public final class S3BucketsCollector implements Collector {

    static final Operation LIST_BUCKETS = new Operation("S3", S3Evidence.LIST_BUCKETS, "s3:ListAllMyBuckets");
    static final Operation GET_LOCATION = Operation.of("S3", S3Evidence.GET_BUCKET_LOCATION);
    static final Operation GET_PUBLIC_ACCESS_BLOCK =
            new Operation("S3", S3Evidence.GET_PUBLIC_ACCESS_BLOCK, "s3:GetBucketPublicAccessBlock");
    static final Operation GET_POLICY_STATUS = Operation.of("S3", S3Evidence.GET_BUCKET_POLICY_STATUS);
    static final Operation GET_ENCRYPTION =
            new Operation("S3", S3Evidence.GET_BUCKET_ENCRYPTION, "s3:GetEncryptionConfiguration");
    static final Operation GET_VERSIONING = Operation.of("S3", S3Evidence.GET_BUCKET_VERSIONING);
    static final Operation GET_POLICY = Operation.of("S3", S3Evidence.GET_BUCKET_POLICY);
    static final Operation GET_LOGGING = Operation.of("S3", S3Evidence.GET_BUCKET_LOGGING);
    static final Operation GET_OBJECT_LOCK =
            new Operation("S3", S3Evidence.GET_OBJECT_LOCK_CONFIGURATION, "s3:GetBucketObjectLockConfiguration");

    @Override
    public String id() {
        return S3Evidence.BUCKETS;
    }

    @Override
    public String description() {
        return "Each S3 bucket's region, public access, policy, encryption, versioning, logging and Object Lock.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                LIST_BUCKETS,
                GET_LOCATION,
                GET_PUBLIC_ACCESS_BLOCK,
                GET_POLICY_STATUS,
                GET_ENCRYPTION,
                GET_VERSIONING,
                GET_POLICY,
                GET_LOGGING,
                GET_OBJECT_LOCK);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        S3Client global = context.client(S3Client.class);
        List<Bucket> buckets = recorder.require(
                LIST_BUCKETS,
                () -> global.listBucketsPaginator(r -> {}).buckets().stream()
                        .sorted(Comparator.comparing(Bucket::name))
                        .toList());
        String partition = Arn.partitionOf(context.globalRegion());
        ArrayNode out = recorder.data().putArray("Buckets");
        for (Bucket bucket : buckets) {
            String name = bucket.name();
            String arn = Arn.bucket(partition, name);
            ObjectNode node = (ObjectNode) SdkJson.toJson(bucket);
            ObjectNode calls = node.putObject("calls");
            var location = recorder.call(GET_LOCATION, arn, () -> global.getBucketLocation(r -> r.bucket(name)));
            EvidenceRecorder.put(calls, GET_LOCATION, location.result());
            String region = location.value().map(S3BucketsCollector::regionOf).orElse(context.globalRegion());
            S3Client s3 = context.client(S3Client.class, region);
            EvidenceRecorder.put(
                    calls,
                    GET_PUBLIC_ACCESS_BLOCK,
                    recorder.call(
                                    GET_PUBLIC_ACCESS_BLOCK,
                                    arn,
                                    () -> s3.getPublicAccessBlock(r -> r.bucket(name)),
                                    "NoSuchPublicAccessBlockConfiguration")
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_POLICY_STATUS,
                    recorder.call(
                                    GET_POLICY_STATUS,
                                    arn,
                                    () -> s3.getBucketPolicyStatus(r -> r.bucket(name)),
                                    "NoSuchBucketPolicy")
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_ENCRYPTION,
                    recorder.call(
                                    GET_ENCRYPTION,
                                    arn,
                                    () -> s3.getBucketEncryption(r -> r.bucket(name)),
                                    "ServerSideEncryptionConfigurationNotFoundError")
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_VERSIONING,
                    recorder.call(GET_VERSIONING, arn, () -> s3.getBucketVersioning(r -> r.bucket(name)))
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_POLICY,
                    recorder.call(GET_POLICY, arn, () -> s3.getBucketPolicy(r -> r.bucket(name)), "NoSuchBucketPolicy")
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_LOGGING,
                    recorder.call(GET_LOGGING, arn, () -> s3.getBucketLogging(r -> r.bucket(name)))
                            .result());
            EvidenceRecorder.put(
                    calls,
                    GET_OBJECT_LOCK,
                    recorder.call(
                                    GET_OBJECT_LOCK,
                                    arn,
                                    () -> s3.getObjectLockConfiguration(r -> r.bucket(name)),
                                    "ObjectLockConfigurationNotFoundError")
                            .result());
            out.add(node);
        }
    }

    /** The bucket's region, by the rule the checks read it with. */
    static String regionOf(GetBucketLocationResponse location) {
        return S3Evidence.regionOf(location.locationConstraintAsString());
    }
}
