package dev.auditpack.collector.aws.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.MFADevice;
import software.amazon.awssdk.services.iam.model.User;

/**
 * Every IAM user with its MFA devices, its access keys and when each key was last used, and whether it has
 * a console password (a login profile; "none" is recorded as ABSENT {@code NoSuchEntity}). No secret is
 * read: ListAccessKeys returns key ids and status only.
 *
 * <p>Shape: {@code data.Users[]}, each user as ListUsers returned it plus {@code calls} with the recorded
 * {@code ListMFADevices}, {@code ListAccessKeys} and {@code GetLoginProfile} results. Each key in a
 * successful {@code ListAccessKeys} response carries its own {@code calls.GetAccessKeyLastUsed}. Users are
 * sorted by name, MFA devices by serial number, keys by id.
 */
@AutoService(Collector.class)
public final class IamUsersCollector implements Collector {

    static final Operation LIST_USERS = Operation.of("Iam", IamEvidence.LIST_USERS);
    static final Operation LIST_MFA_DEVICES = Operation.of("Iam", IamEvidence.LIST_MFA_DEVICES);
    static final Operation LIST_ACCESS_KEYS = Operation.of("Iam", IamEvidence.LIST_ACCESS_KEYS);
    static final Operation GET_ACCESS_KEY_LAST_USED = Operation.of("Iam", IamEvidence.GET_ACCESS_KEY_LAST_USED);
    static final Operation GET_LOGIN_PROFILE = Operation.of("Iam", IamEvidence.GET_LOGIN_PROFILE);

    @Override
    public String id() {
        return IamEvidence.USERS;
    }

    @Override
    public String description() {
        return "Each IAM user's MFA devices, access keys with their last use, and console password.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_USERS, LIST_MFA_DEVICES, LIST_ACCESS_KEYS, GET_ACCESS_KEY_LAST_USED, GET_LOGIN_PROFILE);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        IamClient iam = context.client(IamClient.class);
        List<User> users = recorder.require(
                LIST_USERS,
                () -> iam.listUsersPaginator(r -> {}).users().stream()
                        .sorted(Comparator.comparing(User::userName))
                        .toList());
        ArrayNode out = recorder.data().putArray("Users");
        for (User user : users) {
            String name = user.userName();
            String arn = user.arn();
            ObjectNode node = (ObjectNode) SdkJson.toJson(user);
            ObjectNode calls = node.putObject("calls");
            EvidenceRecorder.put(
                    calls,
                    LIST_MFA_DEVICES,
                    recorder.call(
                                    LIST_MFA_DEVICES,
                                    arn,
                                    () -> iam.listMFADevicesPaginator(r -> r.userName(name)).mfaDevices().stream()
                                            .sorted(Comparator.comparing(MFADevice::serialNumber))
                                            .toList())
                            .result());
            Recorded<List<AccessKeyMetadata>> keys = recorder.call(
                    LIST_ACCESS_KEYS,
                    arn,
                    () -> iam.listAccessKeysPaginator(r -> r.userName(name)).accessKeyMetadata().stream()
                            .sorted(Comparator.comparing(AccessKeyMetadata::accessKeyId))
                            .toList());
            EvidenceRecorder.put(
                    calls,
                    LIST_ACCESS_KEYS,
                    keys.value()
                            .map(list -> OperationResult.ok(withLastUse(iam, recorder, list)))
                            .orElse(keys.result()));
            EvidenceRecorder.put(
                    calls,
                    GET_LOGIN_PROFILE,
                    recorder.call(
                                    GET_LOGIN_PROFILE,
                                    arn,
                                    () -> iam.getLoginProfile(r -> r.userName(name)),
                                    "NoSuchEntity")
                            .result());
            out.add(node);
        }
    }

    /** The keys as listed, each with {@code calls.GetAccessKeyLastUsed}. */
    private static ArrayNode withLastUse(IamClient iam, EvidenceRecorder recorder, List<AccessKeyMetadata> keys) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (AccessKeyMetadata key : keys) {
            ObjectNode node = (ObjectNode) SdkJson.toJson(key);
            String id = key.accessKeyId();
            EvidenceRecorder.put(
                    node.putObject("calls"),
                    GET_ACCESS_KEY_LAST_USED,
                    recorder.call(GET_ACCESS_KEY_LAST_USED, id, () -> iam.getAccessKeyLastUsed(r -> r.accessKeyId(id)))
                            .result());
            out.add(node);
        }
        return out;
    }
}
