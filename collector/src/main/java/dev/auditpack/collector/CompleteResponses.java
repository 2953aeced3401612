package dev.auditpack.collector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * An HTTP client that hands the SDK only complete answers: it reads each response body to its end and fails the
 * call with an {@link IncompleteResponseException}, an I/O error the SDK retries like a reset connection, when
 * fewer bytes arrived than the {@code Content-Length} header announced. The JDK's {@code HttpURLConnection},
 * under the SDK's URL-connection client, otherwise returns the short body as if it were whole, and the SDK
 * reads an empty or cut-off answer as "nothing there". A chunked body cut off mid-chunk already fails in the
 * JDK's own reader.
 */
public final class CompleteResponses implements SdkHttpClient {

    private final SdkHttpClient delegate;

    /** The URL-connection client, checked. */
    public static SdkHttpClient overUrlConnection() {
        return new CompleteResponses(UrlConnectionHttpClient.builder().build());
    }

    /** @param delegate the client that talks to the network; closed with this one */
    public CompleteResponses(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest call = delegate.prepareRequest(request);
        boolean head = request.httpRequest().method() == SdkHttpMethod.HEAD;
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                HttpExecuteResponse response = call.call();
                return head ? response : complete(response);
            }

            @Override
            public void abort() {
                call.abort();
            }
        };
    }

    private static HttpExecuteResponse complete(HttpExecuteResponse response) throws IOException {
        Optional<AbortableInputStream> body = response.responseBody();
        int status = response.httpResponse().statusCode();
        if (body.isEmpty() || status == 204 || status == 304) {
            return response;
        }
        byte[] bytes;
        try (InputStream in = body.get()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IncompleteResponseException(
                    "the connection broke before the end of the answer (HTTP " + status + "): " + e.getMessage(), e);
        }
        Optional<String> announced = response.httpResponse().firstMatchingHeader("Content-Length");
        if (announced.isPresent()) {
            long expected;
            try {
                expected = Long.parseLong(announced.get().trim());
            } catch (NumberFormatException e) {
                throw new IncompleteResponseException(
                        "the response's Content-Length is not a number: " + announced.get());
            }
            if (bytes.length < expected) {
                throw new IncompleteResponseException("the connection closed after " + bytes.length + " of the "
                        + expected + " bytes the response announced (HTTP " + status + ")");
            }
        }
        return HttpExecuteResponse.builder()
                .response(response.httpResponse())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                .build();
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
