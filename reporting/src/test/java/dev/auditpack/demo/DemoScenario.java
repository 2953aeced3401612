package dev.auditpack.demo;

import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.FindingPublishingFrequency;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * Northwind Analytics, the fictional company of the demo, seeded into moto through the AWS APIs. It runs in
 * eu-west-1 and keeps us-east-1 nearly empty. Mostly well run, with the findings real accounts usually have:
 * a console user without MFA, a short password policy, an unencrypted export bucket, a bucket without
 * versioning, root without MFA, SSH open to the internet on the bastion, an unencrypted single-AZ reporting
 * database, a KMS key without rotation, a DynamoDB table without point-in-time recovery, and in us-east-1 a
 * VPC without flow logs and neither GuardDuty nor Security Hub. How it moves data ({@link DemoTransit}) adds an
 * export bucket without a TLS-only policy, a partner API accepting TLS 1.0, an internal tool on plain HTTP and a
 * CloudFront path that allows HTTP. What moto cannot hold is seeded into the gateway and the Artifact stub by {@link DemoGatewayData}.
 */
final class DemoScenario {

    static final String HOME = "eu-west-1";
    static final String OTHER = "us-east-1";
    static final String DB_PASSWORD = "Demo-Db-Passw0rd-2026!";
    /** The read-only role the demo's evidence was collected through, as a customer would deploy it. */
    static final String AUDIT_ROLE = "AuditpackReadOnly";

    /**
     * What the gateway's data refers to.
     *
     * @param instances the EC2 instances' ids by Name tag
     * @param dataKeyArn the customer managed key that encrypts the analytics database and new EBS volumes
     */
    record Seeded(
            Map<String, String> instances,
            String analyticsDbArn,
            String reportingDbArn,
            String dataKeyArn,
            String backupPlanId) {}

    private DemoScenario() {}

    static Seeded seed(MotoServer moto) {
        identity(moto);
        storage(moto);
        DemoTransit.seed(moto);
        String dataKey;
        try (KmsClient kms = Emulated.client(KmsClient.builder(), moto, HOME)) {
            dataKey = kms.createKey(r -> r.description("northwind-data: analytics database and EBS volumes"))
                    .keyMetadata()
                    .arn();
            kms.enableKeyRotation(r -> r.keyId(dataKey));
            kms.createKey(r -> r.description("northwind-legacy-exports: partner file exchange"));
        }
        Map<String, String> instances = network(moto, dataKey);
        String[] databases = databases(moto, dataKey);
        serverless(moto, dataKey);
        visibility(moto);
        String plan;
        try (BackupClient backup = Emulated.client(BackupClient.builder(), moto, HOME)) {
            backup.createBackupVault(r -> r.backupVaultName("northwind-vault").encryptionKeyArn(dataKey));
            plan = backup.createBackupPlan(r -> r.backupPlan(p -> p.backupPlanName("northwind-daily-35d")
                            .rules(rule -> rule.ruleName("daily-0300-utc")
                                    .targetBackupVaultName("northwind-vault")
                                    .scheduleExpression("cron(0 3 * * ? *)")
                                    .startWindowMinutes(60L)
                                    .completionWindowMinutes(180L)
                                    .lifecycle(l -> l.deleteAfterDays(35L)))))
                    .backupPlanId();
        }
        return new Seeded(instances, databases[0], databases[1], dataKey, plan);
    }

    private static void identity(MotoServer moto) {
        try (IamClient iam = Emulated.iam(moto)) {
            for (String user : new String[] {"maria.lopez", "dev.kumar", "j.smith"}) {
                iam.createUser(r -> r.userName(user));
                iam.createLoginProfile(r -> r.userName(user).password("Demo-Passw0rd-2026!"));
            }
            for (String user : new String[] {"maria.lopez", "j.smith"}) {
                String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(user))
                        .virtualMFADevice()
                        .serialNumber();
                iam.enableMFADevice(r -> r.userName(user)
                        .serialNumber(serial)
                        .authenticationCode1("111111")
                        .authenticationCode2("222222"));
            }
            iam.createUser(r -> r.userName("ci-deployer"));
            iam.createAccessKey(r -> r.userName("ci-deployer"));
            iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(12)
                    .requireNumbers(true)
                    .requireSymbols(true)
                    .requireUppercaseCharacters(true)
                    .requireLowercaseCharacters(true)
                    .passwordReusePrevention(5));

