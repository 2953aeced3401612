package dev.auditpack.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One HTTP response the gateway sends back: relayed from upstream, or written by a stub or the fault injector.
 *
 * @param headers header values by name; {@code Content-Length} is computed, not taken from here
 */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    static final ObjectMapper JSON = new ObjectMapper();

    public GatewayResponse {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** A response with a fresh {@code x-amzn-RequestId} and the given content type. */
    static GatewayResponse of(int status, String contentType, String body, Map<String, String> extraHeaders) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Content-Type", List.of(contentType));
        headers.put("x-amzn-RequestId", List.of(UUID.randomUUID().toString()));
        extraHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
        return new GatewayResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON response, e.g. an AWS JSON 1.1 ({@code application/x-amz-json-1.1}) or REST-JSON answer. */
    static GatewayResponse json(int status, String contentType, JsonNode body, Map<String, String> extraHeaders) {
        try {
            return of(status, contentType, JSON.writeValueAsString(body), extraHeaders);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Sends this response on the exchange; HEAD and 204/304 answers carry no body, as HTTP requires. */
    void writeTo(HttpExchange ex) throws IOException {
        copyHeaders(ex);
        boolean bodyless = "HEAD".equals(ex.getRequestMethod()) || status == 204 || status == 304 || body.length == 0;
        ex.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** True when the answer has a body that a fault can cut. */
    boolean canBeCut(String method) {
        return !"HEAD".equals(method) && status != 204 && status != 304 && body.length > 0;
    }

    /**
     * Sends this answer damaged by {@code fault}: cut off after the headers, in the middle of the body, in a
     * chunked transfer, or under a {@code Content-Length} that announces only half of it. Except for the last,
     * the caller must then break the connection without ending the message (by throwing out of the handler).
     */
    void writeDamaged(HttpExchange ex, Fault fault) throws IOException {
        copyHeaders(ex);
        int half = body.length / 2;
        switch (fault) {
            case CUT_AFTER_HEADERS -> {
                ex.sendResponseHeaders(status, body.length);
                ex.getResponseBody().flush();
            }
            case CUT_MID_BODY -> {
                ex.sendResponseHeaders(status, body.length);
                ex.getResponseBody().write(body, 0, half);
                ex.getResponseBody().flush();
            }
            case CUT_CHUNKED -> {
                ex.sendResponseHeaders(status, 0);
                ex.getResponseBody().write(body, 0, half);
                ex.getResponseBody().flush();
            }
            case SHORT_LENGTH -> {
                ex.sendResponseHeaders(status, half == 0 ? -1 : half);
                if (half > 0) {
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(body, 0, half);
                    }
                }
            }
            default -> throw new IllegalArgumentException(fault + " does not damage an answer");
        }
    }

    private void copyHeaders(HttpExchange ex) {
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") || "HEAD".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().put(name, values);
            }
        });
    }
}
