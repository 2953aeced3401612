package dev.auditpack.check.elbv2;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.FORWARD;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.REDIRECT;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.balancer;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.balancers;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.lbArn;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listener;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listenerArn;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listeners;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Elbv2ListenerTlsPolicyModernTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachTlsListenersSecurityPolicyFromTheShippedTable() {
        var ev = new LockerFixture(dir)
                .doc(
                        "elbv2.load_balancers",
                        "eu-west-1",
                        balancers(
                                balancer(
                                        "web",
                                        "application",
                                        listeners(
                                                listener("web", "HTTP", 80, "ELBSecurityPolicy-2016-08", REDIRECT),
                                                listener(
                                                        "web",
                                                        "HTTPS",
                                                        443,
                                                        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
                                                        FORWARD),
                                                listener("web", "HTTPS", 8443, "ELBSecurityPolicy-2016-08", FORWARD)),
                                        null),
                                balancer(
                                        "api",
                                        "network",
                                        listeners(
                                                listener(
                                                        "api",
                                                        "TLS",
                                                        443,
                                                        "ELBSecurityPolicy-TLS-1-1-2017-01",
                                                        FORWARD),
                                                listener(
                                                        "api",
                                                        "TLS",
                                                        9443,
                                                        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
                                                        FORWARD),
                                                listener(
                                                        "api",
                                                        "TLS",
                                                        8883,
                                                        "ELBSecurityPolicy-Future-2030-01",
                                                        FORWARD),
                                                listener("api", "TLS", 5671, null, FORWARD)),
                                        null),
                                balancer(
                                        "plain",
                                        "application",
                                        listeners(listener("plain", "HTTP", 80, null, FORWARD)),
                                        null),
                                balancer("unread", "application", error("AccessDenied"), null)))
                .build();

        List<Finding> f = run(new Elbv2ListenerTlsPolicyModern(), ev);

        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(listenerArn("web", 443), CheckStatus.PASS),
                        tuple(listenerArn("web", 8443), CheckStatus.FAIL),
                        tuple(listenerArn("api", 443), CheckStatus.FAIL),
                        tuple(listenerArn("api", 9443), CheckStatus.PASS),
                        tuple(listenerArn("api", 8883), CheckStatus.GAP),
                        tuple(listenerArn("api", 5671), CheckStatus.GAP),
                        tuple(lbArn("plain"), CheckStatus.NOT_APPLICABLE),
                        tuple(lbArn("unread"), CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .startsWith(
                        "Listener HTTPS:443 of load balancer web uses ELBSecurityPolicy-TLS13-1-2-Res-2021-06, which accepts "
                                + "TLSv1.2 and later.",
                        "Listener HTTPS:8443 of load balancer web uses ELBSecurityPolicy-2016-08, which still accepts TLSv1.0.",
                        "Listener TLS:443 of load balancer api uses ELBSecurityPolicy-TLS-1-1-2017-01, which still accepts TLSv1.1.",
                        "Listener TLS:9443 of load balancer api uses ELBSecurityPolicy-TLS13-1-3-PQ-2025-09, which accepts TLSv1.3 "
                                + "and later.");
        assertThat(f.get(4).reason())
                .startsWith("Listener TLS:8883 of load balancer api uses security policy "
                        + "ELBSecurityPolicy-Future-2030-01, which is not in auditpack's table of security policies (AWS Elastic "
                        + "Load Balancing documentation");
        assertThat(f.get(5).reason())
                .isEqualTo("Listener TLS:5671 of load balancer api has no security policy in the evidence.");
        assertThat(f.get(6).reason()).isEqualTo("Load balancer plain has no HTTPS or TLS listener.");
    }

    @Test
    void aRegionWithoutLoadBalancersIsNotApplicableAndOneNotCollectedIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("elbv2.load_balancers", "eu-west-1", balancers())
                .build();
        assertThat(run(new Elbv2ListenerTlsPolicyModern(), ev))
                .extracting(Finding::region, Finding::status)
                .containsExactly(tuple("eu-west-1", CheckStatus.NOT_APPLICABLE), tuple("us-east-1", CheckStatus.GAP));
    }

    @Test
    void theShippedTableNamesItsSourceAndKnowsTheDefaultPolicies() {
        assertThat(Elbv2ListenerTlsPolicyModern.POLICIES.source())
                .contains("Security policies for your Application Load Balancer");
        assertThat(Elbv2ListenerTlsPolicyModern.POLICIES.floor("ELBSecurityPolicy-2016-08"))
                .contains("TLSv1.0");
        assertThat(Elbv2ListenerTlsPolicyModern.POLICIES.floor("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"))
                .contains("TLSv1.2");
    }
}
