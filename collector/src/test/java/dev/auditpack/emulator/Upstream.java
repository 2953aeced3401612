package dev.auditpack.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relays a request to an upstream server (moto, or a stub such as {@link ArtifactStub}) unchanged, apart from
 * hop-by-hop headers and those the JDK client sets itself ({@code Host}, {@code Content-Length},
 * {@code Expect}).
 */
final class Upstream {

    private static final Set<String> NOT_RELAYED = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        NOT_RELAYED.addAll(Set.of(
                "Connection",
                "Keep-Alive",
                "Proxy-Authenticate",
                "Proxy-Authorization",
                "TE",
                "Trailer",
                "Transfer-Encoding",
                "Upgrade",
                "Host",
                "Content-Length",
                "Expect",
                "HTTP2-Settings",
                "Date"));
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Sends the request to {@code base} (scheme, host and port only) and returns the answer as received. */
    GatewayResponse send(URI base, GatewayRequest r) throws IOException {
        String target =
                base.toString().replaceAll("/+$", "") + r.rawPath() + (r.rawQuery() == null ? "" : "?" + r.rawQuery());
        HttpRequest.BodyPublisher body = r.body().length == 0 && !"POST".equals(r.method()) && !"PUT".equals(r.method())
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .method(r.method(), body)
                .timeout(Duration.ofSeconds(60));
        r.headers().forEach((name, values) -> {
            if (!NOT_RELAYED.contains(name)) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RELAYED.contains(name)
                        || "HEAD".equals(r.method()) && "Content-Length".equalsIgnoreCase(name)) {
                    headers.put(name, values);
                }
            });
            return new GatewayResponse(answer.statusCode(), headers, answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + base, e);
        }
    }
}
