package dev.auditpack.collector;

import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.SnapshotLink;
import dev.auditpack.input.InputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The entry point for collecting from AWS without touching SDK types: works out regions and credentials
 * the way the AWS CLI would, runs every collector over the requested accounts, and writes the locker.
 */
public final class AwsCollection {

    /**
     * What to collect and how.
     *
     * @param out              locker directory
     * @param replace          replace an existing locker's evidence in {@code out}
     * @param resume           finish an interrupted collection in {@code out} instead of starting one
     * @param period           audit period the evidence is for (ignored when resuming)
     * @param regions          regions, or empty for the SDK's configured region
     * @param allRegions       every region enabled in each account
     * @param accounts         accounts to reach through {@code roleName}; empty for the credentials' own
     * @param organization     every active account of the organization
     * @param roleName         role assumed in the other accounts
     * @param externalId       external id for the role, if its trust policy needs one
     * @param profile          named AWS profile, or empty for the default credential chain
     * @param endpoint         one endpoint for all services (emulators, proxies), or empty
     * @param serviceEndpoints endpoints per SDK service id
     * @param concurrency      collector runs in flight
     * @param perService       collector runs in flight per account, region and service
     * @param maxAttempts      attempts per call
     * @param artifactReportSeries AWS Artifact report series whose documents to download, accepting AWS's terms
     *                         for them; empty to download nothing (ignored when resuming: the plan decides)
     * @param cloudTrailEvents whether to collect the change populations from CloudTrail, and from which log bucket
     *                         (not kept in the plan: a resumed collection leaves them out)
     * @param snapshot         the locker's place in a snapshot series, written into its index; empty for a locker of
     *                         its own
     */
    public record Request(
            Path out,
            boolean replace,
            boolean resume,
            AuditPeriod period,
            List<String> regions,
            boolean allRegions,
            List<String> accounts,
            boolean organization,
            String roleName,
            Optional<String> externalId,
            Optional<String> profile,
            Optional<URI> endpoint,
            Map<String, URI> serviceEndpoints,
            int concurrency,
            int perService,
            int maxAttempts,
            List<String> artifactReportSeries,
            Optional<AwsSettings.CloudTrailEvents> cloudTrailEvents,
            Optional<SnapshotLink> snapshot) {
        public Request {
            Objects.requireNonNull(cloudTrailEvents);
            Objects.requireNonNull(out);
            Objects.requireNonNull(period);
            regions = List.copyOf(regions);
            accounts = List.copyOf(accounts);
            Objects.requireNonNull(roleName);
            Objects.requireNonNull(externalId);
            Objects.requireNonNull(profile);
            Objects.requireNonNull(endpoint);
            serviceEndpoints = Map.copyOf(serviceEndpoints);
            artifactReportSeries = List.copyOf(artifactReportSeries);
            Objects.requireNonNull(snapshot);
            if (snapshot.isPresent() && (resume || replace)) {
                throw new IllegalArgumentException("a snapshot of a series is never resumed or replaced");
            }
        }

        /** A request for a locker of its own, without the CloudTrail change populations. */
        public Request(
                Path out,
                boolean replace,
                boolean resume,
                AuditPeriod period,
                List<String> regions,
                boolean allRegions,
                List<String> accounts,
                boolean organization,
                String roleName,
                Optional<String> externalId,
                Optional<String> profile,
                Optional<URI> endpoint,
                Map<String, URI> serviceEndpoints,
                int concurrency,
                int perService,
                int maxAttempts,
                List<String> artifactReportSeries) {
            this(
                    out,
                    replace,
                    resume,
                    period,
                    regions,
                    allRegions,
                    accounts,
                    organization,
                    roleName,
                    externalId,
                    profile,
                    endpoint,
                    serviceEndpoints,
                    concurrency,
                    perService,
                    maxAttempts,
                    artifactReportSeries,
                    Optional.empty(),
                    Optional.empty());
        }

        /** The same request, for the snapshot {@code link} of a series, collected into {@code dir}. */
        public Request snapshot(Path dir, SnapshotLink link) {
            return new Request(
                    dir,
                    false,
                    false,
                    period,
                    regions,
                    allRegions,
                    accounts,
                    organization,
                    roleName,
                    externalId,
                    profile,
                    endpoint,
                    serviceEndpoints,
                    concurrency,
                    perService,
                    maxAttempts,
                    artifactReportSeries,
                    cloudTrailEvents,
                    Optional.of(link));
        }
    }

