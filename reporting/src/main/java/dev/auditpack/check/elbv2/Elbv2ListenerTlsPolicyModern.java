package dev.auditpack.check.elbv2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.ProtocolFloors;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.List;
import java.util.Optional;

/**
 * Each HTTPS or TLS listener uses a security policy that refuses TLS 1.0 and 1.1. The oldest version each
 * policy accepts is data shipped with auditpack ({@code security-policies.txt}, with its source); a policy not
 * in it is a GAP, never a pass. One finding per listener; a load balancer without such a listener is
 * NOT_APPLICABLE.
 */
@AutoService(Check.class)
public final class Elbv2ListenerTlsPolicyModern extends BalancerCheck {

    static final ProtocolFloors POLICIES =
            ProtocolFloors.load(Elbv2ListenerTlsPolicyModern.class, "security-policies.txt");

    public Elbv2ListenerTlsPolicyModern() {
        super(
                "elbv2_listener_tls_policy_modern",
                "Load balancer listeners refuse TLS 1.0 and 1.1",
                Severity.MEDIUM,
                "TLS 1.0 and 1.1 have known weaknesses and no longer meet PCI DSS, NIST SP 800-52 or the major browsers' "
                        + "requirements; a policy that still accepts them lets a client or attacker negotiate down to them.",
                "Change the listener's security policy to one that accepts TLS 1.2 and later, for example "
                        + "ELBSecurityPolicy-TLS13-1-2-Res-2021-06 or its post-quantum successor.");
    }

    @Override
    void judge(String account, String region, LoadBalancers.Balancer b, String path, FindingSink findings) {
        if (!b.listeners().isOk()) {
            findings.add(gap(
                    account,
                    region,
                    b.arn(),
                    "The listeners of load balancer " + b.name() + " could not be read ("
                            + b.listeners().errorCode() + ").",
                    path));
            return;
        }
        List<LoadBalancers.Listener> tls = b.listenerList().stream()
                .filter(LoadBalancers.Listener::terminatesTls)
                .toList();
        if (tls.isEmpty()) {
            findings.add(notApplicable(
                    account, region, b.arn(), "Load balancer " + b.name() + " has no HTTPS or TLS listener.", path));
        }
        for (LoadBalancers.Listener l : tls) {
            String listener = "Listener " + l.label() + " of load balancer " + b.name();
            if (l.sslPolicy().isBlank()) {
                findings.add(
                        gap(account, region, l.arn(), listener + " has no security policy in the evidence.", path));
                continue;
            }
            Optional<String> floor = POLICIES.floor(l.sslPolicy());
            if (floor.isEmpty()) {
                findings.add(gap(
                        account,
                        region,
                        l.arn(),
                        listener + " uses security policy " + l.sslPolicy()
                                + ", which is not in auditpack's table of security policies (" + POLICIES.source()
                                + "), so the oldest TLS version it accepts is unknown.",
                        path));
            } else if (ProtocolFloors.modern(floor.get())) {
                findings.add(pass(
                        account,
                        region,
                        l.arn(),
                        listener + " uses " + l.sslPolicy() + ", which accepts " + floor.get() + " and later.",
                        path));
            } else {
                findings.add(fail(
                        account,
                        region,
                        l.arn(),
                        listener + " uses " + l.sslPolicy() + ", which still accepts " + floor.get() + ".",
                        path));
            }
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "Elastic Load Balancing DescribeLoadBalancers in every region; DescribeListeners per load balancer "
                        + "(each listener's Protocol and SslPolicy).",
                "Every HTTPS and TLS listener of every load balancer in every region of every account in scope.",
                "A listener passes when the oldest TLS version its SslPolicy accepts is TLS 1.2 or later, and fails "
                        + "when the policy still accepts TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08 does). The oldest version "
                        + "per policy comes from AWS's Elastic Load Balancing documentation, which auditpack ships as a "
                        + "dated table (security-policies.txt); a policy not in that table, or none recorded, is a gap, "
                        + "never a pass. A load balancer without an HTTPS or TLS listener is not applicable; listeners that "
                        + "could not be read, or a region whose load balancers could not be listed, are a gap.",
                "Open raw/<account>/<region>/elbv2.load_balancers.json for each region; for each element of "
                        + "data.LoadBalancers[], read calls.DescribeListeners.response[] and, for each listener with "
                        + "Protocol HTTPS or TLS, its SslPolicy; look up the oldest TLS version that policy accepts in "
                        + "AWS's list of Elastic Load Balancing security policies (docs/checks.md names auditpack's copy) "
                        + "and apply the rule."));
    }
}
