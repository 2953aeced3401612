package dev.auditpack.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/** What the two ticket systems share: basic authentication, JSON answers, and the short form of an error. */
final class HttpAnswers {

    static final ObjectMapper JSON = new ObjectMapper();

    private HttpAnswers() {}

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** How long a request may take until its answer starts; an upload gets {@link #UPLOAD_TIMEOUT}. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** How long an upload may take, the file sent included: a GiB at 300 KB/s. */
    static final Duration UPLOAD_TIMEOUT = Duration.ofHours(1);

    static HttpRequest.Builder request(URI base, String pathAndQuery, String authorization) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response, String what) {
        try {
            return JSON.readTree(response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new TicketException(what + ": the answer (" + response.statusCode() + ") is not JSON");
        }
    }

    static boolean ok(HttpResponse<String> response) {
        return response.statusCode() / 100 == 2;
    }

    /** The server's own words about an error, on one line and short, or nothing. */
    static String said(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        if (body.isEmpty()) {
            return "";
        }
        String text = body.replaceAll("\\s+", " ");
        if (text.toLowerCase(Locale.ROOT).startsWith("<")) {
            return ""; // an HTML error page says nothing a line can hold
        }
        return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }

    static HttpRequest.BodyPublisher fileBody(TicketFile file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file.path());
        } catch (java.io.FileNotFoundException e) {
            throw new TicketException(file.path() + ": cannot be read any more", e);
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 1
                ? String.format(Locale.ROOT, "%.1f MiB, %,d bytes", mib, bytes)
                : String.format(Locale.ROOT, "%.1f KiB, %,d bytes", bytes / 1024.0, bytes);
    }
}