            // The role auditpack collects through, with the policy `auditpack iam-policy` prints.
            iam.createRole(r -> r.roleName(AUDIT_ROLE).assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},
                    "Action":"sts:AssumeRole"}]}""".formatted(Emulated.ACCOUNT)));
            String readOnly = iam.createPolicy(r -> r.policyName("auditpack-read-only")
                            .policyDocument(dev.auditpack.collector.LeastPrivilegePolicy.document(
                                            dev.auditpack.collector.Collector.all())
                                    .toString()))
                    .policy()
                    .arn();
            iam.attachRolePolicy(r -> r.roleName(AUDIT_ROLE).policyArn(readOnly));

            iam.createRole(r -> r.roleName("northwind-ec2-ssm").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},
                    "Action":"sts:AssumeRole"}]}"""));
            // moto does not load AWS managed policies, so the role carries its own copy of the SSM agent's rights.
            String ssmCore = iam.createPolicy(r ->
                            r.policyName("northwind-ssm-managed-instance-core").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ssm:DescribeAssociation",
                    "ssm:GetDeployablePatchSnapshotForInstance","ssm:GetDocument","ssm:DescribeDocument",
                    "ssm:GetManifest","ssm:ListAssociations","ssm:ListInstanceAssociations","ssm:PutInventory",
                    "ssm:PutComplianceItems","ssm:UpdateAssociationStatus","ssm:UpdateInstanceAssociationStatus",
                    "ssm:UpdateInstanceInformation","ssmmessages:CreateControlChannel","ssmmessages:CreateDataChannel",
                    "ssmmessages:OpenControlChannel","ssmmessages:OpenDataChannel","ec2messages:AcknowledgeMessage",
                    "ec2messages:DeleteMessage","ec2messages:FailMessage","ec2messages:GetEndpoint",
                    "ec2messages:GetMessages","ec2messages:SendReply"],"Resource":"*"}]}"""))
                    .policy()
                    .arn();
            iam.attachRolePolicy(r -> r.roleName("northwind-ec2-ssm").policyArn(ssmCore));
            iam.createInstanceProfile(r -> r.instanceProfileName("northwind-ec2-ssm"));
            iam.addRoleToInstanceProfile(
                    r -> r.instanceProfileName("northwind-ec2-ssm").roleName("northwind-ec2-ssm"));
        }
    }

    private static void storage(MotoServer moto) {
        try (S3Client s3 = Emulated.s3(moto, OTHER);
                CloudTrailClient trail = Emulated.cloudTrail(moto, HOME);
                S3ControlClient control = S3ControlClient.builder()
                        .region(Region.US_EAST_1)
                        .credentialsProvider(Emulated.credentials())
                        .httpClient(UrlConnectionHttpClient.create())
                        .endpointProvider(p -> CompletableFuture.completedFuture(
                                Endpoint.builder().url(moto.endpoint()).build()))
                        .build()) {
            control.putPublicAccessBlock(r -> r.accountId(Emulated.ACCOUNT)
                    .publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                            .ignorePublicAcls(true)
                            .blockPublicPolicy(true)
                            .restrictPublicBuckets(true)));
            bucket(s3, "northwind-analytics-data", ServerSideEncryption.AWS_KMS, true);
            bucket(s3, "northwind-web-assets", ServerSideEncryption.AES256, false);
            bucket(s3, "northwind-cloudtrail-logs", ServerSideEncryption.AES256, true);
            bucket(s3, "northwind-config-history", ServerSideEncryption.AES256, true);
            bucket(s3, "northwind-vpc-flow-logs", ServerSideEncryption.AES256, true);
            bucket(s3, "northwind-tmp-exports", null, false);

            trail.createTrail(r -> r.name("northwind-org-trail")
                    .s3BucketName("northwind-cloudtrail-logs")
                    .isMultiRegionTrail(true)
                    .enableLogFileValidation(true)
                    .includeGlobalServiceEvents(true));
            trail.startLogging(r -> r.name("northwind-org-trail"));
        }
    }

    /** Security groups, three instances in the home region's default VPC, its flow logs, EBS encryption. */
    private static Map<String, String> network(MotoServer moto, String dataKey) {
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), moto, HOME)) {
            String vpc = ec2.describeVpcs(
                            r -> r.filters(f -> f.name("isDefault").values("true")))
                    .vpcs()
                    .get(0)
                    .vpcId();
            String web = group(ec2, vpc, "northwind-web", "HTTPS from the internet to the web tier");
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(web)
                    .ipPermissions(p -> p.ipProtocol("tcp")
                            .fromPort(443)
                            .toPort(443)
                            .ipRanges(ip -> ip.cidrIp("0.0.0.0/0").description("public HTTPS"))));
            String bastion = group(ec2, vpc, "northwind-bastion", "SSH to the bastion host");
            ec2.authorizeSecurityGroupIngress(r -> r.groupId(bastion)
                    .ipPermissions(p -> p.ipProtocol("tcp")
                            .fromPort(22)
                            .toPort(22)
                            .ipRanges(ip -> ip.cidrIp("0.0.0.0/0").description("temporary: vendor access"))));
            String db = group(ec2, vpc, "northwind-db", "PostgreSQL and MySQL from the web tier only");
            for (int port : new int[] {5432, 3306}) {
                ec2.authorizeSecurityGroupIngress(r -> r.groupId(db)
                        .ipPermissions(p ->
                                p.ipProtocol("tcp").fromPort(port).toPort(port).userIdGroupPairs(g -> g.groupId(web))));
            }
            // moto takes the whole rest of an S3 destination ARN as the bucket name, so no key prefix here.
            var flowLogs = ec2.createFlowLogs(r -> r.resourceIds(vpc)
                    .resourceType(FlowLogsResourceType.VPC)
                    .trafficType(TrafficType.ALL)
                    .logDestinationType(LogDestinationType.S3)
                    .logDestination("arn:aws:s3:::northwind-vpc-flow-logs"));
            if (!flowLogs.unsuccessful().isEmpty()) {
                throw new IllegalStateException("flow logs not created: " + flowLogs.unsuccessful());
            }
            ec2.enableEbsEncryptionByDefault(r -> {});

            String image = ec2.describeImages(r -> {}).images().get(0).imageId();
            return Map.of(
                    "nw-web-1", instance(ec2, image, dataKey, "nw-web-1", web, true),
                    "nw-web-2", instance(ec2, image, dataKey, "nw-web-2", web, true),
                    "nw-bastion-1", instance(ec2, image, dataKey, "nw-bastion-1", bastion, false));
        }
    }

    private static String group(Ec2Client ec2, String vpc, String name, String description) {
        return ec2.createSecurityGroup(r -> r.vpcId(vpc)
                        .groupName(name)
                        .description(description)
                        .tagSpecifications(t -> t.resourceType(ResourceType.SECURITY_GROUP)
                                .tags(tag -> tag.key("Name").value(name))))
                .groupId();
    }

    /** An instance with an encrypted root volume (moto does not apply EBS encryption by default to it). */
    private static String instance(
            Ec2Client ec2, String image, String key, String name, String group, boolean ssmProfile) {
        return ec2.runInstances(r -> {
                    r.imageId(image)
                            .instanceType(InstanceType.T3_MEDIUM)
                            .minCount(1)
                            .maxCount(1)
                            .securityGroupIds(group)
                            .blockDeviceMappings(b -> b.deviceName("/dev/xvda")
                                    .ebs(e -> e.volumeSize(30)
                                            .volumeType("gp3")
                                            .encrypted(true)
                                            .kmsKeyId(key)
                                            .deleteOnTermination(true)))
                            .tagSpecifications(t -> t.resourceType(ResourceType.INSTANCE)
                                    .tags(
                                            tag -> tag.key("Name").value(name),
                                            tag -> tag.key("Owner").value("platform-team")));
                    if (ssmProfile) {
                        r.iamInstanceProfile(p -> p.name("northwind-ec2-ssm"));
                    }
                })
                .instances()
                .get(0)
                .instanceId();
    }

    /** The analytics database (encrypted, Multi-AZ) and the reporting database (neither); their ARNs. */
    private static String[] databases(MotoServer moto, String dataKey) {
        try (RdsClient rds = Emulated.client(RdsClient.builder(), moto, HOME)) {
            String analytics = rds.createDBInstance(r -> r.dbInstanceIdentifier("nw-analytics-db")
                            .engine("postgres")
                            .engineVersion("16.4")
                            .dbInstanceClass("db.m6g.large")
                            .allocatedStorage(200)
                            .masterUsername("northwind")
                            .masterUserPassword(DB_PASSWORD)
                            .storageEncrypted(true)
                            .kmsKeyId(dataKey)
                            .multiAZ(true)
                            .publiclyAccessible(false)
                            .backupRetentionPeriod(14)
                            .deletionProtection(true))
                    .dbInstance()
                    .dbInstanceArn();
            String reporting = rds.createDBInstance(r -> r.dbInstanceIdentifier("nw-reporting-db")
                            .engine("mysql")
                            .engineVersion("8.0.39")
                            .dbInstanceClass("db.t3.medium")
                            .allocatedStorage(50)
                            .masterUsername("reports")
                            .masterUserPassword(DB_PASSWORD)
                            .storageEncrypted(false)
                            .multiAZ(false)
                            .publiclyAccessible(false)
                            .backupRetentionPeriod(1))
                    .dbInstance()
                    .dbInstanceArn();
            return new String[] {analytics, reporting};
        }
    }

    /** Two DynamoDB tables (only one with point-in-time recovery) and the nightly export function. */
    private static void serverless(MotoServer moto, String dataKey) {
        try (DynamoDbClient dynamo = Emulated.client(DynamoDbClient.builder(), moto, HOME);
                LambdaClient lambda = Emulated.client(LambdaClient.builder(), moto, HOME);
                IamClient iam = Emulated.iam(moto)) {
            for (String table : new String[] {"nw-customer-events", "nw-report-cache"}) {
                dynamo.createTable(r -> r.tableName(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                        .sseSpecification(
                                e -> e.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(dataKey)));
            }
            dynamo.updateContinuousBackups(r -> r.tableName("nw-customer-events")
                    .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)));
            String role = iam.createRole(
                            r -> r.roleName("northwind-nightly-export").assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},
                    "Action":"sts:AssumeRole"}]}"""))
                    .role()
                    .arn();
            lambda.createFunction(r -> r.functionName("nw-nightly-export")
                    .runtime(Runtime.PYTHON3_12)
                    .role(role)
                    .handler("export.handler")
                    .timeout(300)
                    .memorySize(512)
                    .code(c -> c.zipFile(exportCode()))
                    .environment(e -> e.variables(Map.of(
                            "EXPORT_BUCKET",
                            "northwind-tmp-exports",
                            "PARTNER_API_TOKEN",
                            "demo-token-never-collected"))));
        }
    }

    private static SdkBytes exportCode() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("export.py"));
            out.write("def handler(event, context):\n    return {'exported': 0}\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SdkBytes.fromByteArray(zip.toByteArray());
    }

    /** Config with rules, GuardDuty and Security Hub: all in the home region, none in the other. */
    private static void visibility(MotoServer moto) {
        try (ConfigClient config = Emulated.client(ConfigClient.builder(), moto, HOME);
                GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), moto, HOME);
                SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), moto, HOME)) {
            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::" + Emulated.ACCOUNT
                            + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")
                    .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));
            config.putDeliveryChannel(
                    r -> r.deliveryChannel(c -> c.name("default").s3BucketName("northwind-config-history")));
            config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
            for (Map.Entry<String, String> rule : DemoGatewayData.CONFIG_RULES.entrySet()) {
                config.putConfigRule(r -> r.configRule(c -> c.configRuleName(rule.getKey())
                        .source(s -> s.owner(Owner.AWS).sourceIdentifier(rule.getValue()))));
            }
            guardDuty.createDetector(r -> r.enable(true)
                    .findingPublishingFrequency(FindingPublishingFrequency.FIFTEEN_MINUTES)
                    .dataSources(d -> d.s3Logs(l -> l.enable(true))));
            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
        }
    }

    private static void bucket(S3Client s3, String name, ServerSideEncryption sse, boolean versioning) {
        s3.createBucket(r -> r.bucket(name));
        if (sse != null) {
            s3.putBucketEncryption(r -> r.bucket(name)
                    .serverSideEncryptionConfiguration(
                            c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(sse)))));
        }
        if (versioning) {
            s3.putBucketVersioning(
                    r -> r.bucket(name).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
    }
}
