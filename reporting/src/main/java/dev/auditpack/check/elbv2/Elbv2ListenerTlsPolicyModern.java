package dev.auditpack.check.elbv2;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.ProtocolFloors;
import dev.auditpack.check.Severity;
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

    static final ProtocolFloors POLICIES = ProtocolFloors.load(Elbv2ListenerTlsPolicyModern.class, "security-policies.txt");

    public Elbv2ListenerTlsPolicyModern() {
        super("elbv2_listener_tls_policy_modern", "Load balancer listeners refuse TLS 1.0 and 1.1", Severity.MEDIUM,
                "TLS 1.0 and 1.1 have known weaknesses and no longer meet PCI DSS, NIST SP 800-52 or the major browsers' "
                        + "requirements; a policy that still accepts them lets a client or attacker negotiate down to them.",
                "Change the listener's security policy to one that accepts TLS 1.2 and later, for example "
                        + "ELBSecurityPolicy-TLS13-1-2-Res-2021-06 or its post-quantum successor.");
    }

    @Override
    void judge(String account, String region, LoadBalancers.Balancer b, String path, FindingSink findings) {
        if (!b.listeners().isOk()) {
            findings.add(gap(account, region, b.arn(), "The listeners of load balancer " + b.name() + " could not be read ("
                    + b.listeners().errorCode() + ").", path));
            return;
        }
        List<LoadBalancers.Listener> tls = b.listenerList().stream().filter(LoadBalancers.Listener::terminatesTls).toList();
        if (tls.isEmpty()) {
            findings.add(notApplicable(account, region, b.arn(), "Load balancer " + b.name()
                    + " has no HTTPS or TLS listener.", path));
        }
        for (LoadBalancers.Listener l : tls) {
            String listener = "Listener " + l.label() + " of load balancer " + b.name();
            if (l.sslPolicy().isBlank()) {
                findings.add(gap(account, region, l.arn(), listener + " has no security policy in the evidence.", path));
                continue;
            }
            Optional<String> floor = POLICIES.floor(l.sslPolicy());
            if (floor.isEmpty()) {
                findings.add(gap(account, region, l.arn(), listener + " uses security policy " + l.sslPolicy()
                        + ", which is not in auditpack's table of security policies (" + POLICIES.source()
                        + "), so the oldest TLS version it accepts is unknown.", path));
            } else if (ProtocolFloors.modern(floor.get())) {
                findings.add(pass(account, region, l.arn(), listener + " uses " + l.sslPolicy() + ", which accepts "
                        + floor.get() + " and later.", path));
            } else {
                findings.add(fail(account, region, l.arn(), listener + " uses " + l.sslPolicy() + ", which still accepts "
                        + floor.get() + ".", path));
            }
        }
    }
}
