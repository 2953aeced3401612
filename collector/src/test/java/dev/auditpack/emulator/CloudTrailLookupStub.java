package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CloudTrail's {@code LookupEvents}, which moto lacks, speaking CloudTrail's real wire protocol as the API
 * reference (2013-11-01) defines it: AWS JSON 1.1, {@code POST /} with
 * {@code X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents}; {@code StartTime} and
 * {@code EndTime} (epoch seconds, both inclusive), {@code MaxResults} (at most 50) and {@code NextToken}; events
 * newest first, each with {@code EventId}, {@code EventName}, {@code EventTime} (epoch seconds), {@code EventSource},
 * {@code Username}, {@code ReadOnly} and {@code CloudTrailEvent}, the whole record as a JSON string. Errors are
 * {@code __type} bodies: {@code ThrottlingException} (HTTP 400, as CloudTrail sends it) once the stub is told to
 * throttle, {@code InvalidNextTokenException} for a token it did not issue. Every other CloudTrail operation goes
 * to moto.
 *
 * <p>Its events are CloudTrail records in the format CloudTrail writes to its log files (as recorded from AWS), per
 * account and region.
 */
public final class CloudTrailLookupStub implements Stub {

    static final String TARGET = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";

    private final RegionalData<JsonNode> events = new RegionalData<>();
    private final List<Instant> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger answered = new AtomicInteger();
    private volatile int throttleAfter = Integer.MAX_VALUE;

    /** Sets the recorded events LookupEvents returns for this account and region. */
    public CloudTrailLookupStub events(String account, String region, List<JsonNode> records) {
        events.put(account, region, records);
        return this;
    }

    /** Answers this many calls, then throttles every later one (as AWS does past its rate, retries or not). */
    public CloudTrailLookupStub throttleAfter(int n) {
        throttleAfter = n;
        return this;
    }

    /** When each LookupEvents call arrived, throttled ones included. */
    public List<Instant> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public void clear() {
        events.clear();
        calls.clear();
        answered.set(0);
        throttleAfter = Integer.MAX_VALUE;
    }

    @Override
    public boolean answers(GatewayRequest request) {
        return "cloudtrail".equals(request.service()) && TARGET.equals(request.header("X-Amz-Target"));
    }

    @Override
    public GatewayResponse answer(GatewayRequest request, Caller caller) throws IOException {
        calls.add(Instant.now());
        if (answered.get() >= throttleAfter) {
            return WireProtocol.AWS_JSON.error(request, 400, "ThrottlingException", "Rate exceeded");
        }
        answered.incrementAndGet();
        JsonNode body = StubJson.body(request);
        Instant start = instant(body.get("StartTime"), Instant.EPOCH);
        Instant end = instant(body.get("EndTime"), Instant.now());
        int max = body.path("MaxResults").asInt(50);
        if (max < 1 || max > 50) {
            return WireProtocol.AWS_JSON.error(
                    request, 400, "InvalidMaxResultsException", "MaxResults must be between 1 and 50");
        }
        List<JsonNode> matching = events.get(caller).stream()
                .filter(e -> {
                    Instant t = Instant.parse(e.get("eventTime").asText());
                    return !t.isBefore(start) && !t.isAfter(end);
                })
                .sorted(Comparator.comparing((JsonNode e) -> e.get("eventTime").asText())
                        .reversed())
                .toList();
        Pages.Page<JsonNode> page;
        try {
            page = Pages.page(matching, StubJson.text(body, "NextToken"), max);
        } catch (Pages.InvalidToken e) {
            return WireProtocol.AWS_JSON.error(request, 400, "InvalidNextTokenException", "Invalid NextToken");
        }
        ObjectNode out = GatewayResponse.JSON.createObjectNode();
        ArrayNode list = out.putArray("Events");
        for (JsonNode e : page.items()) {
            ObjectNode item = list.addObject()
                    .put("EventId", e.get("eventID").asText())
                    .put("EventName", e.get("eventName").asText())
                    .put("ReadOnly", String.valueOf(e.path("readOnly").asBoolean(false)))
                    .put(
                            "EventTime",
                            StubJson.epochSeconds(
                                    Instant.parse(e.get("eventTime").asText())))
                    .put("EventSource", e.path("eventSource").asText())
                    .put("CloudTrailEvent", GatewayResponse.JSON.writeValueAsString(e));
            String user = e.path("userIdentity").path("userName").asText(null);
            if (user != null) {
                item.put("Username", user);
            }
            item.putArray("Resources");
        }
        page.nextToken().ifPresent(t -> out.put("NextToken", t));
        return GatewayResponse.json(200, WireProtocol.jsonContentType(request), out, Map.of());
    }

    private static Instant instant(JsonNode n, Instant otherwise) {
        if (n == null || n.isNull()) {
            return otherwise;
        }
        BigDecimal seconds = n.decimalValue();
        return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
    }
}
