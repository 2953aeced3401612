package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.input.InputException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of every command that collects from AWS. */
final class CollectSettings {

    @Option(
            names = "--regions",
            split = ",",
            paramLabel = "REGION",
            description =
                    "Regions to collect from (comma separated), or 'all' for every region enabled in each account. "
                            + "Default: the region your AWS configuration names.")
    List<String> regions = new ArrayList<>();

    @Option(
            names = "--accounts",
            split = ",",
            paramLabel = "ID",
            description = "Accounts to collect from by assuming --role-name in each (comma separated).")
    List<String> accounts = new ArrayList<>();

    @Option(
            names = "--organization",
            description = "Collect from every active account of the AWS Organization "
                    + "(run from the management account or a delegated administrator).")
    boolean organization;

    @Option(
            names = "--role-name",
            paramLabel = "NAME",
            defaultValue = dev.auditpack.collector.ScopeRequest.DEFAULT_ROLE,
            description = "Role to assume in the other accounts. Default: ${DEFAULT-VALUE}.")
    String roleName;

    @Option(names = "--external-id", paramLabel = "ID", description = "External id the role's trust policy requires.")
    String externalId;

    @Option(
            names = "--per-service",
            paramLabel = "N",
            defaultValue = "2",
            description = "Collectors running at once for one account, region and service. Default: ${DEFAULT-VALUE}.")
    int perService;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            converter = AuditPeriodConverter.class,
            description =
                    "Audit period: 2026-Q4, 2026-H2, 2026-11, 2026 or 2026-10-01..2026-12-31. Default: the current quarter.")
    AuditPeriod period;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "AWS profile to use (default: the SDK's default credential chain).")
    String profile;

    @Option(
            names = "--endpoint-url",
            paramLabel = "URL",
            converter = AbsoluteUrlConverter.class,
            description = "Send every AWS call to this endpoint (emulators, proxies).")
    URI endpoint;

    @Option(
            names = "--endpoint",
            paramLabel = "SERVICE=URL",
            converter = {CommandLine.UseDefaultConverter.class, AbsoluteUrlConverter.class},
            description = "Send one service's calls to URL, e.g. artifact=http://localhost:4000 (repeatable).")
    Map<String, URI> serviceEndpoints = new LinkedHashMap<>();

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "16",
            description = "Collectors running at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(
            names = "--max-attempts",
            paramLabel = "N",
            defaultValue = "8",
            description = "Attempts per AWS call before it counts as failed. Default: ${DEFAULT-VALUE}.")
    int maxAttempts;

    @Option(
            names = "--download-artifact-reports",
            arity = "0..1",
            fallbackValue = "SOC,ISO",
            paramLabel = "SERIES",
            description = "Also download the PDFs of the AWS Artifact reports of these series (comma separated; "
                    + "alone: SOC,ISO) into the locker, with their SHA-256. This accepts AWS Artifact's terms for those "
                    + "reports on your behalf. The documents are AWS confidential: share them only as those terms allow, "
                    + "with your auditors.")
    String downloadArtifactReports;

    @Option(
            names = "--cloudtrail-events",
            description = "Also collect the change populations of the audit period from CloudTrail (joiners, "
                    + "leavers, access granted and removed, root activity, network and infrastructure changes, …): "
                    + "from the trail's log files in S3 where readable, else from LookupEvents (its last 90 days, "
                    + "two calls a second per account and region). See docs/populations-and-samples.md.")
    boolean cloudTrailEvents;

    @Option(
            names = "--trail-bucket",
            paramLabel = "BUCKET[/PREFIX]",
            description = "The S3 bucket (and key prefix) holding the trail's log files, e.g. an organisation "
                    + "trail's bucket in the log archive account; implies --cloudtrail-events. Default: the bucket "
                    + "of the region's trail, as DescribeTrails shows it.")
    String trailBucket;

    AwsCollection.Request request(Path out, boolean replace, boolean resume, Clock clock) {
        if (trailBucket != null && !trailBucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9!_.*'()/-]*)?")) {
            throw new InputException(
                    "--trail-bucket", "'" + trailBucket + "' is not an S3 bucket name (with an optional /prefix)");
        }
        if (resume && (cloudTrailEvents || trailBucket != null)) {
            throw new InputException(
                    "--resume",
                    "continues the interrupted collection's own plan; drop --cloudtrail-events and --trail-bucket");
        }
        if (resume && replace) {
            throw new InputException("--resume", "cannot be combined with --force");
        }
        if (resume
                && (period != null
                        || !regions.isEmpty()
                        || !accounts.isEmpty()
                        || organization
                        || downloadArtifactReports != null)) {
            throw new InputException(
                    "--resume",
                    "continues the interrupted collection's own plan; drop --period, "
                            + "--regions, --accounts, --organization and --download-artifact-reports");
        }
        if (organization && !accounts.isEmpty()) {
            throw new InputException("--organization", "cannot be combined with --accounts");
        }
        for (String a : accounts) {
            if (!a.matches("\\d{12}")) {
                throw new InputException("--accounts", "'" + a + "' is not a 12-digit AWS account id");
            }
        }
        boolean all = regions.size() == 1 && "all".equalsIgnoreCase(regions.get(0));
        List<String> named = all ? List.of() : regions;
        AuditPeriod p =
                period == null ? AuditPeriod.quarterOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) : period;
        for (String r : named) {
            if (!r.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                throw new InputException("--regions", "'" + r + "' is not an AWS region name (like eu-west-1)");
            }
        }
        if (concurrency < 1 || concurrency > 256) {
            throw new InputException("--concurrency", "must be between 1 and 256");
        }
        if (perService < 1 || perService > 64) {
            throw new InputException("--per-service", "must be between 1 and 64");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new InputException("--max-attempts", "must be between 1 and 20");
        }
        List<String> series = new ArrayList<>();
        if (downloadArtifactReports != null) {
            for (String one : downloadArtifactReports.split(",", -1)) {
                if (!one.trim().matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
                    throw new InputException(
                            "--download-artifact-reports",
                            "'" + one.trim() + "' is not an AWS Artifact report series (like SOC or ISO)");
                }
                series.add(one.trim());
            }
        }
        return new AwsCollection.Request(
                out,
                replace,
                resume,
                p,
                named,
                all,
                accounts,
                organization,
                roleName,
                Optional.ofNullable(externalId),
                Optional.ofNullable(profile),
                Optional.ofNullable(endpoint),
                serviceEndpoints,
                concurrency,
                perService,
                maxAttempts,
                series,
                cloudTrailEvents || trailBucket != null
                        ? Optional.of(new dev.auditpack.collector.AwsSettings.CloudTrailEvents(
                                Optional.ofNullable(trailBucket)))
                        : Optional.empty(),
                Optional.empty());
    }
}
