package dev.auditpack.emulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/** Builds SDK clients that talk to an {@link EmulatorGateway} (or any endpoint) the way auditpack's do. */
public final class GatewayClients {

    private GatewayClients() {}

    /** A client with the SDK's default retries. Pass {@code S3Client.builder().forcePathStyle(true)} for S3. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C retrying(
            B builder, URI endpoint, AwsCredentialsProvider credentials, String region) {
        return builder.endpointOverride(endpoint)
                .credentialsProvider(credentials)
                .region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** A client that makes one attempt per call, so an injected fault surfaces as the exception. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C oneAttempt(
            B builder, URI endpoint, AwsCredentialsProvider credentials, String region) {
        return builder.endpointOverride(endpoint)
                .credentialsProvider(credentials)
                .region(Region.of(region))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** {@link #oneAttempt} with moto's default credentials. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C oneAttempt(
            B builder, EmulatorGateway gateway, String region) {
        return oneAttempt(builder, gateway.endpoint(), Emulated.credentials(), region);
    }
}
