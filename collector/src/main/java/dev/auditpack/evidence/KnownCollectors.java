package dev.auditpack.evidence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The collectors auditpack shipped before {@code index.json} recorded each collector's scope and freshness
 * limit, with the terms they had then. Lockers of that time are read by this table; it is frozen, because
 * a collector added since records its own terms in the lockers it writes.
 */
public final class KnownCollectors {

    private static final CollectorEntry ACCOUNT = new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofDays(1));
    private static final CollectorEntry REGIONAL = new CollectorEntry(CollectorScope.REGIONAL, Duration.ofDays(1));

    private static final Map<String, CollectorEntry> TABLE = Map.ofEntries(
            Map.entry("accessanalyzer.analyzers", REGIONAL),
            Map.entry("artifact.report_documents", new CollectorEntry(CollectorScope.RUN, Duration.ofDays(7))),
            Map.entry("artifact.reports", new CollectorEntry(CollectorScope.ACCOUNT, Duration.ofDays(7))),
            Map.entry("backup.plans", REGIONAL),
            Map.entry("backup.protected_resources", REGIONAL),
            Map.entry("cloudfront.distributions", ACCOUNT),
            Map.entry("cloudtrail.trails", REGIONAL),
            Map.entry("config.recorders", REGIONAL),
            Map.entry("dynamodb.tables", REGIONAL),
            Map.entry("ec2.ebs_encryption", REGIONAL),
            Map.entry("ec2.flow_logs", REGIONAL),
            Map.entry("ec2.instances", REGIONAL),
            Map.entry("ec2.network_acls", REGIONAL),
            Map.entry("ec2.security_groups", REGIONAL),
            Map.entry("ec2.vpcs", REGIONAL),
            Map.entry("elbv2.load_balancers", REGIONAL),
            Map.entry("guardduty.detectors", REGIONAL),
            Map.entry("iam.account_summary", ACCOUNT),
            Map.entry("iam.authorization_details", ACCOUNT),
            Map.entry("iam.credential_report", ACCOUNT),
            Map.entry("iam.password_policy", ACCOUNT),
            Map.entry("iam.users", ACCOUNT),
            Map.entry("iam.virtual_mfa_devices", ACCOUNT),
            Map.entry("kms.keys", REGIONAL),
            Map.entry("lambda.functions", REGIONAL),
            Map.entry("organizations.structure", new CollectorEntry(CollectorScope.ORGANIZATION, Duration.ofDays(1))),
            Map.entry("rds.clusters", REGIONAL),
            Map.entry("rds.instances", REGIONAL),
            Map.entry("s3.account_public_access_block", ACCOUNT),
            Map.entry("s3.buckets", ACCOUNT),
            Map.entry("securityhub.hub", REGIONAL),
            Map.entry("ssm.managed_instances", REGIONAL),
            Map.entry("sts.caller_identity", ACCOUNT));

    private KnownCollectors() {}

    /** The terms a collector had before lockers recorded them; empty for an id auditpack did not ship then. */
    public static Optional<CollectorEntry> of(String collector) {
        return Optional.ofNullable(TABLE.get(collector));
    }

    /** Every collector in the table, by id. */
    public static Map<String, CollectorEntry> all() {
        return TABLE;
    }
}
