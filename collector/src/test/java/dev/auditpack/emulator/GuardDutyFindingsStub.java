package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GuardDuty's {@code ListFindings} and {@code GetFindings}, which moto lacks, speaking GuardDuty's real wire
 * protocol as the API reference (2017-11-28) defines it: REST-JSON signed as {@code guardduty},
 * {@code POST /detector/{detectorId}/findings} with a body of {@code findingCriteria.criterion} (the stub applies
 * {@code updatedAt} and {@code createdAt} with {@code greaterThanOrEqual}/{@code lessThan} epoch milliseconds and
 * {@code service.archived} with {@code equals}), {@code maxResults} (at most 50) and {@code nextToken}, answering
 * {@code findingIds}; and {@code POST /detector/{detectorId}/findings/get} with {@code findingIds} (at most 50),
 * answering {@code findings} with camel-case members and ISO 8601 {@code createdAt}/{@code updatedAt} strings.
 * Errors carry {@code x-amzn-ErrorType} and a {@code {"message", "__type"}} body: {@code BadRequestException} for a
 * detector moto does not know (the stub asks moto's {@code GetDetector} under the caller's credential headers),
 * and {@code AccessDeniedException} (HTTP 403) in a region it is told to deny.
 */
public final class GuardDutyFindingsStub implements Stub {

    /** A finding: {@code resourceType} e.g. {@code Instance} or {@code AccessKey}, with the id it is known by. */
    public record Finding(
            String id,
            String type,
            double severity,
            Instant createdAt,
            Instant updatedAt,
            boolean archived,
            String resourceType,
            String instanceId,
            int count) {
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }

    private static final Pattern LIST = Pattern.compile("/detector/([^/]+)/findings");
    private static final Pattern GET = Pattern.compile("/detector/([^/]+)/findings/get");

    private final RegionalData<Finding> findings = new RegionalData<>();
    private final Upstream upstream;
    private final URI moto;
    private final java.util.Set<String> denied = java.util.concurrent.ConcurrentHashMap.newKeySet();

    GuardDutyFindingsStub(Upstream upstream, URI moto) {
        this.upstream = upstream;
        this.moto = moto;
    }

    /** Sets the findings of this account's detectors in this region (each detector of the region has them all). */
    public GuardDutyFindingsStub findings(String account, String region, List<Finding> list) {
        findings.put(account, region, list);
        return this;
    }

    /** Answers every later call in this region with {@code AccessDeniedException}, as a denying policy would. */
    public GuardDutyFindingsStub deny(String region) {
        denied.add(region);
        return this;
    }

    public void clear() {
        findings.clear();
        denied.clear();
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "guardduty".equals(request.service())
                && "POST".equals(request.method())
                && (LIST.matcher(request.rawPath()).matches()
                        || GET.matcher(request.rawPath()).matches());
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        if (denied.contains(caller.region())) {
            return error(request, 403, "AccessDeniedException", "User is not authorized to perform this action");
        }
        Matcher path = GET.matcher(request.rawPath());
        boolean get = path.matches();
        if (!get) {
            path = LIST.matcher(request.rawPath());
            path.matches();
        }
        String detector = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
        if (!detectorExists(request, detector)) {
            return error(
                    request,
                    400,
                    "BadRequestException",
                    "The request is rejected because the input detectorId is not owned by the current account.");
        }
        JsonNode body = StubJson.body(request);
        return get ? getFindings(request, caller, body) : listFindings(request, caller, body);
    }

    private GatewayResponse listFindings(GatewayRequest request, Caller caller, JsonNode body) {
        int max = body.path("maxResults").asInt(50);
        if (max < 1 || max > 50) {
            return error(request, 400, "BadRequestException", "maxResults must be between 1 and 50");
        }
        JsonNode criterion = body.path("findingCriteria").path("criterion");
        List<Finding> matching = new ArrayList<>();
        for (Finding f : findings.get(caller)) {
            if (within(criterion.path("updatedAt"), f.updatedAt())
                    && within(criterion.path("createdAt"), f.createdAt())
                    && archived(criterion.path("service.archived"), f.archived())) {
                matching.add(f);
            }
        }
        Pages.Page<Finding> page;
        try {
            page = Pages.page(matching, body.path("nextToken").asText(null), max);
        } catch (Pages.InvalidToken e) {
            return error(request, 400, "BadRequestException", "The provided nextToken is not valid.");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode ids = out.putArray("findingIds");
        page.items().forEach(f -> ids.add(f.id()));
        out.put("nextToken", page.nextToken().orElse(""));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private GatewayResponse getFindings(GatewayRequest request, Caller caller, JsonNode body) {
        List<String> ids = StubJson.texts(body, "findingIds");
        if (ids.isEmpty() || ids.size() > 50) {
            return error(request, 400, "BadRequestException", "findingIds must hold 1 to 50 ids");
        }
        Map<String, Finding> byId = new TreeMap<>();
        findings.get(caller).forEach(f -> byId.put(f.id(), f));
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("findings");
        for (String id : ids) {
            Finding f = byId.get(id);
            if (f == null) {
                continue; // GuardDuty leaves out ids it does not know
            }
            ObjectNode n = list.addObject();
            n.put("accountId", caller.account());
            n.put(
                    "arn",
                    "arn:aws:guardduty:" + caller.region() + ":" + caller.account() + ":detector/finding/" + f.id());
            n.put("id", f.id());
            n.put("partition", "aws");
            n.put("region", caller.region());
            n.put("schemaVersion", "2.0");
            n.put("type", f.type());
            n.put("title", f.type() + " on " + f.instanceId());
            n.put("severity", f.severity());
            n.put("createdAt", f.createdAt().toString());
            n.put("updatedAt", f.updatedAt().toString());
            ObjectNode resource = n.putObject("resource").put("resourceType", f.resourceType());
            if (f.instanceId() != null) {
                resource.putObject("instanceDetails").put("instanceId", f.instanceId());
            }
            n.putObject("service")
                    .put("archived", f.archived())
                    .put("count", f.count())
                    .put("serviceName", "guardduty")
                    .put("eventFirstSeen", f.createdAt().toString())
                    .put("eventLastSeen", f.updatedAt().toString());
        }
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private static boolean within(JsonNode condition, Instant at) {
        if (condition.isMissingNode()) {
            return true;
        }
        long millis = at.toEpochMilli();
        JsonNode from = condition.path("greaterThanOrEqual");
        JsonNode before = condition.path("lessThan");
        return (from.isMissingNode() || millis >= from.asLong())
                && (before.isMissingNode() || millis < before.asLong());
    }

    private static boolean archived(JsonNode condition, boolean archived) {
        List<String> values = StubJson.texts(condition, "equals");
        return condition.isMissingNode() || values.isEmpty() || values.contains(String.valueOf(archived));
    }

    /** Asks moto's {@code GetDetector} ({@code GET /detector/{id}}) under the caller's own credential headers. */
    private boolean detectorExists(GatewayRequest request, String detectorId) throws IOException {
        String path = "/detector/" + URLEncoder.encode(detectorId, StandardCharsets.UTF_8);
        return upstream.send(moto, request.getWithCallersCredentials(path)).status() == 200;
    }

    private static GatewayResponse error(GatewayRequest request, int status, String type, String message) {
        return WireProtocol.REST_JSON.error(request, status, type, message);
    }
}
