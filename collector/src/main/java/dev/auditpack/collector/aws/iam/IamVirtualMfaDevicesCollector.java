package dev.auditpack.collector.aws.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/**
 * Every virtual MFA device of the account, assigned or not, with the user it is assigned to; the root
 * user's device has a serial number ending in {@code :mfa/root-account-mfa-device}.
 *
 * <p>Shape: {@code data.VirtualMFADevices[]}, the devices of every page of ListVirtualMFADevices
 * ({@code AssignmentStatus=Any}), sorted by serial number. The device's secret seed and QR code are never
 * recorded: AWS returns them only when a device is created, and should an endpoint send them here they
 * are dropped.
 */
@AutoService(Collector.class)
public final class IamVirtualMfaDevicesCollector implements Collector {

    static final Operation LIST_VIRTUAL_MFA_DEVICES = Operation.of("Iam", IamEvidence.LIST_VIRTUAL_MFA_DEVICES);

    @Override
    public String id() {
        return IamEvidence.VIRTUAL_MFA_DEVICES;
    }

    @Override
    public String description() {
        return "The account's virtual MFA devices and whom each is assigned to, including the root user's.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.ACCOUNT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_VIRTUAL_MFA_DEVICES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        IamClient iam = context.client(IamClient.class);
        List<VirtualMFADevice> devices = recorder.require(
                LIST_VIRTUAL_MFA_DEVICES,
                () -> iam
                        .listVirtualMFADevicesPaginator(r -> r.assignmentStatus(AssignmentStatusType.ANY))
                        .virtualMFADevices()
                        .stream()
                        .sorted(Comparator.comparing(VirtualMFADevice::serialNumber))
                        .toList());
        ArrayNode out = recorder.data().putArray("VirtualMFADevices");
        for (VirtualMFADevice device : devices) {
            ObjectNode node = (ObjectNode) SdkJson.toJson(device);
            node.remove(List.of("Base32StringSeed", "QRCodePNG"));
            out.add(node);
        }
    }
}
