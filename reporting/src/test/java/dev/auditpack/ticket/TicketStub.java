package dev.auditpack.ticket;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A ticket system on 127.0.0.1 for tests: it keeps every request as it came (method, path, query, headers, body
 * bytes) and answers with what the test's function says.
 */
public final class TicketStub implements AutoCloseable {

    /**
     * A request as it arrived.
     *
     * @param query the decoded query parameters, in order
     */
    public record Request(
            String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The one part of a {@code multipart/form-data} body: its headers, then its bytes. */
        public Part onlyPart() {
            String type = header("Content-Type");
            String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
            byte[] open = (boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] close = ("\r\n" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
            if (!Arrays.equals(Arrays.copyOf(body, open.length), open)
                    || !Arrays.equals(Arrays.copyOfRange(body, body.length - close.length, body.length), close)) {
                throw new AssertionError("not one multipart part between its boundaries");
            }
            String all = new String(body, StandardCharsets.ISO_8859_1);
            int headersEnd = all.indexOf("\r\n\r\n", open.length);
            Map<String, String> partHeaders = new LinkedHashMap<>();
            for (String line : all.substring(open.length, headersEnd).split("\r\n")) {
                int colon = line.indexOf(':');
                partHeaders.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
            return new Part(partHeaders, Arrays.copyOfRange(body, headersEnd + 4, body.length - close.length));
        }
    }

    /** One part of a multipart body. */
    public record Part(Map<String, String> headers, byte[] bytes) {}

    /**
     * An answer.
     *
     * @param headers extra headers, e.g. Retry-After
     */
    public record Reply(int status, String body, Map<String, String> headers) {
        public static Reply of(int status, String body) {
            return new Reply(status, body, Map.of());
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> answer = r -> Reply.of(500, "no answer set");

    public TicketStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answer(Function<Request, Reply> answer) {
        this.answer = answer;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests as {@code METHOD /path}, in order. */
    public List<String> calls() {
        return requests.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
        Request request = new Request(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                query,
                headers,
                exchange.getRequestBody().readAllBytes());
        requests.add(request);
        Reply reply = answer.apply(request);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
