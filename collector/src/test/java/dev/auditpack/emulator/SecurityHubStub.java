package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Security Hub's {@code GetEnabledStandards}, which moto lacks, speaking Security Hub's real wire protocol as
 * the API reference (2018-10-26) defines it: REST-JSON, {@code POST /standards/get} with
 * {@code StandardsSubscriptionArns}, {@code MaxResults} and {@code NextToken} in the body, and errors with
 * the type in {@code x-amzn-ErrorType} and a {@code {"Code": ..., "Message": ...}} body.
 *
 * <p>Like AWS, it answers {@code InvalidAccessException} (401) where Security Hub is not enabled. Whether it
 * is enabled follows moto (the stub asks moto's {@code DescribeHub} for the caller's account and region,
 * so {@code EnableSecurityHub} through the gateway or straight to moto turns it on) unless a test set it
 * with {@link #hubEnabled}. moto's {@code EnableSecurityHub} enables no default standards, and neither does
 * the stub: seed them with {@link #standards}.
 */
public final class SecurityHubStub implements Stub {

    /**
     * A standard the account subscribes to.
     *
     * @param status PENDING, READY, FAILED, DELETING or INCOMPLETE
     */
    public record EnabledStandard(String standardsArn, String subscriptionArn, String status) {
        public EnabledStandard {
            Objects.requireNonNull(standardsArn, "standardsArn");
            Objects.requireNonNull(subscriptionArn, "subscriptionArn");
            Objects.requireNonNull(status, "status");
        }

        /** A regional standard by its path, e.g. {@code aws-foundational-security-best-practices/v/1.0.0}. */
        public static EnabledStandard of(String account, String region, String standard, String status) {
            return new EnabledStandard(
                    "arn:aws:securityhub:" + region + "::standards/" + standard,
                    "arn:aws:securityhub:" + region + ":" + account + ":subscription/" + standard,
                    status);
        }
    }

    private final RegionalData<EnabledStandard> standards = new RegionalData<>();
    private final Map<Caller, Boolean> hubEnabled = new ConcurrentHashMap<>();
    private final Upstream upstream;
    private final URI moto;
    private volatile int pageSize = 100;

    SecurityHubStub(Upstream upstream, URI moto) {
        this.upstream = upstream;
        this.moto = moto;
    }

    /** Sets the standards this account subscribes to in this region. */
    public SecurityHubStub standards(String account, String region, List<EnabledStandard> enabled) {
        standards.put(account, region, enabled);
        return this;
    }

    /** Decides whether Security Hub counts as enabled here, instead of asking moto. */
    public SecurityHubStub hubEnabled(String account, String region, boolean enabled) {
        hubEnabled.put(new Caller(account, region), enabled);
        return this;
    }

    /** Standards per page at most, whatever {@code MaxResults} asks (AWS may return fewer than asked, too). */
    public SecurityHubStub pageSize(int size) {
        pageSize = size;
        return this;
    }

    public void clear() {
        standards.clear();
        hubEnabled.clear();
        pageSize = 100;
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "securityhub".equals(request.service())
                && "POST".equals(request.method())
                && "/standards/get".equals(request.rawPath());
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        Boolean enabled = hubEnabled.get(caller);
        if (enabled == null ? !motoHubEnabled(request) : !enabled) {
            return error(
                    401,
                    "InvalidAccessException",
                    "Account " + caller.account() + " is not subscribed to AWS Security Hub");
        }
        JsonNode body = StubJson.body(request);
        int max = body.path("MaxResults").asInt(100);
        if (max < 1 || max > 100) {
            return error(400, "InvalidInputException", "MaxResults must be between 1 and 100");
        }
        List<String> arns = StubJson.texts(body, "StandardsSubscriptionArns");
        List<EnabledStandard> matching = standards.get(caller).stream()
                .filter(s -> arns.isEmpty() || arns.contains(s.subscriptionArn()))
                .toList();
        Pages.Page<EnabledStandard> page;
        try {
            page = Pages.page(matching, StubJson.text(body, "NextToken"), Math.min(max, pageSize));
        } catch (Pages.InvalidToken e) {
            return error(400, "InvalidInputException", "The NextToken is invalid");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("StandardsSubscriptions");
        for (EnabledStandard s : page.items()) {
            ObjectNode n = list.addObject();
            n.put("StandardsSubscriptionArn", s.subscriptionArn());
            n.put("StandardsArn", s.standardsArn());
            n.putObject("StandardsInput");
            n.put("StandardsStatus", s.status());
            n.put(
                    "StandardsControlsUpdatable",
                    "READY".equals(s.status()) ? "READY_FOR_UPDATES" : "NOT_READY_FOR_UPDATES");
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, "application/json", out, Map.of());
    }

    /** Asks moto's {@code DescribeHub} ({@code GET /accounts}) under the caller's own credential headers. */
    private boolean motoHubEnabled(GatewayRequest request) throws IOException {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token")) {
            if (request.header(name) != null) {
                headers.put(name, List.of(request.header(name)));
            }
        }
        GatewayRequest describeHub = new GatewayRequest("GET", "/accounts", null, headers, null, request.scope());
        return upstream.send(moto, describeHub).status() == 200;
    }

    private static GatewayResponse error(int status, String type, String message) {
        ObjectNode body =
                GatewayResponse.JSON.createObjectNode().put("Code", type).put("Message", message);
        return GatewayResponse.json(status, "application/json", body, Map.of("x-amzn-ErrorType", type));
    }
}
