package dev.auditpack.emulator;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionStatusCodeEnum;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * Seeds the emulator through the AWS APIs with a small company account: first misconfigured the way real
 * accounts often are, then with each finding fixed.
 *
 * <p>What moto cannot show: the root user. moto has no API to give root an MFA device or access keys, and
 * its credential report has no root row, so root MFA always reads as off and root keys as absent. Nor
 * can it list Security Hub's enabled standards (GetEnabledStandards answers 404).
 */
public final class Seed {

    public static final String PUBLIC_BUCKET = "acme-public-assets";
    public static final String LOG_BUCKET = "acme-audit-logs";
    public static final String TRAIL_BUCKET = "acme-cloudtrail";
    /** The application load balancer {@link #misconfigured()} puts in front of the web servers. */
    public static final String LOAD_BALANCER = "acme-web";
    /** The region of {@link #LOAD_BALANCER}. */
    public static final String LOAD_BALANCER_REGION = "eu-west-1";
    /** The console password of the seeded users; IAM never returns it, so no evidence may hold it. */
    public static final String CONSOLE_PASSWORD = "Initial-Passw0rd!";
    /** The regions {@link #fixed()} turns detection and flow logs on in. */
    public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

    private final MotoServer moto;

    public Seed(MotoServer moto) {
        this.moto = moto;
    }

