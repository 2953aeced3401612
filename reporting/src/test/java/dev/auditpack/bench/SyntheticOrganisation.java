package dev.auditpack.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.CallerIdentity;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.LockerWriter;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Scope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes the locker of a large synthetic organisation, shaped exactly as the collectors record it: many
 * IAM users, buckets and security groups per account, with a realistic share of misconfigurations.
 */
public final class SyntheticOrganisation {

    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1");
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private final int accounts;
    private final int users;
    private final int buckets;
    private final int groupsPerRegion;
    private final List<String> regions;
    private final Instant at;
    private final Random random;

    public SyntheticOrganisation(int accounts, int users, int buckets, int groupsPerRegion) {
        this(accounts, users, buckets, groupsPerRegion, REGIONS, Instant.parse("2026-11-20T09:00:00Z"), 42);
    }

    /**
     * An organisation collected from {@code regions} at {@code at}; the same {@code seed} gives the same
     * misconfigurations.
     */
    SyntheticOrganisation(
            int accounts, int users, int buckets, int groupsPerRegion, List<String> regions, Instant at, long seed) {
        this.accounts = accounts;
        this.users = users;
        this.buckets = buckets;
        this.groupsPerRegion = groupsPerRegion;
        this.regions = List.copyOf(regions);
        this.at = at;
        this.random = new Random(seed);
    }

    public EvidenceIndex write(Path dir) {
        return write(dir, null);
    }

