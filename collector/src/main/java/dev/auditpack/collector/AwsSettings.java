package dev.auditpack.collector;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * How to reach AWS: regions, endpoints, retries and limits. Credentials come from the SDK's default chain
 * (environment, profiles, SSO, instance roles) unless the run assumes roles.
 *
 * @param regions              regions to collect regional evidence from
 * @param endpoint             one endpoint for every service (an emulator or a proxy), if any
 * @param serviceEndpoints     endpoints for single services, keyed by SDK service id ({@code s3}, {@code artifact})
 * @param maxAttempts          attempts per call, including the first, before a call counts as failed
 * @param apiCallTimeout       limit for one call including its retries
 * @param concurrency          collector runs in flight at once, over all accounts, regions and services
 * @param perService           collector runs in flight at once for one account, region and service
 * @param reportPollInterval   wait between polls of an asynchronous report (IAM credential report)
 * @param reportTimeout        how long to wait for an asynchronous report before recording an error
 * @param interceptors         extra SDK interceptors on every client (e.g. call auditing)
 * @param artifactReportSeries AWS Artifact report series (e.g. {@code SOC}, {@code ISO}) whose documents to download,
 *                             which accepts AWS's terms for them; upper case, sorted; empty to download nothing
 * @param cloudTrailEvents     whether to collect the change populations from CloudTrail, and from which log bucket
 */
public record AwsSettings(
        List<String> regions,
        Optional<URI> endpoint,
        Map<String, URI> serviceEndpoints,
        int maxAttempts,
        Duration apiCallTimeout,
        int concurrency,
        int perService,
        Duration reportPollInterval,
        Duration reportTimeout,
        List<ExecutionInterceptor> interceptors,
        List<String> artifactReportSeries,
        Optional<AwsSettings.CloudTrailEvents> cloudTrailEvents) {

    /**
     * Collect the change populations from CloudTrail ({@code cloudtrail.events}), which a run leaves out unless asked.
     *
     * @param bucket the S3 bucket (optionally {@code bucket/prefix}) with the trail's log files; empty to use the
     *               bucket of the trail DescribeTrails shows
     */
    public record CloudTrailEvents(Optional<String> bucket) {
        public CloudTrailEvents {
            Objects.requireNonNull(bucket, "bucket");
        }
    }

    public AwsSettings {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one region is needed");
        }
        Objects.requireNonNull(endpoint, "endpoint");
        serviceEndpoints = Map.copyOf(serviceEndpoints);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
        if (concurrency < 1 || perService < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        Objects.requireNonNull(reportPollInterval, "reportPollInterval");
        Objects.requireNonNull(reportTimeout, "reportTimeout");
        interceptors = List.copyOf(interceptors);
        artifactReportSeries = artifactReportSeries.stream()
                .map(x -> x.toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
        Objects.requireNonNull(cloudTrailEvents, "cloudTrailEvents");
    }

    /**
     * Defaults for real accounts: adaptive retries with 8 attempts, 16 collector runs in flight, at most 2
     * of them on one account, region and service.
     */
    public static AwsSettings defaults(List<String> regions) {
        return new AwsSettings(
                regions,
                Optional.empty(),
                Map.of(),
                8,
                Duration.ofMinutes(2),
                16,
                2,
                Duration.ofSeconds(2),
                Duration.ofMinutes(2),
                List.of(),
                List.of(),
                Optional.empty());
    }

    public AwsSettings withEndpoint(URI uri) {
        return new AwsSettings(
                regions,
                Optional.of(uri),
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withServiceEndpoints(Map<String, URI> endpoints) {
        return new AwsSettings(
                regions,
                endpoint,
                endpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withRetries(int attempts) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                attempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withPerService(int inFlight) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                inFlight,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withConcurrency(int inFlight) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                inFlight,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withReportWait(Duration poll, Duration timeout) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                poll,
                timeout,
                interceptors,
                artifactReportSeries,
                cloudTrailEvents);
    }

    public AwsSettings withInterceptors(List<ExecutionInterceptor> extra) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                extra,
                artifactReportSeries,
                cloudTrailEvents);
    }

    /** Downloads the documents of these AWS Artifact report series, accepting AWS's terms for them. */
    public AwsSettings withArtifactReportDownloads(List<String> series) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                series,
                cloudTrailEvents);
    }

    /**
     * Collects the change populations from CloudTrail, reading log files from {@code bucket} ({@code bucket} or
     * {@code bucket/prefix}), or with null from the bucket of the region's trail.
     */
    public AwsSettings withCloudTrailEvents(String bucket) {
        return new AwsSettings(
                regions,
                endpoint,
                serviceEndpoints,
                maxAttempts,
                apiCallTimeout,
                concurrency,
                perService,
                reportPollInterval,
                reportTimeout,
                interceptors,
                artifactReportSeries,
                Optional.of(new CloudTrailEvents(Optional.ofNullable(bucket))));
    }

    /** The endpoint to use for a service: its own, else the common one, else AWS's. */
    public Optional<URI> endpointFor(String serviceId) {
        URI own = serviceEndpoints.get(serviceId);
        return own != null ? Optional.of(own) : endpoint;
    }
}
