package dev.auditpack.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for AWS Artifact, which moto does not emulate. It speaks Artifact's real wire protocol as the
 * API reference (version 2018-05-10) defines it: REST-JSON over HTTP, SigV4-signed requests with signing
 * name {@code artifact}, {@code GET /v1/report/list?maxResults=&nextToken=} answering
 * {@code {"reports": [...], "nextToken": ...}} with ISO-8601 timestamps, and errors as JSON bodies with the
 * error type in the {@code x-amzn-ErrorType} header.
 */
public final class ArtifactStub implements AutoCloseable {

    /** One report as Artifact lists it. */
    public record Report(String id, String name, String series, String category, long version,
                         Instant periodStart, Instant periodEnd, String state) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> failWith = new AtomicReference<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 2;

    public ArtifactStub() {
        server = LoopbackServer.start(this::handle, null, 0);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public ArtifactStub add(Report report) {
        reports.add(report);
        return this;
    }

    public void clear() {
        reports.clear();
        failWith.set(null);
        requests.clear();
    }

    /** Makes every request fail with this Artifact error type (e.g. {@code AccessDeniedException}); null to stop. */
    public void failWith(String errorType) {
        failWith.set(errorType);
    }

    /** Reports per page, so tests cover the paginator. */
    public void pageSize(int size) {
        pageSize = size;
    }

    /** Request lines seen, e.g. {@code GET /v1/report/list?maxResults=300}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256 ") || !auth.contains("/artifact/aws4_request")) {
                error(ex, 403, "MissingAuthenticationTokenException", "Missing or invalid SigV4 signature");
                return;
            }
            String failure = failWith.get();
            if (failure != null) {
                int status = switch (failure) {
                    case "AccessDeniedException" -> 403;
                    case "ThrottlingException" -> 429;
                    case "InternalServerException" -> 500;
                    default -> 400;
                };
                error(ex, status, failure, "Stubbed failure: " + failure);
                return;
            }
            String path = ex.getRequestURI().getPath();
            if ("GET".equals(ex.getRequestMethod()) && "/v1/report/list".equals(path)) {
                listReports(ex, query(ex.getRequestURI()));
            } else {
                error(ex, 400, "ValidationException", "unknownOperation " + ex.getRequestMethod() + " " + path);
            }
        }
    }

    private void listReports(HttpExchange ex, Map<String, String> query) throws IOException {
        int max = Math.min(pageSize, Integer.parseInt(query.getOrDefault("maxResults", "300")));
        int start = Integer.parseInt(query.getOrDefault("nextToken", "0"));
        List<Report> all = new ArrayList<>(reports);
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("reports");
        for (int i = start; i < Math.min(all.size(), start + max); i++) {
            Report r = all.get(i);
            ObjectNode n = list.addObject();
            n.put("id", r.id());
            n.put("name", r.name());
            n.put("series", r.series());
            n.put("category", r.category());
            n.put("version", r.version());
            n.put("periodStart", r.periodStart().toString());
            n.put("periodEnd", r.periodEnd().toString());
            n.put("state", r.state());
            n.put("uploadState", "COMPLETE");
            n.put("companyName", "AWS");
            n.put("productName", "AWS");
            n.put("acceptanceType", "EXPLICIT");
            n.put("arn", "arn:aws:artifact:us-east-1::report/" + r.id() + ":" + r.version());
            n.put("description", r.name());
        }
        if (start + max < all.size()) {
            body.put("nextToken", String.valueOf(start + max));
        }
        send(ex, 200, JSON.writeValueAsBytes(body), null);
    }

    private static void error(HttpExchange ex, int status, String type, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        send(ex, status, JSON.writeValueAsBytes(body), type);
    }

    private static void send(HttpExchange ex, int status, byte[] body, String errorType) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        if (errorType != null) {
            ex.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.put(k, v);
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
