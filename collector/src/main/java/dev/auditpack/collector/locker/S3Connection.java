package dev.auditpack.collector.locker;

import dev.auditpack.collector.AwsErrors;
import dev.auditpack.input.InputException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How to reach the bucket: credentials from the SDK's default chain or a profile, a region (the bucket's own is
 * found by the SDK when it differs), and an endpoint for emulators and proxies.
 *
 * @param profile  AWS profile, or empty for the default credential chain
 * @param region   region to start from, or empty for the configured one (us-east-1 if none is)
 * @param endpoint endpoint for S3 calls, or empty for AWS's
 */
public record S3Connection(Optional<String> profile, Optional<String> region, Optional<URI> endpoint) {

    /** The SDK's defaults throughout. */
    public static S3Connection defaults() {
        return new S3Connection(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A client for these settings, with standard retries; the caller closes it. */
    public S3Client client() {
        AwsCredentialsProvider credentials = profile.<AwsCredentialsProvider>map(
                        p -> ProfileCredentialsProvider.builder().profileName(p).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        var builder = S3Client.builder()
                .region(Region.of(region.orElseGet(this::configuredRegion)))
                .credentialsProvider(credentials)
                .crossRegionAccessEnabled(true)
                .httpClientBuilder(UrlConnectionHttpClient.builder()) // closed with the client
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(
                                StandardRetryStrategy.builder().maxAttempts(5).build())
                        .apiCallTimeout(Duration.ofMinutes(30))
                        .build());
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return builder.build();
    }

    private String configuredRegion() {
        try {
            return profile.map(p -> DefaultAwsRegionProviderChain.builder()
                            .profileName(p)
                            .build())
                    .orElseGet(DefaultAwsRegionProviderChain::new)
                    .getRegion()
                    .id();
        } catch (SdkClientException e) {
            return "us-east-1";
        }
    }

    /** A failed S3 call as one line for the user: what was being done, AWS's code and message. */
    static InputException failure(S3Uri where, String doing, SdkException e) {
        String code = AwsErrors.code(e);
        String message = AwsErrors.message(e);
        String hint = code != null && code.startsWith("AccessDenied")
                ? " (see docs/s3-locker.md for the permissions publish and verify need)"
                : "";
        return new InputException(
                where.toString(),
                doing + " failed: " + (code == null ? "" : code + ": ")
                        + (message == null
                                ? e.getClass().getSimpleName()
                                : message.strip().replaceAll("\\s+", " "))
                        + hint,
                e);
    }
}
