package dev.auditpack.cli;

import dev.auditpack.collector.AwsCollection;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.input.InputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of every command that collects from AWS. */
final class CollectSettings {

    @Option(names = "--regions", split = ",", paramLabel = "REGION",
            description = "Regions to collect from (comma separated). Default: the region your AWS configuration names.")
    List<String> regions = new ArrayList<>();

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "Audit period: 2026-Q4, 2026-H2, 2026-11, 2026 or 2026-10-01..2026-12-31. Default: the current quarter.")
    String period;

    @Option(names = "--profile", paramLabel = "NAME", description = "AWS profile to use (default: the SDK's default credential chain).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (emulators, proxies).")
    String endpoint;

    @Option(names = "--endpoint", paramLabel = "SERVICE=URL",
            description = "Send one service's calls to URL, e.g. artifact=http://localhost:4000 (repeatable).")
    Map<String, String> serviceEndpoints = new LinkedHashMap<>();

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Collectors running at once. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "8",
            description = "Attempts per AWS call before it counts as failed. Default: ${DEFAULT-VALUE}.")
    int maxAttempts;

    AwsCollection.Request request(Path out, boolean replace, Clock clock) {
        AuditPeriod p;
        try {
            p = period == null ? AuditPeriod.quarterOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) : AuditPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InputException("--period", e.getMessage());
        }
        for (String r : regions) {
            if (!r.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                throw new InputException("--regions", "'" + r + "' is not an AWS region name (like eu-west-1)");
            }
        }
        if (concurrency < 1 || concurrency > 256) {
            throw new InputException("--concurrency", "must be between 1 and 256");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new InputException("--max-attempts", "must be between 1 and 20");
        }
        Map<String, URI> perService = new LinkedHashMap<>();
        serviceEndpoints.forEach((service, url) -> perService.put(service, uri("--endpoint " + service, url)));
        return new AwsCollection.Request(out, replace, p, regions, Optional.ofNullable(profile),
                Optional.ofNullable(endpoint).map(u -> uri("--endpoint-url", u)), perService, concurrency, maxAttempts);
    }

    private static URI uri(String flag, String text) {
        try {
            URI u = new URI(text);
            if (u.getScheme() == null || u.getHost() == null) {
                throw new InputException(flag, "'" + text + "' is not an absolute URL");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new InputException(flag, "'" + text + "' is not a URL: " + e.getReason());
        }
    }
}
