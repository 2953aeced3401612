package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * IAM Access Analyzer's {@code ListAnalyzers}, which moto lacks (it has no Access Analyzer at all), speaking
 * the service's real wire protocol as the API reference (2019-11-01) defines it: REST-JSON signed as
 * {@code access-analyzer}, {@code GET /analyzer?type=&maxResults=&nextToken=}, ISO-8601 timestamps, and
 * errors with the type in {@code x-amzn-ErrorType} and a {@code {"message": ...}} body. Other Access
 * Analyzer operations go to moto, which answers them with HTTP 500.
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

    private static final Set<String> TYPES = Set.of("ACCOUNT", "ORGANIZATION", "ACCOUNT_UNUSED_ACCESS",
            "ORGANIZATION_UNUSED_ACCESS", "ACCOUNT_INTERNAL_ACCESS", "ORGANIZATION_INTERNAL_ACCESS");

    private final RegionalData<Analyzer> analyzers = new RegionalData<>();

    /** Sets the analyzers of this account in this region. */
    public AccessAnalyzerStub analyzers(String account, String region, List<Analyzer> list) {
        analyzers.put(account, region, list);
        return this;
    }

    public void clear() {
        analyzers.clear();
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "access-analyzer".equals(request.service()) && "GET".equals(request.method())
                && "/analyzer".equals(request.rawPath());
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) {
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
                .filter(a -> type == null || type.equals(a.type())).toList();
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
            n.put("arn", "arn:aws:access-analyzer:" + caller.region() + ":" + caller.account() + ":analyzer/" + a.name());
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
        ObjectNode body = GatewayResponse.JSON.createObjectNode().put("message", message).put("reason", "fieldValidationFailed");
        return GatewayResponse.json(400, "application/json", body, Map.of("x-amzn-ErrorType", "ValidationException"));
    }
}
