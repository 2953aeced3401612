package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Systems Manager's {@code DescribeInstanceInformation} and {@code DescribeInstancePatchStates}, which moto
 * lacks, speaking SSM's real wire protocol as the API reference (2014-11-06) defines it: AWS JSON 1.1,
 * {@code X-Amz-Target: AmazonSSM.<Operation>}, timestamps as epoch-seconds numbers, {@code NextToken}
 * pagination, and errors as {@code {"__type": ..., "message": ...}} with HTTP 400.
 */
public final class SsmStub implements Stub {

    /** A managed node as {@code DescribeInstanceInformation} lists it. */
    public record ManagedInstance(
            String instanceId,
            String pingStatus,
            Instant lastPing,
            String agentVersion,
            String platformType,
            String platformName,
            String platformVersion,
            String resourceType) {
        public ManagedInstance {
            Objects.requireNonNull(instanceId, "instanceId");
            Objects.requireNonNull(pingStatus, "pingStatus");
            Objects.requireNonNull(lastPing, "lastPing");
        }
    }

    /** A node's patch summary as {@code DescribeInstancePatchStates} returns it. */
    public record PatchState(
            String instanceId,
            String patchGroup,
            String baselineId,
            String operation,
            Instant operationStart,
            Instant operationEnd,
            int installed,
            int missing,
            int failed,
            int installedPendingReboot,
            int notApplicable,
            int criticalNonCompliant,
            int securityNonCompliant) {
        public PatchState {
            Objects.requireNonNull(instanceId, "instanceId");
            Objects.requireNonNull(operationStart, "operationStart");
            Objects.requireNonNull(operationEnd, "operationEnd");
        }
    }

    private static final String PREFIX = "AmazonSSM.";
    private static final Map<String, Function<ManagedInstance, String>> FILTERS = Map.of(
            "InstanceIds",
            ManagedInstance::instanceId,
            "PingStatus",
            ManagedInstance::pingStatus,
            "PlatformTypes",
            ManagedInstance::platformType,
            "PlatformType",
            ManagedInstance::platformType,
            "ResourceType",
            ManagedInstance::resourceType,
            "AgentVersion",
            ManagedInstance::agentVersion);

    private final RegionalData<ManagedInstance> instances = new RegionalData<>();
    private final RegionalData<PatchState> patchStates = new RegionalData<>();

    /** Sets the managed nodes {@code DescribeInstanceInformation} lists for this account and region. */
    public SsmStub instances(String account, String region, List<ManagedInstance> nodes) {
        instances.put(account, region, nodes);
        return this;
    }

    /** Sets the patch states {@code DescribeInstancePatchStates} knows for this account and region. */
    public SsmStub patchStates(String account, String region, List<PatchState> states) {
        patchStates.put(account, region, states);
        return this;
    }

    public void clear() {
        instances.clear();
        patchStates.clear();
    }

    @Override
    public boolean answers(GatewayRequest request) {
        String target = request.header("X-Amz-Target");
        return "ssm".equals(request.service()) && (PREFIX + "DescribeInstanceInformation").equals(target)
                || "ssm".equals(request.service()) && (PREFIX + "DescribeInstancePatchStates").equals(target);
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        JsonNode body = StubJson.body(request);
        try {
            return "DescribeInstanceInformation".equals(request.operation())
                    ? describeInstanceInformation(request, body, caller)
                    : describeInstancePatchStates(request, body, caller);
        } catch (Pages.InvalidToken e) {
            return WireProtocol.AWS_JSON.error(request, 400, "InvalidNextToken", "The specified token isn't valid.");
        }
    }

