package dev.auditpack.demo;

import static dev.auditpack.demo.DemoScenario.HOME;

import dev.auditpack.emulator.AccessAnalyzerStub;
import dev.auditpack.emulator.ArtifactStub;
import dev.auditpack.emulator.BackupStub;
import dev.auditpack.emulator.ConfigComplianceStub.RuleCompliance;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.SecurityHubStub.EnabledStandard;
import dev.auditpack.emulator.Seed;
import dev.auditpack.emulator.SsmStub;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of Northwind Analytics moto cannot hold, seeded into the emulator gateway's stubs: Systems Manager
 * manages the two web servers (one of them behind on patches), Config judges the rules, Security Hub checks
 * AWS Foundational Security Best Practices, an Access Analyzer watches the account (and finds the partner's
 * access to the export bucket, which nobody has reviewed yet), the backup plan selects
 * the analytics database and has backed it up, and new EBS volumes use the company's key. All in the home
 * region; the other region has none of it, and says so. Times are recent, relative to the generation. And
 * the Artifact stub lists AWS's own audit reports.
 */
final class DemoGatewayData {

    /** Config rules by name, with the AWS managed rule each runs. */
    static final Map<String, String> CONFIG_RULES = rules();

    private static final String ACCOUNT = Emulated.ACCOUNT;
    private static final String BASELINE = "pb-0c10e65780e3b1f3a";

    private DemoGatewayData() {}

