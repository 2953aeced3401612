package dev.auditpack.collector.aws.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.KmsEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyManagerType;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;

/**
 * Every KMS key of a region with its metadata (manager, state, spec, origin) and, for customer managed
 * symmetric encryption keys, whether automatic rotation is on.
 *
 * <p>Shape: {@code data.Keys[]}, each key as ListKeys returned it, sorted by key id, plus {@code calls}
 * with the recorded {@code DescribeKey} result and, only when DescribeKey says {@code KeyManager} is
 * {@code CUSTOMER} and {@code KeySpec} is {@code SYMMETRIC_DEFAULT}, the recorded
 * {@code GetKeyRotationStatus}. AWS managed keys are not asked: AWS rotates them itself and customers
 * cannot change that; asymmetric and HMAC keys cannot rotate automatically.
 */
@AutoService(Collector.class)
public final class KmsKeysCollector implements Collector {

    static final Operation LIST_KEYS = Operation.of("Kms", KmsEvidence.LIST_KEYS);
    static final Operation DESCRIBE_KEY = Operation.of("Kms", KmsEvidence.DESCRIBE_KEY);
    static final Operation GET_KEY_ROTATION_STATUS = Operation.of("Kms", KmsEvidence.GET_KEY_ROTATION_STATUS);

    @Override
    public String id() {
        return KmsEvidence.KEYS;
    }

    @Override
    public String description() {
        return "The region's KMS keys, who manages them, their state, and rotation of customer managed keys.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_KEYS, DESCRIBE_KEY, GET_KEY_ROTATION_STATUS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        KmsClient kms = context.client(KmsClient.class);
        List<KeyListEntry> keys = recorder.require(
                LIST_KEYS,
                () -> kms.listKeysPaginator(r -> {}).keys().stream()
                        .sorted(Comparator.comparing(KeyListEntry::keyId))
                        .toList());
        ArrayNode out = recorder.data().putArray("Keys");
        for (KeyListEntry key : keys) {
            String arn = key.keyArn();
            ObjectNode node = (ObjectNode) SdkJson.toJson(key);
            ObjectNode calls = node.putObject("calls");
            var described = recorder.call(DESCRIBE_KEY, arn, () -> kms.describeKey(r -> r.keyId(arn)));
            EvidenceRecorder.put(calls, DESCRIBE_KEY, described.result());
            if (described.value().map(d -> rotates(d.keyMetadata())).orElse(false)) {
                EvidenceRecorder.put(
                        calls,
                        GET_KEY_ROTATION_STATUS,
                        recorder.call(GET_KEY_ROTATION_STATUS, arn, () -> kms.getKeyRotationStatus(r -> r.keyId(arn)))
                                .result());
            }
            out.add(node);
        }
    }

    /** Only customer managed symmetric encryption keys have a rotation setting a customer controls. */
    private static boolean rotates(KeyMetadata key) {
        return key != null && key.keyManager() == KeyManagerType.CUSTOMER && key.keySpec() == KeySpec.SYMMETRIC_DEFAULT;
    }
}
