package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.cloudfront.CloudFrontDistributionsCollector;
import dev.auditpack.collector.aws.elbv2.Elbv2LoadBalancersCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.EmulatorGateway;
import dev.auditpack.emulator.Fault;
import dev.auditpack.emulator.FaultPlan;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.emulator.Seed;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.OriginProtocolPolicy;
import software.amazon.awssdk.services.cloudfront.model.SSLSupportMethod;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;

/**
 * The collectors of encryption in transit, run over HTTP through the emulator gateway: load balancers and their
 * listeners from moto, CloudFront distributions from moto completed by the gateway's ListDistributions.
 */
@ExtendWith(MotoServer.class)
class TransitCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final EmulatorGateway GATEWAY = new EmulatorGateway(MOTO.endpoint());
    private static final String HOME = Seed.LOAD_BALANCER_REGION;
    private static final String OTHER = "us-east-1";

    @AfterAll
    static void close() {
        GATEWAY.close();
    }

    @BeforeEach
    void reset() {
        MOTO.reset();
        GATEWAY.reset();
    }

    @Test
    void loadBalancersAreRecordedWithTheirListenersAndNoneIsAnEmptyAnswer(@TempDir Path dir) {
        new Seed(MOTO).misconfigured();

        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new Elbv2LoadBalancersCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        EvidenceDocument doc = run.doc("elbv2.load_balancers", HOME);
        assertThat(doc.operations())
                .containsExactly(
                        "elasticloadbalancing:DescribeListeners",
                        "elasticloadbalancing:DescribeLoadBalancers",
                        "elasticloadbalancing:DescribeRules");
        JsonNode balancers = doc.data().get("LoadBalancers");
        assertThat(balancers).hasSize(1);
        JsonNode balancer = balancers.get(0);
        assertThat(balancer.get("LoadBalancerName").asText()).isEqualTo(Seed.LOAD_BALANCER);
        assertThat(balancer.get("Type").asText()).isEqualTo("application");
        OperationResult listeners = OperationResult.from(balancer.path("calls").get("DescribeListeners"));
        assertThat(listeners.outcome()).isEqualTo(Outcome.OK);
        List<String> arns = NetworkCollectorsIT.ids(listeners.response(), "ListenerArn");
        assertThat(arns).hasSize(2).isSorted();
        JsonNode https = NetworkCollectorsIT.find(listeners.response(), "Protocol", "HTTPS");
        assertThat(https.get("Port").asInt()).isEqualTo(443);
        assertThat(https.get("SslPolicy").asText()).isEqualTo("ELBSecurityPolicy-2016-08");
        JsonNode http = NetworkCollectorsIT.find(listeners.response(), "Protocol", "HTTP");
        assertThat(http.path("DefaultActions").get(0).get("Type").asText()).isEqualTo("forward");
        JsonNode rules = balancer.path("calls").path("DescribeRules");
        assertThat(rules.size())
                .as("rules are asked for the plain HTTP listener only")
                .isEqualTo(1);
        OperationResult httpRules =
                OperationResult.from(rules.get(http.get("ListenerArn").asText()));
        assertThat(httpRules.outcome()).isEqualTo(Outcome.OK);
        assertThat(httpRules.response()).singleElement().satisfies(rule -> {
            assertThat(rule.get("IsDefault").asBoolean()).isTrue();
            assertThat(rule.path("Actions").get(0).get("Type").asText()).isEqualTo("forward");
        });

        JsonNode none = run.doc("elbv2.load_balancers", OTHER).data().get("LoadBalancers");
        assertThat(none.isArray()).isTrue();
        assertThat(none).as("no load balancer there is a real answer").isEmpty();
    }

    @Test
    void listenersThatCannotBeReadAreAnErrorInTheFileAndTheLoadBalancerStays(@TempDir Path dir) {
        new Seed(MOTO).misconfigured();
        GATEWAY.faults(FaultPlan.every(1, Fault.SERVER_ERROR).onlyFor("elasticloadbalancing:DescribeListeners"));

        EmulatorRun run = EmulatorRun.collect(
                Emulated.settings(GATEWAY, HOME).withRetries(1), dir, List.of(new Elbv2LoadBalancersCollector()));

        JsonNode balancer = run.doc("elbv2.load_balancers", HOME)
                .data()
                .get("LoadBalancers")
                .get(0);
        OperationResult listeners = OperationResult.from(balancer.path("calls").get("DescribeListeners"));
        assertThat(listeners.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(listeners.httpStatus()).isEqualTo(500);
        assertThat(balancer.path("calls").has("DescribeRules"))
                .as("no listener known, no rules asked")
                .isFalse();
        assertThat(run.index().errors()).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("elasticloadbalancing:DescribeListeners");
            assertThat(e.iamAction()).isEqualTo("elasticloadbalancing:DescribeListeners");
            assertThat(e.resource()).isEqualTo(balancer.get("LoadBalancerArn").asText());
        });
    }

    @Test
    void distributionsAreListedOnceWithTheirBehavioursAndCertificateOverEveryPage(@TempDir Path dir) {
        try (CloudFrontClient cloudFront = Emulated.client(CloudFrontClient.builder(), MOTO, OTHER)) {
            for (String name : List.of("www", "api", "static")) {
                cloudFront.createDistribution(r -> r.distributionConfig(c -> c.callerReference(name)
                        .comment(name)
                        .enabled(true)
                        .origins(o -> o.quantity(1)
                                .items(origin -> origin.id("origin")
                                        .domainName(name + ".origin.example")
                                        .customOriginConfig(co -> co.httpPort(80)
                                                .httpsPort(443)
                                                .originProtocolPolicy(OriginProtocolPolicy.HTTPS_ONLY))))
                        .defaultCacheBehavior(b -> b.targetOriginId("origin")
                                .minTTL(0L)
                                .viewerProtocolPolicy(
                                        "api".equals(name)
                                                ? ViewerProtocolPolicy.HTTPS_ONLY
                                                : ViewerProtocolPolicy.REDIRECT_TO_HTTPS))
                        .cacheBehaviors(cb -> cb.quantity(1)
                                .items(b -> b.pathPattern("/legacy/*")
                                        .targetOriginId("origin")
                                        .minTTL(0L)
                                        .viewerProtocolPolicy(ViewerProtocolPolicy.ALLOW_ALL)))
                        .viewerCertificate(v -> {
                            if (!"static".equals(name)) {
                                v.acmCertificateArn("arn:aws:acm:us-east-1:123456789012:certificate/" + name)
                                        .sslSupportMethod(SSLSupportMethod.SNI_ONLY)
                                        .minimumProtocolVersion("TLSv1.2_2021");
                            } else {
                                v.cloudFrontDefaultCertificate(true);
                            }
                        })));
            }
        }
        GATEWAY.cloudFront().pageSize(2);

        EmulatorRun run =
                EmulatorRun.collect(GATEWAY, dir, List.of(new CloudFrontDistributionsCollector()), HOME, OTHER);

        assertThat(run.index().errors()).isEmpty();
        assertThat(run.index().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.region()).isEqualTo("global"));
        JsonNode distributions =
                run.doc("cloudfront.distributions", "global").data().get("Distributions");
        assertThat(NetworkCollectorsIT.ids(distributions, "Id")).hasSize(3).isSorted();
        JsonNode api = NetworkCollectorsIT.find(distributions, "Comment", "api");
        assertThat(api.path("DefaultCacheBehavior").get("ViewerProtocolPolicy").asText())
                .isEqualTo("https-only");
        assertThat(api.path("CacheBehaviors")
                        .path("Items")
                        .get(0)
                        .get("ViewerProtocolPolicy")
                        .asText())
                .isEqualTo("allow-all");
        assertThat(api.path("CacheBehaviors")
                        .path("Items")
                        .get(0)
                        .get("PathPattern")
                        .asText())
                .isEqualTo("/legacy/*");
        assertThat(api.path("ViewerCertificate").get("MinimumProtocolVersion").asText())
                .isEqualTo("TLSv1.2_2021");
        assertThat(api.path("ViewerCertificate")
                        .get("CloudFrontDefaultCertificate")
                        .asBoolean())
                .isFalse();
        assertThat(api.path("Origins")
                        .path("Items")
                        .get(0)
                        .path("CustomOriginConfig")
                        .get("OriginProtocolPolicy")
                        .asText())
                .isEqualTo("https-only");
        assertThat(api.get("ARN").asText())
                .isEqualTo("arn:aws:cloudfront::123456789012:distribution/"
                        + api.get("Id").asText());
        JsonNode onDefault = NetworkCollectorsIT.find(distributions, "Comment", "static");
        assertThat(onDefault
                        .path("ViewerCertificate")
                        .get("CloudFrontDefaultCertificate")
                        .asBoolean())
                .isTrue();
        // Three distributions two to a page: two ListDistributions calls, once for the account, not per region.
        assertThat(run.calls())
                .filteredOn("CloudFront:ListDistributions"::equals)
                .hasSize(2);
    }

    @Test
    void anAccountWithoutDistributionsHasAnEmptyList(@TempDir Path dir) {
        EmulatorRun run = EmulatorRun.collect(GATEWAY, dir, List.of(new CloudFrontDistributionsCollector()), HOME);

        JsonNode distributions =
                run.doc("cloudfront.distributions", "global").data().get("Distributions");
        assertThat(distributions.isArray()).isTrue();
        assertThat(distributions).isEmpty();
    }
}
