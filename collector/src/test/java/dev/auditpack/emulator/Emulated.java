package dev.auditpack.emulator;

import dev.auditpack.collector.AwsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * SDK clients that seed the emulator, and collection settings that point auditpack at it. Seeding goes
 * through the same AWS APIs a real account would see.
 */
public final class Emulated {

    /** The account moto answers for by default. */
    public static final String ACCOUNT = "123456789012";

    private Emulated() {}

    public static AwsCredentialsProvider credentials() {
        return credentials("testing", "testing");
    }

    public static AwsCredentialsProvider credentials(String keyId, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret));
    }

    /** Settings that send every call to moto, and Artifact calls to the stub. Few retries keep failing tests fast. */
    public static AwsSettings settings(MotoServer moto, ArtifactStub artifact, String... regions) {
        return AwsSettings.defaults(List.of(regions))
                .withEndpoint(moto.endpoint())
                .withServiceEndpoints(artifact == null ? Map.of() : Map.of("artifact", artifact.endpoint()))
                .withRetries(2)
                .withReportWait(Duration.ofMillis(50), Duration.ofSeconds(10));
    }

    /**
     * Settings that send every call to the gateway, which answers what moto lacks and forwards the rest (Artifact
     * too, once an {@link ArtifactStub} is {@linkplain EmulatorGateway#attach attached}).
     */
    public static AwsSettings settings(EmulatorGateway gateway, String... regions) {
        return AwsSettings.defaults(List.of(regions))
                .withEndpoint(gateway.endpoint())
                .withRetries(2)
                .withReportWait(Duration.ofMillis(50), Duration.ofSeconds(10));
    }

    public static IamClient iam(MotoServer moto) {
        return IamClient.builder()
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials())
                .endpointOverride(moto.endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    public static S3Client s3(MotoServer moto, String region) {
        return S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .endpointOverride(moto.endpoint())
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    public static CloudTrailClient cloudTrail(MotoServer moto, String region) {
        return CloudTrailClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials())
                .endpointOverride(moto.endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    /**
     * Any service's client for seeding, e.g. {@code Emulated.client(Ec2Client.builder(), moto, "eu-west-1")}:
     * test credentials, moto's endpoint and no retries.
     */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(
            B builder, MotoServer moto, String region) {
        return builder.region(Region.of(region))
                .credentialsProvider(credentials())
                .endpointOverride(moto.endpoint())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries())
                .build();
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder()
                .retryStrategy(RetryMode.STANDARD)
                .retryStrategy(b -> b.maxAttempts(1))
                .build();
    }

    /** Turns moto's IAM enforcement on ({@code true}) or off: with it on, calls need real keys and permissions. */
    public static void enforceIam(MotoServer moto, boolean on) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var r = http.send(
                    java.net.http.HttpRequest.newBuilder(moto.endpoint().resolve("/moto-api/reset-auth"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(on ? "0" : "inf"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("moto reset-auth answered " + r.statusCode());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot switch moto IAM enforcement", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A URI for tests that need a port where nothing listens. */
    public static URI nowhere() {
        return URI.create("http://127.0.0.1:9");
    }
}