    private static Map<String, String> rules() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("cloudtrail-enabled", "CLOUD_TRAIL_ENABLED");
        rules.put("encrypted-volumes", "ENCRYPTED_VOLUMES");
        rules.put("mfa-enabled-for-iam-console-access", "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS");
        rules.put("rds-multi-az-support", "RDS_MULTI_AZ_SUPPORT");
        rules.put("rds-storage-encrypted", "RDS_STORAGE_ENCRYPTED");
        rules.put("restricted-ssh", "INCOMING_SSH_DISABLED");
        rules.put("s3-bucket-server-side-encryption-enabled", "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED");
        rules.put("vpc-flow-logs-enabled", "VPC_FLOW_LOGS_ENABLED");
        return java.util.Collections.unmodifiableMap(rules);
    }

    static void seed(EmulatorGateway gateway, DemoScenario.Seeded account) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String web1 = account.instances().get("nw-web-1");
        String web2 = account.instances().get("nw-web-2");

        gateway.ssm()
                .instances(
                        ACCOUNT,
                        HOME,
                        List.of(managed(web1, now.minusSeconds(95)), managed(web2, now.minusSeconds(212))));
        Instant scan = now.minus(2, ChronoUnit.HOURS);
        gateway.ssm()
                .patchStates(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new SsmStub.PatchState(
                                        web1,
                                        "northwind-web",
                                        BASELINE,
                                        "Install",
                                        scan,
                                        scan.plusSeconds(414),
                                        142,
                                        0,
                                        0,
                                        0,
                                        31,
                                        0,
                                        0),
                                new SsmStub.PatchState(
                                        web2,
                                        "northwind-web",
                                        BASELINE,
                                        "Scan",
                                        scan,
                                        scan.plusSeconds(97),
                                        131,
                                        4,
                                        0,
                                        0,
                                        31,
                                        2,
                                        3)));

        gateway.config()
                .rules(
                        ACCOUNT,
                        HOME,
                        List.of(
                                new RuleCompliance("cloudtrail-enabled", "COMPLIANT", 0),
                                new RuleCompliance("encrypted-volumes", "COMPLIANT", 0),
                                new RuleCompliance("mfa-enabled-for-iam-console-access", "NON_COMPLIANT", 1),
                                new RuleCompliance("rds-multi-az-support", "NON_COMPLIANT", 1),
                                new RuleCompliance("rds-storage-encrypted", "NON_COMPLIANT", 1),
                                new RuleCompliance("restricted-ssh", "NON_COMPLIANT", 1),
                                new RuleCompliance("s3-bucket-server-side-encryption-enabled", "NON_COMPLIANT", 1),
                                new RuleCompliance("vpc-flow-logs-enabled", "COMPLIANT", 0)));

        gateway.securityHub()
                .standards(
                        ACCOUNT,
                        HOME,
                        List.of(EnabledStandard.of(
                                ACCOUNT, HOME, "aws-foundational-security-best-practices/v/1.0.0", "READY")));

        gateway.accessAnalyzer()
                .analyzers(
                        ACCOUNT,
                        HOME,
                        List.of(new AccessAnalyzerStub.Analyzer(
                                "northwind-account-analyzer",
                                "ACCOUNT",
                                "ACTIVE",
                                Instant.parse("2026-03-02T10:14:00Z"))));
        // The partner reads the export bucket, which nobody has reviewed; the vendor's support role was reviewed and
        // archived.
        gateway.accessAnalyzer()
                .findings(
                        ACCOUNT,
                        HOME,
                        "northwind-account-analyzer",
                        List.of(
                                new AccessAnalyzerStub.Finding(
                                        "5d2b8c4e-1f3a-4b6d-9e8f-0a1b2c3d4e5f",
                                        "arn:aws:s3:::" + DemoTransit.EXPORT_BUCKET,
                                        "AWS::S3::Bucket",
                                        Map.of("AWS", DemoTransit.PARTNER_ACCOUNT),
                                        List.of("s3:GetObject", "s3:ListBucket"),
                                        false,
                                        "ACTIVE",
                                        now.minus(9, ChronoUnit.DAYS)),
                                new AccessAnalyzerStub.Finding(
                                        "8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                                        "arn:aws:iam::" + ACCOUNT + ":role/northwind-vendor-support",
                                        "AWS::IAM::Role",
                                        Map.of("AWS", "arn:aws:iam::109876543210:root"),
                                        List.of("sts:AssumeRole"),
                                        false,
                                        "ARCHIVED",
                                        Instant.parse("2026-04-14T08:30:00Z"))));

        String vault = "arn:aws:backup:" + HOME + ":" + ACCOUNT + ":backup-vault:northwind-vault";
        gateway.backup()
                .selections(
                        ACCOUNT,
                        HOME,
                        List.of(BackupStub.Selection.ofResources(
                                account.backupPlanId(),
                                "3f6c2a1e-8d4b-4e0f-9a7c-51b2d8e9f0a3",
                                "databases",
                                "arn:aws:iam::" + ACCOUNT + ":role/service-role/AWSBackupDefaultServiceRole",
                                Instant.now(),
                                account.analyticsDbArn()))); // moto dates the plan now; its selection cannot be older
        Instant backedUp = now.truncatedTo(ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS);
        Instant lastBackup = backedUp.isAfter(now) ? backedUp.minus(1, ChronoUnit.DAYS) : backedUp;
        gateway.backup()
                .protectedResources(
                        ACCOUNT,
                        HOME,
                        List.of(new BackupStub.ProtectedResource(
                                account.analyticsDbArn(),
                                "RDS",
                                "nw-analytics-db",
                                lastBackup.plusSeconds(1_274),
                                vault,
                                "arn:aws:rds:" + HOME + ":" + ACCOUNT
                                        + ":snapshot:awsbackup:job-8c1d4f2e-6a3b-4c9d-b0e1-7f2a3c4d5e6f")));

        gateway.ebs().defaultKmsKeyId(ACCOUNT, HOME, account.dataKeyArn());
    }

    /** AWS's own audit reports, as Artifact lists them. */
    static void reports(ArtifactStub artifact) {
        String attest = "Certifications and Attestations";
        artifact.add(new ArtifactStub.Report(
                "report-2Uv3Qb8yXk1Jd0Ra",
                "AWS SOC 2 Type 2 Report (Security, Availability, Confidentiality, Privacy)",
                "SOC",
                attest,
                4,
                Seed.at("2025-10-01"),
                Seed.at("2026-09-30"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-7Hq1Lm2Zp9Ws4Ke6",
                "AWS SOC 1 Type 2 Report",
                "SOC",
                attest,
                4,
                Seed.at("2025-10-01"),
                Seed.at("2026-09-30"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-9Cx5Vt3Nb7Gh2Fj8",
                "AWS ISO/IEC 27001:2022 Certificate",
                "ISO",
                attest,
                2,
                Seed.at("2025-11-07"),
                Seed.at("2028-11-06"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-4Rt8Yu1Io6Pa3Sd5",
                "AWS ISO/IEC 27017:2015 Certificate",
                "ISO",
                attest,
                2,
                Seed.at("2025-11-07"),
                Seed.at("2028-11-06"),
                "PUBLISHED"));
        artifact.add(new ArtifactStub.Report(
                "report-1Qw2Er3Ty4Ui5Op6",
                "AWS ISO/IEC 27018:2019 Certificate",
                "ISO",
                attest,
                2,
                Seed.at("2025-11-07"),
                Seed.at("2028-11-06"),
                "PUBLISHED"));
        // AWS's bridge letter for the SOC reports: it speaks for the weeks after their period up to mid-November,
        // so it does not reach the end of the demo's Q4 period and the SOC 2 half stays uncovered.
        artifact.add(ArtifactStub.Report.bridgeLetter(
                "report-3Bt7Kc2Lm5Np8Qr1", 1, Seed.at("2026-10-01"), Seed.at("2026-11-15")));
        artifact.add(new ArtifactStub.Report(
                "report-5Zx6Cv7Bn8Ma9Sd0",
                "AWS PCI DSS Attestation of Compliance",
                "PCI",
                attest,
                3,
                Seed.at("2026-02-01"),
                Seed.at("2027-01-31"),
                "PUBLISHED"));
    }

    private static SsmStub.ManagedInstance managed(String instanceId, Instant lastPing) {
        return new SsmStub.ManagedInstance(
                instanceId, "Online", lastPing, "3.3.1142.0", "Linux", "Amazon Linux", "2023", "EC2Instance");
    }
}
