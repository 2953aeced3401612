package dev.auditpack.collector;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * The SDK clients for one account: one per service and region, built on first use and reused, each with
 * its own adaptive retry strategy so that one throttled (account, region, service) does not slow another.
 * An answer cut off or unreadable is retried like a reset connection (see {@link CompleteResponses} and
 * {@link CompleteAnswers}), so that it ends as an answer or as an error, never as "nothing there".
 */
public final class AwsClients implements AutoCloseable {

    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final AwsSettings settings;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    /**
     * @param credentials credentials of the account
     * @param http        shared HTTP client; not closed here
     * @param settings    endpoints, retries and timeouts
     */
    public AwsClients(AwsCredentialsProvider credentials, SdkHttpClient http, AwsSettings settings) {
        this.credentials = credentials;
        this.http = http;
        this.settings = settings;
    }

    /** The client of {@code type} for {@code region}, e.g. {@code client(IamClient.class, "us-east-1")}. */
    public <T extends SdkClient> T client(Class<T> type, String region) {
        return type.cast(clients.computeIfAbsent(type.getName() + "@" + region, k -> build(type, region)));
    }

    private SdkClient build(Class<? extends SdkClient> type, String region) {
        Object builder;
        String serviceId;
        try {
            builder = type.getMethod("builder").invoke(null);
            serviceId = String.valueOf(type.getField("SERVICE_METADATA_ID").get(null));
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("cannot build an SDK client of " + type.getName(), cause);
        }
        AwsClientBuilder<?, ?> aws = (AwsClientBuilder<?, ?>) builder;
        aws.region(Region.of(region));
        aws.credentialsProvider(credentials);
        ((SdkSyncClientBuilder<?, ?>) builder).httpClient(http);
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(AdaptiveRetryStrategy.builder()
                        .maxAttempts(settings.maxAttempts())
                        .retryOnException(AwsErrors::unreadableAnswer)
                        .build())
                .apiCallTimeout(settings.apiCallTimeout())
                .addExecutionInterceptor(new CompleteAnswers());
        settings.interceptors().forEach(override::addExecutionInterceptor);
        aws.overrideConfiguration(override.build());
        Optional<URI> endpoint = settings.endpointFor(serviceId);
        if (endpoint.isPresent()) {
            URI uri = endpoint.get();
            if (builder instanceof S3ControlClientBuilder control) {
                // S3 Control puts the account id in front of the host name; an emulator or proxy has no such host.
                control.endpointProvider(params -> CompletableFuture.completedFuture(
                        Endpoint.builder().url(uri).build()));
            } else {
                aws.endpointOverride(uri);
            }
            if (builder instanceof S3ClientBuilder s3) {
                s3.forcePathStyle(true);
            }
        }
        return (SdkClient) ((software.amazon.awssdk.utils.builder.SdkBuilder<?, ?>) builder).build();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }
}
