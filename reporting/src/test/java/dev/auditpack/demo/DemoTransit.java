package dev.auditpack.demo;

import static dev.auditpack.demo.DemoScenario.HOME;
import static dev.auditpack.demo.DemoScenario.OTHER;

import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import java.util.List;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.OriginProtocolPolicy;
import software.amazon.awssdk.services.cloudfront.model.SSLSupportMethod;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionStatusCodeEnum;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * How Northwind Analytics moves data, seeded into moto: bucket policies that refuse requests without TLS on
 * every bucket but the partner export bucket (which the partner's account may read); the public web
 * application behind a load balancer that redirects HTTP to HTTPS under a current TLS policy; the partner API
 * behind a network load balancer whose TLS listener still accepts TLS 1.0; the internal reporting tool served
 * over plain HTTP; and CloudFront in front of the web site (HTTPS only) and of the static assets, where an old
 * download path still allows HTTP.
 */
final class DemoTransit {

    /** The partner whose account may read the export bucket; Access Analyzer reports it. */
    static final String PARTNER_ACCOUNT = "210987654321";

    static final String EXPORT_BUCKET = "northwind-tmp-exports";
    private static final List<String> TLS_ONLY = List.of(
            "northwind-analytics-data",
            "northwind-web-assets",
            "northwind-cloudtrail-logs",
            "northwind-config-history",
            "northwind-vpc-flow-logs");

    private DemoTransit() {}

    static void seed(MotoServer moto) {
        bucketPolicies(moto);
        loadBalancers(moto);
        distributions(moto);
    }

    private static void bucketPolicies(MotoServer moto) {
        try (S3Client s3 = Emulated.s3(moto, OTHER)) {
            for (String bucket : TLS_ONLY) {
                s3.putBucketPolicy(r -> r.bucket(bucket).policy("""
                        {"Version":"2012-10-17","Statement":[%s]}""".formatted(Seed.denyInsecureTransport(bucket))));
            }
            s3.putBucketPolicy(
                    r -> r.bucket(EXPORT_BUCKET).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"PartnerReadsExports","Effect":"Allow",
                    "Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":["s3:GetObject","s3:ListBucket"],
                    "Resource":["arn:aws:s3:::%s","arn:aws:s3:::%s/*"]}]}""".formatted(PARTNER_ACCOUNT, EXPORT_BUCKET, EXPORT_BUCKET)));
        }
    }

    private static void loadBalancers(MotoServer moto) {
        try (ElasticLoadBalancingV2Client elb = Emulated.client(ElasticLoadBalancingV2Client.builder(), moto, HOME);
                Ec2Client ec2 = Emulated.client(Ec2Client.builder(), moto, HOME);
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
            // moto keeps an uploaded server certificate without parsing it; the listeners only need its ARN.
            String certificate = iam.uploadServerCertificate(r -> r.serverCertificateName("northwind-analytics-example")
                            .certificateBody("placeholder certificate")
                            .privateKey("placeholder key"))
                    .serverCertificateMetadata()
                    .arn();

            String web = elb.createLoadBalancer(
                            r -> r.name("nw-web").subnets(subnets).scheme(LoadBalancerSchemeEnum.INTERNET_FACING))
                    .loadBalancers()
                    .get(0)
                    .loadBalancerArn();
            String webServers = targets(elb, "nw-web-servers", ProtocolEnum.HTTP, 80, vpc);
            elb.createListener(r -> r.loadBalancerArn(web)
                    .protocol(ProtocolEnum.HTTP)
                    .port(80)
                    .defaultActions(a -> a.type(ActionTypeEnum.REDIRECT)
                            .redirectConfig(c -> c.protocol("HTTPS")
                                    .port("443")
                                    .statusCode(RedirectActionStatusCodeEnum.HTTP_301))));
            elb.createListener(r -> r.loadBalancerArn(web)
                    .protocol(ProtocolEnum.HTTPS)
                    .port(443)
                    .sslPolicy("ELBSecurityPolicy-TLS13-1-2-Res-2021-06")
                    .certificates(c -> c.certificateArn(certificate))
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(webServers)));

            String api = elb.createLoadBalancer(r -> r.name("nw-partner-api")
                            .subnets(subnets)
                            .type(LoadBalancerTypeEnum.NETWORK)
                            .scheme(LoadBalancerSchemeEnum.INTERNET_FACING))
                    .loadBalancers()
                    .get(0)
                    .loadBalancerArn();
            String apiServers = targets(elb, "nw-partner-api", ProtocolEnum.TCP, 8443, vpc);
            elb.createListener(r -> r.loadBalancerArn(api)
                    .protocol(ProtocolEnum.TLS)
                    .port(443)
                    .sslPolicy("ELBSecurityPolicy-2016-08")
                    .certificates(c -> c.certificateArn(certificate))
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(apiServers)));

            String reports = elb.createLoadBalancer(
                            r -> r.name("nw-internal-reports").subnets(subnets).scheme(LoadBalancerSchemeEnum.INTERNAL))
                    .loadBalancers()
                    .get(0)
                    .loadBalancerArn();
            String reportServers = targets(elb, "nw-report-servers", ProtocolEnum.HTTP, 8080, vpc);
            elb.createListener(r -> r.loadBalancerArn(reports)
                    .protocol(ProtocolEnum.HTTP)
                    .port(80)
                    .defaultActions(a -> a.type(ActionTypeEnum.FORWARD).targetGroupArn(reportServers)));
        }
    }

    private static String targets(
            ElasticLoadBalancingV2Client elb, String name, ProtocolEnum protocol, int port, String vpc) {
        return elb.createTargetGroup(
                        r -> r.name(name).protocol(protocol).port(port).vpcId(vpc))
                .targetGroups()
                .get(0)
                .targetGroupArn();
    }

    private static void distributions(MotoServer moto) {
        try (CloudFrontClient cloudFront = Emulated.client(CloudFrontClient.builder(), moto, OTHER)) {
            distribution(
                    cloudFront, "www.northwind-analytics.example", "nw-web-public.eu-west-1.elb.amazonaws.com", false);
            distribution(
                    cloudFront,
                    "assets.northwind-analytics.example",
                    "northwind-web-assets.s3.eu-west-1.amazonaws.com",
                    true);
        }
    }

    /** A distribution under Northwind's own name and certificate; {@code legacyPath} adds a path that allows HTTP. */
    private static void distribution(CloudFrontClient cloudFront, String alias, String origin, boolean legacyPath) {
        cloudFront.createDistribution(r -> r.distributionConfig(c -> {
            c.callerReference(alias)
                    .comment(alias)
                    .enabled(true)
                    .aliases(a -> a.quantity(1).items(alias))
                    .origins(o -> o.quantity(1)
                            .items(item -> item.id("origin")
                                    .domainName(origin)
                                    .customOriginConfig(co -> co.httpPort(80)
                                            .httpsPort(443)
                                            .originProtocolPolicy(OriginProtocolPolicy.HTTPS_ONLY))))
                    .defaultCacheBehavior(b -> b.targetOriginId("origin")
                            .minTTL(0L)
                            .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
                    .viewerCertificate(v -> v.acmCertificateArn("arn:aws:acm:us-east-1:" + Emulated.ACCOUNT
                                    + ":certificate/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
                            .sslSupportMethod(SSLSupportMethod.SNI_ONLY)
                            .minimumProtocolVersion("TLSv1.2_2021"));
            if (legacyPath) {
                c.cacheBehaviors(cb -> cb.quantity(1)
                        .items(b -> b.pathPattern("/downloads/legacy/*")
                                .targetOriginId("origin")
                                .minTTL(0L)
                                .viewerProtocolPolicy(ViewerProtocolPolicy.ALLOW_ALL)));
            }
        }));
    }
}
