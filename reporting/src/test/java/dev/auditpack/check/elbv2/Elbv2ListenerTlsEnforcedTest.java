package dev.auditpack.check.elbv2;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.FORWARD;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.REDIRECT;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.balancer;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.balancers;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.lbArn;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listener;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listenerArn;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.listeners;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.rule;
import static dev.auditpack.check.elbv2.Elbv2Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Elbv2ListenerTlsEnforcedTest {

    @TempDir
    Path dir;

    private static final String POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /** An application load balancer with HTTPS:443 and an HTTP:80 listener whose rules are given. */
    private static String withHttp(String name, String defaultActions, String rulesResult) {
        return balancer(
                name,
                "application",
                listeners(
                        listener(name, "HTTPS", 443, POLICY, FORWARD),
                        listener(name, "HTTP", 80, null, defaultActions)),
                rules(listenerArn(name, 80), rulesResult));
    }

    @Test
    void judgesEachLoadBalancersListeners() {
        var ev = new LockerFixture(dir)
                .doc(
                        "elbv2.load_balancers",
                        "eu-west-1",
                        balancers(
                                withHttp("redirects", REDIRECT, ok("[" + rule("default", List.of(), REDIRECT) + "]")),
                                balancer(
                                        "https-only",
                                        "application",
                                        listeners(listener("https-only", "HTTPS", 443, POLICY, FORWARD)),
                                        null),
                                withHttp("forwards", FORWARD, ok("[" + rule("default", List.of(), FORWARD) + "]")),
                                withHttp(
                                        "rule-leaks",
                                        REDIRECT,
                                        ok("[" + rule("10", List.of("/health"), FORWARD) + ","
                                                + rule("default", List.of(), REDIRECT) + "]")),
                                withHttp(
                                        "same-protocol",
                                        "[{'Type':'redirect','RedirectConfig':{'Protocol':'#{protocol}','Port':'8080'}}]",
                                        null),
                                withHttp("rules-denied", REDIRECT, error("AccessDenied")),
                                balancer(
                                        "nlb-tls",
                                        "network",
                                        listeners(
                                                listener("nlb-tls", "TLS", 443, POLICY, FORWARD),
                                                listener("nlb-tls", "TCP", 22, null, FORWARD)),
                                        null),
                                balancer(
                                        "nlb-tcp",
                                        "network",
                                        listeners(listener("nlb-tcp", "TCP", 443, null, FORWARD)),
                                        null),
                                balancer(
                                        "appliances",
                                        "gateway",
                                        listeners(listener("appliances", "GENEVE", 6081, null, FORWARD)),
                                        null),
                                balancer("idle", "application", listeners(), null),
                                balancer("unread", "application", error("AccessDenied"), null)))
                .build();

        List<Finding> f = run(new Elbv2ListenerTlsEnforced(), ev);

        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(lbArn("redirects"), CheckStatus.PASS),
                        tuple(lbArn("https-only"), CheckStatus.PASS),
                        tuple(lbArn("forwards"), CheckStatus.FAIL),
                        tuple(lbArn("rule-leaks"), CheckStatus.FAIL),
                        tuple(lbArn("same-protocol"), CheckStatus.FAIL),
                        tuple(lbArn("rules-denied"), CheckStatus.GAP),
                        tuple(lbArn("nlb-tls"), CheckStatus.PASS),
                        tuple(lbArn("nlb-tcp"), CheckStatus.NOT_APPLICABLE),
                        tuple(lbArn("appliances"), CheckStatus.NOT_APPLICABLE),
                        tuple(lbArn("idle"), CheckStatus.NOT_APPLICABLE),
                        tuple(lbArn("unread"), CheckStatus.GAP));
        assertThat(f)
                .extracting(Finding::reason)
                .containsExactly(
                        "Load balancer redirects takes requests only over TLS: HTTPS:443, HTTP:80 redirected to HTTPS.",
                        "Load balancer https-only takes requests only over TLS: HTTPS:443.",
                        "Load balancer forwards serves plain HTTP: listener HTTP:80 forwards requests without redirecting to HTTPS.",
                        "Load balancer rule-leaks serves plain HTTP: listener HTTP:80 redirects to HTTPS by default but its rules "
                                + "for /health serve in clear.",
                        "Load balancer same-protocol serves plain HTTP: listener HTTP:80 forwards requests without redirecting to HTTPS.",
                        "Whether load balancer rules-denied serves plain HTTP is unknown: the rules of listener HTTP:80 (AccessDenied) "
                                + "could not be read.",
                        "Load balancer nlb-tls takes requests only over TLS: TLS:443; TCP:22 passed through, not judged.",
                        "Load balancer nlb-tcp passes TCP:443 through without terminating TLS; whether that traffic is encrypted "
                                + "end to end does not show in its configuration.",
                        "Load balancer appliances is a gateway load balancer: it forwards packets to appliances and terminates no connection.",
                        "Load balancer idle has no listener, so it accepts no request.",
                        "The listeners of load balancer unread could not be read (AccessDenied).");
        assertThat(f).allSatisfy(x -> assertThat(x.region()).isEqualTo("eu-west-1"));
    }

    @Test
    void aRegionWithoutLoadBalancersIsNotApplicableAndOneNotReadIsAGap() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1")
                .doc("elbv2.load_balancers", "eu-west-1", balancers())
                .failed(
                        "elbv2.load_balancers",
                        "us-east-1",
                        "elasticloadbalancing:DescribeLoadBalancers",
                        "AccessDenied")
                .build();
        List<Finding> f = run(new Elbv2ListenerTlsEnforced(), ev);
        assertThat(f)
                .extracting(Finding::region, Finding::status)
                .containsExactly(tuple("eu-west-1", CheckStatus.NOT_APPLICABLE), tuple("us-east-1", CheckStatus.GAP));
        assertThat(f.get(0).resource()).isEqualTo("arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancers");
    }
}
