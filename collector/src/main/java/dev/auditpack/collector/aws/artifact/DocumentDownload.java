package dev.auditpack.collector.aws.artifact;

import dev.auditpack.evidence.ErrorCategory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a document from the presigned URL AWS Artifact returned, with a plain GET: the URL carries its own
 * signature, so no AWS credentials are sent. The URL is a time-limited credential, so it appears in no result
 * and no message.
 */
final class DocumentDownload {

    /** What a fetch gave: the document's bytes, or why there are none. */
    sealed interface Outcome permits Fetched, Failed {}

    /** The whole document. */
    record Fetched(byte[] bytes) implements Outcome {}

    /** No document; the fields of the collection error to record. */
    record Failed(String code, Integer httpStatus, String message, ErrorCategory category) implements Outcome {}

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern S3_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");
    private static final Pattern S3_MESSAGE = Pattern.compile("<Message>([^<]{1,500})</Message>");

    private final HttpClient http;
    private final Duration timeout;
    private final boolean plainHttpAllowed;

    /**
     * @param timeout          limit for the whole download, body included
     * @param plainHttpAllowed accept {@code http:} URLs; only when Artifact itself is an emulator or a proxy
     */
    DocumentDownload(Duration connectTimeout, Duration timeout, boolean plainHttpAllowed) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.plainHttpAllowed = plainHttpAllowed;
    }

    /** GETs {@code url} and keeps the body only when it is a PDF that arrived whole with status 200. */
    Outcome fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Failed(
                    "InvalidDocumentUrl",
                    null,
                    "AWS Artifact returned a document URL that is not a URL",
                    ErrorCategory.OTHER);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        if (!https && !(plainHttpAllowed && "http".equalsIgnoreCase(uri.getScheme()))) {
            return new Failed(
                    "InsecureDocumentUrl",
                    null,
                    "AWS Artifact returned a document URL that is not https; " + "it was not fetched",
                    ErrorCategory.OTHER);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(timeout).build();
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Failed(
                    "Timeout", null, "the report document did not arrive within " + timeout, ErrorCategory.TIMEOUT);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed("Interrupted", null, "the download was interrupted", ErrorCategory.TIMEOUT);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String detail = cause.getMessage() == null ? "" : ": " + redact(cause.getMessage(), url, uri);
            return new Failed(
                    cause.getClass().getSimpleName(),
                    null,
                    "the report document could not be downloaded" + detail,
                    cause instanceof IOException ? ErrorCategory.TIMEOUT : ErrorCategory.OTHER);
        }
        byte[] body = response.body();
        int status = response.statusCode();
        if (status != 200) {
            String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
            String code = first(S3_CODE, text, "HTTP" + status);
            String message = first(S3_MESSAGE, text, "");
            return new Failed(
                    code,
                    status,
                    "the report document could not be downloaded: HTTP " + status
                            + (message.isEmpty() ? "" : " " + message),
                    category(status, code));
        }
        if (body.length < PDF_MAGIC.length
                || !Arrays.equals(body, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return new Failed(
                    "NotAPdf",
                    status,
                    "the report document that arrived is not a PDF (" + body.length + " bytes); it was not kept",
                    ErrorCategory.OTHER);
        }
        return new Fetched(body);
    }

    static ErrorCategory category(int status, String code) {
        if (status == 429 || "SlowDown".equals(code)) {
            return ErrorCategory.THROTTLED;
        }
        if (status == 401 || status == 403) {
            return ErrorCategory.ACCESS_DENIED;
        }
        if (status >= 500) {
            return ErrorCategory.SERVICE_ERROR;
        }
        return ErrorCategory.OTHER;
    }

    /** Removes the URL and its signature from a message that might quote them. */
    private static String redact(String text, String url, URI uri) {
        String out = text.replace(url, "<document URL>");
        return uri.getRawQuery() == null ? out : out.replace(uri.getRawQuery(), "<signature>");
    }

    private static String first(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).trim() : fallback;
    }
}
