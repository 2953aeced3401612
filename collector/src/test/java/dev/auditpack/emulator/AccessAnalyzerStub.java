package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM Access Analyzer's {@code ListAnalyzers} and {@code ListFindings}, which moto lacks (it has no Access
 * Analyzer at all), speaking the service's real wire protocol as the API reference (2019-11-01) defines it:
 * REST-JSON signed as {@code access-analyzer}, {@code GET /analyzer?type=&maxResults=&nextToken=} and
 * {@code POST /finding} with {@code analyzerArn}, {@code filter} (criteria by key: {@code eq}, {@code neq},
 * {@code exists}; the stub filters on {@code status}, {@code resourceType} and {@code isPublic}),
 * {@code maxResults} and {@code nextToken} in the body, ISO-8601 timestamps, and errors with the type in
 * {@code x-amzn-ErrorType} and a {@code {"message": ...}} body ({@code ResourceNotFoundException}, 404, for
 * an analyzer that does not exist). Other Access Analyzer operations go to moto, which answers them with
 * HTTP 500.
 */
public final class AccessAnalyzerStub implements Stub {

    /**
     * An analyzer in the caller's account and region.
     *
     * @param type ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS, ORGANIZATION_UNUSED_ACCESS, ...
     * @param status ACTIVE, CREATING, DISABLED or FAILED
     */
    public record Analyzer(String name, String type, String status, Instant createdAt) {
        public Analyzer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * A finding of an external-access analyzer: a resource a principal outside the zone of trust can reach.
     *
     * @param principal the outside principal as AWS gives it, e.g. {@code {"AWS": "444455556666"}} or {@code {"AWS": "*"}}
     * @param status    ACTIVE, ARCHIVED or RESOLVED
     */
    public record Finding(
            String id,
            String resource,
            String resourceType,
            Map<String, String> principal,
            List<String> actions,
            boolean isPublic,
            String status,
            Instant createdAt) {
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(resourceType, "resourceType");
            principal = Map.copyOf(principal);
            actions = List.copyOf(actions);
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    private static final Set<String> TYPES = Set.of(
            "ACCOUNT",
            "ORGANIZATION",
            "ACCOUNT_UNUSED_ACCESS",
            "ORGANIZATION_UNUSED_ACCESS",
            "ACCOUNT_INTERNAL_ACCESS",
            "ORGANIZATION_INTERNAL_ACCESS");

    private final RegionalData<Analyzer> analyzers = new RegionalData<>();
    private final Map<String, List<Finding>> findings = new ConcurrentHashMap<>();

    /** Sets the analyzers of this account in this region. */
    public AccessAnalyzerStub analyzers(String account, String region, List<Analyzer> list) {
        analyzers.put(account, region, list);
        return this;
    }

    /** Sets the findings, of every status, of the named analyzer of this account in this region. */
    public AccessAnalyzerStub findings(String account, String region, String analyzer, List<Finding> list) {
        findings.put(arn(new Caller(account, region), analyzer), List.copyOf(list));
        return this;
    }

    public void clear() {
        analyzers.clear();
        findings.clear();
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "access-analyzer".equals(request.service())
                && ("GET".equals(request.method()) && "/analyzer".equals(request.rawPath())
                        || "POST".equals(request.method()) && "/finding".equals(request.rawPath()));
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        return "/finding".equals(request.rawPath()) ? listFindings(request, caller) : listAnalyzers(request, caller);
    }

    private GatewayResponse listFindings(GatewayRequest request, Caller caller) throws IOException {
        JsonNode body = StubJson.body(request);
        String analyzerArn = StubJson.text(body, "analyzerArn");
        if (analyzerArn == null) {
            return validation("analyzerArn is required");
        }
        boolean exists = analyzers.get(caller).stream()
                .anyMatch(a -> arn(caller, a.name()).equals(analyzerArn));
        if (!exists) {
            ObjectNode error = GatewayResponse.JSON
                    .createObjectNode()
                    .put("message", "Analyzer not found")
                    .put("resourceId", analyzerArn)
                    .put("resourceType", "Analyzer");
            return GatewayResponse.json(
                    404, "application/json", error, Map.of("x-amzn-ErrorType", "ResourceNotFoundException"));
        }
        int max = body.path("maxResults").asInt(100);
        List<Finding> matching = findings.getOrDefault(analyzerArn, List.of()).stream()
                .filter(f -> matches(body.path("filter"), f))
                .toList();
        Pages.Page<Finding> page;
        try {
            page = Pages.page(matching, StubJson.text(body, "nextToken"), max);
        } catch (Pages.InvalidToken e) {
            return validation("Invalid pagination token");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("findings");
        for (Finding f : page.items()) {
            ObjectNode n = list.addObject();
            n.put("id", f.id());
            ObjectNode principal = n.putObject("principal");
            f.principal().forEach(principal::put);
            ArrayNode actions = n.putArray("action");
            f.actions().forEach(actions::add);
            n.put("resource", f.resource());
            n.put("isPublic", f.isPublic());
            n.put("resourceType", f.resourceType());
            n.putObject("condition");
            n.put("createdAt", f.createdAt().toString());
            n.put("analyzedAt", f.createdAt().toString());
            n.put("updatedAt", f.createdAt().toString());
            n.put("status", f.status());
            n.put("resourceOwnerAccount", caller.account());
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    /** Whether a finding meets every criterion of the filter ({@code eq}, {@code neq}, {@code exists}). */
    private static boolean matches(JsonNode filter, Finding f) {
        Map<String, String> values = Map.of(
                "status",
                f.status(),
                "resourceType",
                f.resourceType(),
                "isPublic",
                Boolean.toString(f.isPublic()),
                "resource",
                f.resource(),
                "id",
                f.id());
        for (var it = filter.fields(); it.hasNext(); ) {
            var criterion = it.next();
            String value = values.get(criterion.getKey());
            JsonNode c = criterion.getValue();
            if (c.has("eq") && !StubJson.texts(c, "eq").contains(value)
                    || c.has("neq") && StubJson.texts(c, "neq").contains(value)
                    || c.has("exists") && c.get("exists").asBoolean() != (value != null)) {
                return false;
            }
        }
        return true;
    }

    private static String arn(Caller caller, String analyzer) {
        return "arn:aws:access-analyzer:" + caller.region() + ":" + caller.account() + ":analyzer/" + analyzer;
    }

    private GatewayResponse listAnalyzers(GatewayRequest request, Caller caller) {
        Map<String, String> query = request.query();
        String type = query.get("type");
        if (type != null && !TYPES.contains(type)) {
            return validation("Invalid type: " + type);
        }
        int max;
        try {
            max = Integer.parseInt(query.getOrDefault("maxResults", "100"));
        } catch (NumberFormatException e) {
            return validation("maxResults must be a number");
        }
        List<Analyzer> matching = analyzers.get(caller).stream()
                .filter(a -> type == null || type.equals(a.type()))
                .toList();
        Pages.Page<Analyzer> page;
        try {
            page = Pages.page(matching, query.get("nextToken"), max);
        } catch (Pages.InvalidToken e) {
            return validation("Invalid pagination token");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("analyzers");
        for (Analyzer a : page.items()) {
            ObjectNode n = list.addObject();
            n.put("arn", arn(caller, a.name()));
            n.put("name", a.name());
            n.put("type", a.type());
            n.put("createdAt", a.createdAt().toString());
            n.put("status", a.status());
            n.putObject("tags");
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    private static GatewayResponse validation(String message) {
        ObjectNode body =
                GatewayResponse.JSON.createObjectNode().put("message", message).put("reason", "fieldValidationFailed");
        return GatewayResponse.json(400, "application/json", body, Map.of("x-amzn-ErrorType", "ValidationException"));
    }
}