    private AwsCollection() {}

    public static EvidenceIndex collect(Request request, CollectionListener listener, Clock clock, String toolVersion) {
        return collect(request, Optional.empty(), listener, clock, toolVersion);
    }

    /** As {@link #collect(Request, CollectionListener, Clock, String)}, for one shard of a plan when one is given. */
    public static EvidenceIndex collect(
            Request request, Optional<ShardScope> shard, CollectionListener listener, Clock clock, String toolVersion) {
        LockerWriter resumed = null;
        CollectionPlan plan = null;
        List<String> regions;
        if (request.resume()) {
            resumed = LockerWriter.resume(request.out());
            plan = resumed.readPlan(CollectionPlan.class);
            regions = plan.accounts().stream()
                    .flatMap(a -> a.regions().stream())
                    .distinct()
                    .sorted()
                    .toList();
        } else {
            regions = request.regions().isEmpty() ? List.of(defaultRegion(request.profile())) : request.regions();
        }
        AwsSettings settings = settings(request, regions, plan);
        if (request.cloudTrailEvents().isPresent() && plan == null) {
            settings = settings.withCloudTrailEvents(
                    request.cloudTrailEvents().get().bucket().orElse(null));
        }
        AwsCredentialsProvider credentials = credentials(request);
        CollectionRun run = new CollectionRun(settings, credentials, Collector.all(), listener, clock, toolVersion);
        if (plan != null) {
            try {
                return run.resume(resumed, plan);
            } catch (CollectionRun.IdentityException e) {
                throw new InputException("AWS credentials", e.getMessage() + " (nothing more was collected)", e);
            }
        }
        ScopeRequest scope = new ScopeRequest(
                request.accounts(),
                request.organization(),
                request.roleName(),
                request.externalId(),
                regions,
                request.allRegions(),
                Duration.ofHours(1));
        LockerWriter writer = LockerWriter.create(request.out(), request.replace());
        request.snapshot().ifPresent(writer::link);
        try {
            return run.run(writer, request.period(), scope, shard);
        } catch (CollectionRun.IdentityException e) {
            writer.discard();
            throw new InputException("AWS credentials", e.getMessage() + " (no evidence was collected)", e);
        }
    }

    /**
     * The active accounts of the AWS Organization the request's credentials can list, sorted, for a plan.
     *
     * @throws InputException when they cannot be listed, or there are none
     */
    public static List<String> organizationAccounts(Request request) {
        List<String> regions =
                request.regions().isEmpty() ? List.of(defaultRegion(request.profile())) : request.regions();
        AwsSettings settings = settings(request, regions, null);
        try (SdkHttpClient http = CompleteResponses.overUrlConnection();
                AwsClients clients = new AwsClients(credentials(request), http, settings)) {
            List<String> ids = ScopeResolver.organizationAccounts(
                    clients.client(OrganizationsClient.class, Partitions.globalRegion(regions.get(0))));
            if (ids.isEmpty()) {
                throw new InputException("--organization", "the organization lists no active accounts");
            }
            return ids;
        } catch (CollectionRun.IdentityException e) {
            throw new InputException("AWS credentials", e.getMessage(), e);
        }
    }

    private static AwsSettings settings(Request request, List<String> regions, CollectionPlan plan) {
        AwsSettings settings = AwsSettings.defaults(regions)
                .withServiceEndpoints(request.serviceEndpoints())
                .withConcurrency(request.concurrency())
                .withPerService(request.perService())
                .withRetries(request.maxAttempts())
                .withArtifactReportDownloads(
                        plan != null ? plan.artifactReportSeries() : request.artifactReportSeries());
        if (request.endpoint().isPresent()) {
            settings = settings.withEndpoint(request.endpoint().get());
        }
        return settings;
    }

    private static AwsCredentialsProvider credentials(Request request) {
        return request.profile()
                .<AwsCredentialsProvider>map(
                        p -> ProfileCredentialsProvider.builder().profileName(p).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    private static String defaultRegion(Optional<String> profile) {
        try {
            return profile.map(p -> DefaultAwsRegionProviderChain.builder()
                            .profileName(p)
                            .build())
                    .orElseGet(DefaultAwsRegionProviderChain::new)
                    .getRegion()
                    .id();
        } catch (SdkClientException e) {
            throw new InputException(
                    "--regions", "no region given and none configured; pass --regions or set AWS_REGION");
        }
    }
}