    /** Writes the locker, as the snapshot {@code link} of a series when it is not null. */
    EvidenceIndex write(Path dir, dev.auditpack.evidence.SnapshotLink link) {
        LockerWriter w = LockerWriter.create(dir, false);
        if (link != null) {
            w.link(link);
        }
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            String account = String.valueOf(100_000_000_000L + a * 7919L);
            ids.add(account);
            global(
                    w,
                    account,
                    "sts.caller_identity",
                    "GetCallerIdentity",
                    ok(N.objectNode()
                            .put("Account", account)
                            .put("Arn", "arn:aws:sts::" + account + ":assumed-role/AuditpackReadOnly/auditpack")));
            global(
                    w,
                    account,
                    "iam.account_summary",
                    "GetAccountSummary",
                    ok(N.objectNode()
                            .set(
                                    "SummaryMap",
                                    N.objectNode()
                                            .put("AccountMFAEnabled", a % 10 == 0 ? 0 : 1)
                                            .put("AccountAccessKeysPresent", 0))));
            global(
                    w,
                    account,
                    "iam.password_policy",
                    "GetAccountPasswordPolicy",
                    ok(N.objectNode()
                            .set(
                                    "PasswordPolicy",
                                    N.objectNode()
                                            .put("MinimumPasswordLength", 14)
                                            .put("RequireSymbols", true)
                                            .put("RequireNumbers", true)
                                            .put("RequireUppercaseCharacters", true)
                                            .put("RequireLowercaseCharacters", true)
                                            .put("PasswordReusePrevention", 24))));
            global(
                    w,
                    account,
                    "iam.credential_report",
                    "GetCredentialReport",
                    ok(N.objectNode().put("Content", credentialReport(account)).put("ReportFormat", "text/csv")));
            global(
                    w,
                    account,
                    "s3.account_public_access_block",
                    "GetPublicAccessBlock",
                    a % 4 == 0
                            ? OperationResult.absent("NoSuchPublicAccessBlockConfiguration", 404)
                            : ok(N.objectNode().set("PublicAccessBlockConfiguration", blockAll())));
            w.write(doc("s3.buckets", account, "global", bucketsData(account)));
            global(w, account, "artifact.reports", "ListReports", ok(reports()));
            for (String region : regions) {
                w.write(doc("ec2.security_groups", account, region, groups(account, region)));
                w.write(doc("cloudtrail.trails", account, region, trails(account)));
            }
            if (a % 25 == 0) {
                w.recordError(new CollectionError(
                        "iam.users",
                        account,
                        "global",
                        "iam:ListUsers",
                        "iam:ListUsers",
                        null,
                        "ThrottlingException",
                        400,
                        "Rate exceeded",
                        ErrorCategory.THROTTLED,
                        at));
            }
        }
        return w.finish(
                "bench-run",
                "bench",
                AuditPeriod.parse("2026-Q4"),
                new Scope(ids, regions),
                Optional.of(new CallerIdentity(ids.get(0), "arn:aws:iam::" + ids.get(0) + ":user/auditor", "AIDA")),
                at.minusSeconds(600),
                at,
                Map.of());
    }

    private void global(LockerWriter w, String account, String collector, String op, OperationResult result) {
        ObjectNode data = N.objectNode();
        data.set(op, result.toJson());
        w.write(doc(collector, account, "global", data));
    }

    private EvidenceDocument doc(String collector, String account, String region, ObjectNode data) {
        return new EvidenceDocument(1, collector, account, region, at, List.of(), data, List.of());
    }

    private static OperationResult ok(com.fasterxml.jackson.databind.JsonNode response) {
        return OperationResult.ok(response);
    }

    private String credentialReport(String account) {
        StringBuilder csv = new StringBuilder(
                "user,arn,user_creation_time,password_enabled,password_last_used,"
                        + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
                        + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
                        + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,"
                        + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n");
        csv.append("<root_account>,arn:aws:iam::")
                .append(account)
                .append(":root,2019-01-01T00:00:00+00:00,not_supported,"
                        + "2026-01-03T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
                        + "false,N/A,false,N/A\n");
        for (int u = 0; u < users; u++) {
            boolean console = u % 3 != 0;
            boolean mfa = random.nextInt(10) < 8;
            boolean key = u % 2 == 0;
            String rotated = random.nextInt(10) < 7 ? "2026-10-01T00:00:00+00:00" : "2025-03-01T00:00:00+00:00";
            String used = random.nextInt(10) < 8 ? "2026-11-15T00:00:00+00:00" : "2025-06-01T00:00:00+00:00";
            csv.append("user-")
                    .append(u)
                    .append(",arn:aws:iam::")
                    .append(account)
                    .append(":user/team/user-")
                    .append(u)
                    .append(",2024-05-01T00:00:00+00:00,")
                    .append(console)
                    .append(',')
                    .append(console ? used : "not_supported")
                    .append(",2026-01-01T00:00:00+00:00,N/A,")
                    .append(mfa)
                    .append(',')
                    .append(key)
                    .append(',')
                    .append(key ? rotated : "N/A")
                    .append(',')
                    .append(key ? used : "N/A")
                    .append(',')
                    .append(key ? "eu-west-1,s3" : "N/A,N/A")
                    .append(",false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
        }
        return csv.toString();
    }

    private ObjectNode bucketsData(String account) {
        ObjectNode data = N.objectNode();
        ArrayNode list = data.putArray("Buckets");
        for (int b = 0; b < buckets; b++) {
            String name = "org-" + account + "-data-" + String.format("%05d", b);
            ObjectNode bucket = list.addObject().put("Name", name).put("CreationDate", "2024-02-01T00:00:00Z");
            ObjectNode calls = bucket.putObject("calls");
            calls.set(
                    "GetBucketLocation",
                    ok(N.objectNode().put("LocationConstraint", b % 2 == 0 ? "eu-west-1" : ""))
                            .toJson());
            calls.set(
                    "GetPublicAccessBlock",
                    (b % 5 == 0
                                    ? OperationResult.absent("NoSuchPublicAccessBlockConfiguration", 404)
                                    : ok(N.objectNode().set("PublicAccessBlockConfiguration", blockAll())))
                            .toJson());
            calls.set(
                    "GetBucketPolicyStatus",
                    OperationResult.absent("NoSuchBucketPolicy", 404).toJson());
            calls.set(
                    "GetBucketPolicy",
                    OperationResult.absent("NoSuchBucketPolicy", 404).toJson());
            calls.set(
                    "GetBucketEncryption",
                    (b % 17 == 0
                                    ? OperationResult.absent("ServerSideEncryptionConfigurationNotFoundError", 404)
                                    : ok(
                                            N.objectNode()
                                                    .set(
                                                            "ServerSideEncryptionConfiguration",
                                                            N.objectNode()
                                                                    .set(
                                                                            "Rules",
                                                                            N.arrayNode()
                                                                                    .add(
                                                                                            N.objectNode()
                                                                                                    .set(
                                                                                                            "ApplyServerSideEncryptionByDefault",
                                                                                                            N.objectNode()
                                                                                                                    .put(
                                                                                                                            "SSEAlgorithm",
                                                                                                                            "aws:kms")))))))
                            .toJson());
            calls.set(
                    "GetBucketVersioning",
                    ok(b % 3 == 0 ? N.objectNode() : N.objectNode().put("Status", "Enabled"))
                            .toJson());
            calls.set(
                    "GetBucketLogging",
                    ok(b % 4 == 0
                                    ? N.objectNode()
                                    : N.objectNode()
                                            .set(
                                                    "LoggingEnabled",
                                                    N.objectNode()
                                                            .put("TargetBucket", "org-" + account + "-logs")
                                                            .put("TargetPrefix", name + "/")))
                            .toJson());
            calls.set(
                    "GetObjectLockConfiguration",
                    OperationResult.absent("ObjectLockConfigurationNotFoundError", 404)
                            .toJson());
        }
        return data;
    }

    private ObjectNode groups(String account, String region) {
        ObjectNode data = N.objectNode();
        ArrayNode list = data.putArray("SecurityGroups");
        for (int g = 0; g < groupsPerRegion; g++) {
            ObjectNode sg = list.addObject()
                    .put("GroupId", String.format("sg-%017x", (long) g * 104729 + account.hashCode()))
                    .put("GroupName", g == 0 ? "default" : "app-" + g)
                    .put("VpcId", "vpc-0a1b2c3d")
                    .put("OwnerId", account)
                    .put("Description", "application tier " + g);
            ArrayNode in = sg.putArray("IpPermissions");
            ObjectNode https =
                    in.addObject().put("IpProtocol", "tcp").put("FromPort", 443).put("ToPort", 443);
            https.putArray("IpRanges").addObject().put("CidrIp", "0.0.0.0/0");
            if (g % 20 == 1) {
                ObjectNode ssh = in.addObject()
                        .put("IpProtocol", "tcp")
                        .put("FromPort", 22)
                        .put("ToPort", 22);
                ssh.putArray("IpRanges").addObject().put("CidrIp", "0.0.0.0/0");
            }
            ArrayNode out = sg.putArray("IpPermissionsEgress");
            out.addObject()
                    .put("IpProtocol", "-1")
                    .putArray("IpRanges")
                    .addObject()
                    .put("CidrIp", "0.0.0.0/0");
        }
        return data;
    }

    private static ObjectNode trails(String account) {
        ObjectNode data = N.objectNode();
        ObjectNode trail = data.putArray("Trails")
                .addObject()
                .put("Name", "org-trail")
                .put("TrailARN", "arn:aws:cloudtrail:eu-west-1:" + account + ":trail/org-trail")
                .put("HomeRegion", "eu-west-1")
                .put("IsMultiRegionTrail", true)
                .put("LogFileValidationEnabled", true)
                .put("KmsKeyId", "arn:aws:kms:eu-west-1:" + account + ":key/1234");
        ObjectNode calls = trail.putObject("calls");
        calls.set(
                "GetTrailStatus",
                OperationResult.ok(N.objectNode().put("IsLogging", true)).toJson());
        calls.set("GetEventSelectors", OperationResult.ok(N.objectNode()).toJson());
        return data;
    }

    private static ArrayNode reports() {
        ArrayNode list = N.arrayNode();
        list.addObject()
                .put("id", "report-aaaaaaaaaaaaaaa1")
                .put("name", "AWS SOC 2 Type 2 Report")
                .put("series", "SOC")
                .put("category", "Certifications and Attestations")
                .put("version", 4)
                .put("periodStart", "2025-10-01T00:00:00Z")
                .put("periodEnd", "2026-09-30T00:00:00Z")
                .put("state", "PUBLISHED");
        list.addObject()
                .put("id", "report-aaaaaaaaaaaaaaa2")
                .put("name", "AWS ISO/IEC 27001:2022 Certificate")
                .put("series", "ISO")
                .put("category", "Certifications and Attestations")
                .put("version", 2)
                .put("periodStart", "2025-11-07T00:00:00Z")
                .put("periodEnd", "2028-11-06T00:00:00Z")
                .put("state", "PUBLISHED");
        return list;
    }

    private static ObjectNode blockAll() {
        return N.objectNode()
                .put("BlockPublicAcls", true)
                .put("IgnorePublicAcls", true)
                .put("BlockPublicPolicy", true)
                .put("RestrictPublicBuckets", true);
    }
}