    private GatewayResponse describeInstanceInformation(GatewayRequest request, JsonNode body, Caller caller)
            throws Pages.InvalidToken {
        int max = body.path("MaxResults").asInt(10);
        if (max < 5 || max > 50) {
            return validation(
                    request,
                    "Value '" + max + "' at 'maxResults' failed to satisfy constraint: "
                            + "Member must have value between 5 and 50");
        }
        List<ManagedInstance> matching;
        try {
            matching = filter(instances.get(caller), body.path("Filters"), "Key", "Values");
            matching = filter(matching, body.path("InstanceInformationFilterList"), "key", "valueSet");
        } catch (IllegalArgumentException unsupported) {
            return WireProtocol.AWS_JSON.error(request, 400, "InvalidFilterKey", unsupported.getMessage());
        }
        Pages.Page<ManagedInstance> page = Pages.page(matching, StubJson.text(body, "NextToken"), max);
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("InstanceInformationList");
        for (ManagedInstance i : page.items()) {
            ObjectNode n = list.addObject();
            n.put("InstanceId", i.instanceId());
            n.put("PingStatus", i.pingStatus());
            n.put("LastPingDateTime", StubJson.epochSeconds(i.lastPing()));
            putIfPresent(n, "AgentVersion", i.agentVersion());
            n.put("IsLatestVersion", false);
            putIfPresent(n, "PlatformType", i.platformType());
            putIfPresent(n, "PlatformName", i.platformName());
            putIfPresent(n, "PlatformVersion", i.platformVersion());
            putIfPresent(n, "ResourceType", i.resourceType());
            if ("EC2Instance".equals(i.resourceType())) {
                n.put("SourceId", i.instanceId());
                n.put("SourceType", "AWS::EC2::Instance");
            }
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, WireProtocol.jsonContentType(request), out, Map.of());
    }

    private GatewayResponse describeInstancePatchStates(GatewayRequest request, JsonNode body, Caller caller)
            throws Pages.InvalidToken {
        List<String> ids = StubJson.texts(body, "InstanceIds");
        if (!body.has("InstanceIds")) {
            return validation(
                    request, "Value null at 'instanceIds' failed to satisfy constraint: Member must not be null");
        }
        int max = body.path("MaxResults").asInt(10);
        if (max < 10 || max > 100 || ids.size() > 50) {
            return validation(request, "MaxResults must be between 10 and 100 and InstanceIds at most 50 long");
        }
        List<PatchState> matching = patchStates.get(caller).stream()
                .filter(s -> ids.contains(s.instanceId()))
                .toList();
        Pages.Page<PatchState> page = Pages.page(matching, StubJson.text(body, "NextToken"), max);
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("InstancePatchStates");
        for (PatchState s : page.items()) {
            ObjectNode n = list.addObject();
            n.put("InstanceId", s.instanceId());
            n.put("PatchGroup", s.patchGroup());
            n.put("BaselineId", s.baselineId());
            n.put("OperationStartTime", StubJson.epochSeconds(s.operationStart()));
            n.put("OperationEndTime", StubJson.epochSeconds(s.operationEnd()));
            n.put("Operation", s.operation());
            n.put("InstalledCount", s.installed());
            n.put("InstalledOtherCount", 0);
            n.put("InstalledPendingRebootCount", s.installedPendingReboot());
            n.put("InstalledRejectedCount", 0);
            n.put("MissingCount", s.missing());
            n.put("FailedCount", s.failed());
            n.put("UnreportedNotApplicableCount", 0);
            n.put("NotApplicableCount", s.notApplicable());
            n.put("CriticalNonCompliantCount", s.criticalNonCompliant());
            n.put("SecurityNonCompliantCount", s.securityNonCompliant());
            n.put("OtherNonCompliantCount", 0);
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, WireProtocol.jsonContentType(request), out, Map.of());
    }

    /** Keeps the nodes every filter matches; a key the stub does not know is an IllegalArgumentException. */
    private static List<ManagedInstance> filter(
            List<ManagedInstance> nodes, JsonNode filters, String keyMember, String valuesMember) {
        List<ManagedInstance> kept = nodes;
        for (JsonNode filter : filters) {
            String key = filter.path(keyMember).asText();
            Function<ManagedInstance, String> field = FILTERS.get(key);
            if (field == null) {
                throw new IllegalArgumentException(
                        "Filter key " + key + " is valid in AWS but not supported by the gateway stub");
            }
            List<String> values = StubJson.texts(filter, valuesMember);
            kept = kept.stream().filter(i -> values.contains(field.apply(i))).toList();
        }
        return kept;
    }

    private static GatewayResponse validation(GatewayRequest request, String message) {
        return WireProtocol.AWS_JSON.error(
                request, 400, "ValidationException", "1 validation error detected: " + message);
    }

    private static void putIfPresent(ObjectNode node, String member, String value) {
        if (value != null) {
            node.put(member, value);
        }
    }
}
