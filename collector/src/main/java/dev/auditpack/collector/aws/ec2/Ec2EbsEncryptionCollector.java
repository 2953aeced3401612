package dev.auditpack.collector.aws.ec2;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.Ec2Evidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * Whether a region encrypts new EBS volumes by default and with which KMS key, and every EBS volume of the
 * region with its encryption, key, attachments and state.
 *
 * <p>Shape: {@code data.GetEbsEncryptionByDefault} and {@code data.GetEbsDefaultKmsKeyId}, recorded
 * results, and {@code data.Volumes[]}, the volumes of every page of DescribeVolumes as returned, sorted by
 * volume id. The default-key call failing is recorded in the file and does not stop the rest.
 */
@AutoService(Collector.class)
public final class Ec2EbsEncryptionCollector implements Collector {

    static final Operation GET_EBS_ENCRYPTION_BY_DEFAULT =
            Operation.of("Ec2", Ec2Evidence.GET_EBS_ENCRYPTION_BY_DEFAULT);
    static final Operation GET_EBS_DEFAULT_KMS_KEY_ID = Operation.of("Ec2", Ec2Evidence.GET_EBS_DEFAULT_KMS_KEY_ID);
    static final Operation DESCRIBE_VOLUMES = Operation.of("Ec2", Ec2Evidence.DESCRIBE_VOLUMES);

    @Override
    public String id() {
        return Ec2Evidence.EBS_ENCRYPTION;
    }

    @Override
    public String description() {
        return "The region's EBS encryption-by-default setting and default key, and each volume's encryption.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET_EBS_ENCRYPTION_BY_DEFAULT, GET_EBS_DEFAULT_KMS_KEY_ID, DESCRIBE_VOLUMES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        Ec2Client ec2 = context.client(Ec2Client.class);
        var byDefault = recorder.require(GET_EBS_ENCRYPTION_BY_DEFAULT, () -> ec2.getEbsEncryptionByDefault(r -> {}));
        List<Volume> volumes = recorder.require(
                DESCRIBE_VOLUMES,
                () -> ec2.describeVolumesPaginator(r -> {}).volumes().stream()
                        .sorted(Comparator.comparing(Volume::volumeId))
                        .toList());
        EvidenceRecorder.put(
                recorder.data(), GET_EBS_ENCRYPTION_BY_DEFAULT, OperationResult.ok(SdkJson.toJson(byDefault)));
        EvidenceRecorder.put(
                recorder.data(),
                GET_EBS_DEFAULT_KMS_KEY_ID,
                recorder.call(GET_EBS_DEFAULT_KMS_KEY_ID, null, () -> ec2.getEbsDefaultKmsKeyId(r -> {}))
                        .result());
        recorder.data().set("Volumes", SdkJson.toJson(volumes));
    }
}
