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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for AWS Artifact, which moto does not emulate. It speaks Artifact's real wire protocol as the
 * API reference (version 2018-05-10) defines it: REST-JSON over HTTP, SigV4-signed requests with signing
 * name {@code artifact}, {@code GET /v1/report/list?maxResults=&nextToken=} answering
 * {@code {"reports": [...], "nextToken": ...}} with ISO-8601 timestamps, and errors as JSON bodies with the
 * error type in the {@code x-amzn-ErrorType} header.
 *
 * <p>It also serves the download flow: {@code GET /v1/report/getTermForReport?reportId=&reportVersion=}
 * answers {@code {documentPresignedUrl, termToken}}; {@code GET /v1/report/get?reportId=&termToken=&reportVersion=}
 * answers {@code {documentPresignedUrl}}, or 400 {@code ValidationException} with reason {@code invalidToken}
 * for a token it did not issue for that report or has expired. The "presigned" URLs point at {@code /documents/}
 * on this server and behave like S3's: a query-string signature and expiry, no {@code Authorization} header
 * allowed beside them (S3 answers 400 InvalidArgument "Only one auth mechanism allowed"), 403 AccessDenied as
 * XML once expired.
 */
public final class ArtifactStub implements AutoCloseable {

    /** One report as Artifact lists it. */
    public record Report(
            String id,
            String name,
            String series,
            String category,
            long version,
            Instant periodStart,
            Instant periodEnd,
            String state) {

        /**
         * AWS's SOC bridge letter as Artifact lists it: series SOC, named a continued operations letter, its period
         * running from the day after the SOC report's period ends to the day the letter speaks for.
         */
        public static Report bridgeLetter(String id, long version, Instant from, Instant to) {
            return new Report(
                    id,
                    "AWS SOC Continued Operations Letter",
                    "SOC",
                    "Certifications and Attestations",
                    version,
                    from,
                    to,
                    "PUBLISHED");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final HttpServer server;
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> failWith = new AtomicReference<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 2;
    /** Term tokens issued, with the report id and version each is for. */
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    /** Signatures of the presigned URLs issued, with the document each opens. */
    private final Map<String, PresignedDocument> signatures = new ConcurrentHashMap<>();

    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final AtomicInteger documentsServed = new AtomicInteger();
    private final AtomicReference<Integer> documentFailure = new AtomicReference<>();
    private volatile boolean tokensExpired;
    private volatile Duration urlLifetime = Duration.ofMinutes(5);

    private record PresignedDocument(byte[] bytes, Instant expires) {}

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
        tokens.clear();
        signatures.clear();
        secrets.clear();
        documentsServed.set(0);
        documentFailure.set(null);
        tokensExpired = false;
        urlLifetime = Duration.ofMinutes(5);
    }

    /** The PDF this stub serves for a report: one blank page, a valid PDF, and different for each version. */
    public static byte[] documentOf(Report report) {
        return pdf(report.name() + " / " + report.id() + " version " + report.version() + " / AWS confidential (stub)");
    }

    /** A minimal valid PDF with a comment line, its cross-reference offsets computed. */
    private static byte[] pdf(String comment) {
        List<String> objects = List.of(
                "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
                "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
                "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n% " + comment.replaceAll("[^ -~]", "?") + "\n");
        List<Integer> offsets = new ArrayList<>();
        for (String object : objects) {
            offsets.add(pdf.length());
            pdf.append(object);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Every term token and presigned URL handed out so far, to prove none of them was kept. */
    public List<String> secretsIssued() {
        return List.copyOf(secrets);
    }

    /** Documents served through a presigned URL. */
    public int documentsServed() {
        return documentsServed.get();
    }

    /** From now on GetReport refuses every term token already issued or yet to be, as AWS does once they expire. */
    public void expireTermTokens() {
        tokensExpired = true;
    }

    /** How long a presigned URL works; zero or less makes every URL expired when it is used. */
    public void urlLifetime(Duration lifetime) {
        urlLifetime = lifetime;
    }

    /** Makes every document download fail with this HTTP status (S3's XML error body), or null to stop. */
    public void failDocuments(Integer status) {
        documentFailure.set(status);
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
            if (ex.getRequestURI().getPath().startsWith("/documents/")) {
                document(ex, query(ex.getRequestURI()));
                return;
            }
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
            } else if ("GET".equals(ex.getRequestMethod()) && "/v1/report/getTermForReport".equals(path)) {
                termForReport(ex, query(ex.getRequestURI()));
            } else if ("GET".equals(ex.getRequestMethod()) && "/v1/report/get".equals(path)) {
                getReport(ex, query(ex.getRequestURI()));
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

    private Report find(Map<String, String> query) {
        String id = query.get("reportId");
        String version = query.get("reportVersion");
        return reports.stream()
                .filter(r -> r.id().equals(id))
                .filter(r -> version == null || String.valueOf(r.version()).equals(version))
                .max(java.util.Comparator.comparingLong(Report::version))
                .orElse(null);
    }

    private void termForReport(HttpExchange ex, Map<String, String> query) throws IOException {
        Report report = find(query);
        if (report == null) {
            error(ex, 404, "ResourceNotFoundException", "Report resource not found: " + query.get("reportId"));
            return;
        }
        String token = "term-" + HexFormat.of().formatHex(randomBytes(16));
        tokens.put(token, report.id() + ":" + report.version());
        secrets.add(token);
        byte[] terms = pdf("AWS Artifact terms for " + report.id());
        ObjectNode body = JSON.createObjectNode();
        body.put("documentPresignedUrl", presign("terms/" + report.id() + ".pdf", terms));
        body.put("termToken", token);
        send(ex, 200, JSON.writeValueAsBytes(body), null);
    }

    private void getReport(HttpExchange ex, Map<String, String> query) throws IOException {
        Report report = find(query);
        if (report == null) {
            error(ex, 404, "ResourceNotFoundException", "Report resource not found: " + query.get("reportId"));
            return;
        }
        String token = query.get("termToken");
        if (token == null || tokensExpired || !(report.id() + ":" + report.version()).equals(tokens.get(token))) {
            ObjectNode body = JSON.createObjectNode();
            body.put("message", "Invalid or expired term token");
            body.put("reason", "invalidToken");
            send(ex, 400, JSON.writeValueAsBytes(body), "ValidationException");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("documentPresignedUrl", presign(report.id() + "-" + report.version() + ".pdf", documentOf(report)));
        send(ex, 200, JSON.writeValueAsBytes(body), null);
    }

    /** A URL shaped like an S3 presigned URL, whose signature this stub remembers until it expires. */
    private String presign(String key, byte[] bytes) {
        String signature = HexFormat.of().formatHex(randomBytes(32));
        signatures.put(signature, new PresignedDocument(bytes, Instant.now().plus(urlLifetime)));
        String url = endpoint() + "/documents/" + key + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=ASIASTUB%2F20261128%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261128T100000Z"
                + "&X-Amz-Expires=" + Math.max(0, urlLifetime.toSeconds()) + "&X-Amz-SignedHeaders=host"
                + "&X-Amz-Security-Token=stub-session-" + signature.substring(0, 8) + "&X-Amz-Signature=" + signature;
        secrets.add(url);
        secrets.add(signature);
        return url;
    }

    private void document(HttpExchange ex, Map<String, String> query) throws IOException {
        if (ex.getRequestHeaders().containsKey("Authorization")) {
            s3Error(
                    ex,
                    400,
                    "InvalidArgument",
                    "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                            + "parameter, Signature query string parameter or the Authorization header should be specified");
            return;
        }
        PresignedDocument doc = signatures.get(query.getOrDefault("X-Amz-Signature", ""));
        if (doc == null) {
            s3Error(
                    ex,
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
            return;
        }
        if (!Instant.now().isBefore(doc.expires())) {
            s3Error(ex, 403, "AccessDenied", "Request has expired");
            return;
        }
        Integer failure = documentFailure.get();
        if (failure != null) {
            s3Error(ex, failure, failure >= 500 ? "InternalError" : "AccessDenied", "Stubbed document failure");
            return;
        }
        documentsServed.incrementAndGet();
        ex.getResponseHeaders().set("Content-Type", "application/pdf");
        ex.sendResponseHeaders(200, doc.bytes().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(doc.bytes());
        }
    }

    private static void s3Error(HttpExchange ex, int status, String code, String message) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                        + "</Message><RequestId>STUB</RequestId></Error>")
                .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static void error(HttpExchange ex, int status, String type, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("message", message);
        send(ex, status, JSON.writeValueAsBytes(body), type);
    }

    private static void send(HttpExchange ex, int status, byte[] body, String errorType) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders()
                .set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
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