    /**
     * A console user without MFA, a weak password policy, a bucket open to the public with no encryption, no
     * bucket access logging, no account-level public access block, no bucket policy that refuses requests
     * without TLS, and no CloudTrail. EBS encryption by default is off, as moto starts. In eu-west-1 a load
     * balancer serves plain HTTP on port 80 (forwarding, not redirecting) and HTTPS with a TLS policy that still
     * allows TLS 1.0.
     */
    public void misconfigured() {
        try (IamClient iam = Emulated.iam(moto);
                S3Client s3 = Emulated.s3(moto, "us-east-1")) {
            iam.createUser(r -> r.userName("alice"));
            iam.createLoginProfile(r -> r.userName("alice").password(CONSOLE_PASSWORD));
            iam.createUser(r -> r.userName("bob"));
            iam.createLoginProfile(r -> r.userName("bob").password(CONSOLE_PASSWORD));
            enableMfa(iam, "bob");
            iam.createUser(r -> r.userName("svc-deploy"));
            iam.createAccessKey(r -> r.userName("svc-deploy"));
            iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(8).requireNumbers(true));

            s3.createBucket(r -> r.bucket(PUBLIC_BUCKET));
            s3.putBucketPolicy(r -> r.bucket(PUBLIC_BUCKET).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",
                    "Action":"s3:GetObject","Resource":"arn:aws:s3:::%s/*"}]}""".formatted(PUBLIC_BUCKET)));
            s3.putObject(r -> r.bucket(PUBLIC_BUCKET).key("index.html"), RequestBody.fromString("<h1>Acme</h1>"));

            s3.createBucket(r -> r.bucket(LOG_BUCKET));
            blockPublicAccess(s3, LOG_BUCKET);
            s3.putBucketEncryption(r -> r.bucket(LOG_BUCKET)
                    .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(
                            d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS)))));
            s3.putBucketVersioning(
                    r -> r.bucket(LOG_BUCKET).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
        try (ElasticLoadBalancingV2Client elb =
                        Emulated.client(ElasticLoadBalancingV2Client.builder(), moto, LOAD_BALANCER_REGION);
                Ec2Client ec2 = Emulated.client(Ec2Client.builder(), moto, LOAD_BALANCER_REGION);
                IamClient iam = Emulated.iam(moto)) {
            String vpc = ec2.describeVpcs(
                            r -> r.filters(f -> f.name("isDefault").values("true")))
                    .vpcs()
                    .get(0)
                    .vpcId();
            List<String> subnets =
                    ec2.describeSubnets(r -> r.filters(f -> f.name("vpc-id").values(vpc))).subnets().stream()
                            .map(Subnet::subnetId)
                            .sorted()
                            .limit(2)
                            .toList();
            // moto stores an uploaded server certificate without parsing it; the listener only needs its ARN.
            String certificate = iam.uploadServerCertificate(r -> r.serverCertificateName("www.acme.example")
                            .certificateBody("placeholder certificate")
                            .privateKey("placeholder key"))
                    .serverCertificateMetadata()
                    .arn();
            String balancer = elb.createLoadBalancer(r -> r.name(LOAD_BALANCER).subnets(subnets))
                    .loadBalancers()
                    .get(0)
                    .loadBalancerArn();
            String targets = elb.createTargetGroup(r -> r.name("acme-web-servers")
                            .protocol(ProtocolEnum.HTTP)
                            .port(80)
                            .vpcId(vpc))
                    .targetGroups()
                    .get(0)
                    .targetGroupArn();
            elb.createListener(r -> r.loadBalancerArn(balancer)
                    .protocol(ProtocolEnum.HTTP)
                    .port(80)
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(targets)));
            elb.createListener(r -> r.loadBalancerArn(balancer)
                    .protocol(ProtocolEnum.HTTPS)
                    .port(443)
                    .sslPolicy("ELBSecurityPolicy-2016-08")
                    .certificates(c -> c.certificateArn(certificate))
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(targets)));
        }
    }

    /**
     * Fixes every finding {@link #misconfigured()} planted that an API can fix, and adds what a well-run
     * account has in {@link #REGIONS}: a KMS-encrypted trail, a flow log on every VPC, GuardDuty and Security Hub,
     * bucket policies that refuse requests without TLS, and a load balancer that only redirects HTTP to HTTPS and
     * allows TLS 1.2 and later.
     */
    public void fixed() {
        try (IamClient iam = Emulated.iam(moto);
                S3Client s3 = Emulated.s3(moto, "us-east-1");
                CloudTrailClient trail = Emulated.cloudTrail(moto, "us-east-1");
                KmsClient kms = Emulated.client(KmsClient.builder(), moto, "us-east-1");
                S3ControlClient control = s3Control()) {
            for (String region : new String[] {"us-east-1", "eu-west-1"}) {
                try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), moto, region)) {
                    ec2.enableEbsEncryptionByDefault(r -> {});
                }
            }
            enableMfa(iam, "alice");
            iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(14)
                    .requireNumbers(true)
                    .requireSymbols(true)
                    .requireUppercaseCharacters(true)
                    .requireLowercaseCharacters(true)
                    .passwordReusePrevention(24)
                    .maxPasswordAge(90));
            control.putPublicAccessBlock(r -> r.accountId(Emulated.ACCOUNT)
                    .publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                            .ignorePublicAcls(true)
                            .blockPublicPolicy(true)
                            .restrictPublicBuckets(true)));
            s3.deleteBucketPolicy(r -> r.bucket(PUBLIC_BUCKET));
            blockPublicAccess(s3, PUBLIC_BUCKET);
            s3.putBucketEncryption(r -> r.bucket(PUBLIC_BUCKET)
                    .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(
                            d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
            s3.putBucketVersioning(r ->
                    r.bucket(PUBLIC_BUCKET).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));

            s3.createBucket(r -> r.bucket(TRAIL_BUCKET));
            blockPublicAccess(s3, TRAIL_BUCKET);
            s3.putBucketEncryption(r -> r.bucket(TRAIL_BUCKET)
                    .serverSideEncryptionConfiguration(c -> c.rules(rule -> rule.applyServerSideEncryptionByDefault(
                            d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
            s3.putBucketVersioning(
                    r -> r.bucket(TRAIL_BUCKET).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            s3.putBucketPolicy(
                    r -> r.bucket(LOG_BUCKET).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"S3ServerAccessLogs","Effect":"Allow",
                    "Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject",
                    "Resource":"arn:aws:s3:::%s/*"},%s]}""".formatted(LOG_BUCKET, denyInsecureTransport(LOG_BUCKET))));
            for (String bucket : new String[] {PUBLIC_BUCKET, TRAIL_BUCKET}) {
                s3.putBucketPolicy(r -> r.bucket(bucket).policy("""
                        {"Version":"2012-10-17","Statement":[%s]}""".formatted(denyInsecureTransport(bucket))));
            }
            for (String bucket : new String[] {PUBLIC_BUCKET, TRAIL_BUCKET, LOG_BUCKET}) {
                s3.putBucketLogging(r -> r.bucket(bucket)
                        .bucketLoggingStatus(l ->
                                l.loggingEnabled(e -> e.targetBucket(LOG_BUCKET).targetPrefix(bucket + "/"))));
            }
            String key = kms.createKey(r -> r.description("CloudTrail logs"))
                    .keyMetadata()
                    .arn();
            kms.enableKeyRotation(r -> r.keyId(key));
            trail.createTrail(r -> r.name("org-trail")
                    .s3BucketName(TRAIL_BUCKET)
                    .isMultiRegionTrail(true)
                    .enableLogFileValidation(true)
                    .includeGlobalServiceEvents(true)
                    .kmsKeyId(key));
            trail.startLogging(r -> r.name("org-trail"));
        }
        REGIONS.forEach(this::monitor);
        try (ElasticLoadBalancingV2Client elb =
                Emulated.client(ElasticLoadBalancingV2Client.builder(), moto, LOAD_BALANCER_REGION)) {
            String balancer = elb.describeLoadBalancers(r -> r.names(LOAD_BALANCER))
                    .loadBalancers()
                    .get(0)
                    .loadBalancerArn();
            for (Listener listener :
                    elb.describeListeners(r -> r.loadBalancerArn(balancer)).listeners()) {
                if (listener.protocol() == ProtocolEnum.HTTP) {
                    elb.modifyListener(r -> r.listenerArn(listener.listenerArn())
                            .defaultActions(a -> a.type(ActionTypeEnum.REDIRECT)
                                    .redirectConfig(c -> c.protocol("HTTPS")
                                            .port("443")
                                            .statusCode(RedirectActionStatusCodeEnum.HTTP_301))));
                } else {
                    elb.modifyListener(r ->
                            r.listenerArn(listener.listenerArn()).sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06"));
                }
            }
        }
    }

    /** A bucket policy statement that refuses every request to the bucket made without TLS. */
    public static String denyInsecureTransport(String bucket) {
        return """
                {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*",
                "Resource":["arn:aws:s3:::%1$s","arn:aws:s3:::%1$s/*"],
                "Condition":{"Bool":{"aws:SecureTransport":"false"}}}""".formatted(bucket);
    }

    private void monitor(String region) {
        try (Ec2Client ec2 = Emulated.client(Ec2Client.builder(), moto, region);
                GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), moto, region);
                SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), moto, region)) {
            List<String> vpcs =
                    ec2.describeVpcs().vpcs().stream().map(Vpc::vpcId).toList();
            var flowLogs = ec2.createFlowLogs(r -> r.resourceIds(vpcs)
                    .resourceType(FlowLogsResourceType.VPC)
                    .trafficType(TrafficType.ALL)
                    .logDestinationType(LogDestinationType.S3)
                    .logDestination("arn:aws:s3:::" + TRAIL_BUCKET));
            if (!flowLogs.unsuccessful().isEmpty()) {
                throw new IllegalStateException("moto refused flow logs: " + flowLogs.unsuccessful());
            }
            guardDuty.createDetector(r -> r.enable(true));
            hub.enableSecurityHub(r -> r.enableDefaultStandards(true));
        }
    }

    private S3ControlClient s3Control() {
        return S3ControlClient.builder()
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(Emulated.credentials())
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .endpointProvider(p -> java.util.concurrent.CompletableFuture.completedFuture(
                        software.amazon.awssdk.endpoints.Endpoint.builder()
                                .url(moto.endpoint())
                                .build()))
                .build();
    }

    private static void blockPublicAccess(S3Client s3, String bucket) {
        s3.putPublicAccessBlock(r -> r.bucket(bucket)
                .publicAccessBlockConfiguration(c -> c.blockPublicAcls(true)
                        .ignorePublicAcls(true)
                        .blockPublicPolicy(true)
                        .restrictPublicBuckets(true)));
    }

    private static void enableMfa(IamClient iam, String user) {
        String serial = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(user + "-mfa"))
                .virtualMFADevice()
                .serialNumber();
        iam.enableMFADevice(r -> r.userName(user)
                .serialNumber(serial)
                .authenticationCode1("123456")
                .authenticationCode2("654321"));
    }

    /** A clock-independent instant for report periods. */
    public static Instant at(String isoDate) {
        return Instant.parse(isoDate + "T00:00:00Z");
    }
}
