package dev.auditpack.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the gateway received it: method, raw path and query, headers and body, plus what they
 * say about the AWS call (SigV4 scope, protocol, operation).
 *
 * @param rawQuery the query string as sent (still percent-encoded), or null
 * @param headers header values by name, looked up case-insensitively
 */
public record GatewayRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Optional<SigV4Scope> scope) {

    public GatewayRequest {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** Reads the whole request, body included, from the exchange. */
    static GatewayRequest read(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        String rawQuery = ex.getRequestURI().getRawQuery();
        return new GatewayRequest(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                rawQuery,
                ex.getRequestHeaders(),
                body,
                SigV4Scope.parse(ex.getRequestHeaders().getFirst("Authorization"), rawQuery));
    }

    /**
     * A {@code GET} of this path carrying this request's credential headers, so that moto answers it for the same
     * caller (a stub asking whether the plan or detector a call names exists).
     */
    public GatewayRequest getWithCallersCredentials(String path) {
        Map<String, List<String>> copied = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : List.of("Authorization", "X-Amz-Date", "X-Amz-Security-Token")) {
            if (header(name) != null) {
                copied.put(name, List.of(header(name)));
            }
        }
        return new GatewayRequest("GET", path, null, copied, null, scope);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The signing name of the service called, or {@code unsigned} for requests without SigV4 (e.g. moto-api). */
    public String service() {
        return scope.map(SigV4Scope::service).orElse("unsigned");
    }

    /** The region the request was signed for, or {@code us-east-1}. */
    public String region() {
        return scope.map(SigV4Scope::region).orElse("us-east-1");
    }

    /** The operation, e.g. {@code DescribeInstanceInformation}, {@code ListUsers} or {@code ListBuckets}. */
    public String operation() {
        return OperationNames.of(this);
    }

    /** {@code service:Operation}, the key of the per-operation counters and of fault filters. */
    public String key() {
        return service() + ":" + operation();
    }

    public WireProtocol protocol() {
        return WireProtocol.of(this);
    }

    /** The query string's parameters, decoded; the first value of each. */
    public Map<String, String> query() {
        return decodeForm(rawQuery);
    }

    /** The body's parameters when it is a form (the AWS query protocol), decoded; else empty. */
    public Map<String, String> form() {
        String type = header("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return decodeForm(new String(body, StandardCharsets.UTF_8));
    }

    /** The path's segments, decoded, without empty ones. */
    public List<String> pathSegments() {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> decodeForm(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(k, v);
        }
        return params;
    }
}
