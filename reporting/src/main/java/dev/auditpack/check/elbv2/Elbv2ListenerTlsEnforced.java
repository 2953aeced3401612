package dev.auditpack.check.elbv2;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each load balancer takes requests only over TLS: its HTTPS and TLS listeners terminate TLS, and every plain
 * HTTP listener, in its default action and in every rule, only redirects to HTTPS (or answers with a fixed
 * response, which serves no content of the application). TCP and UDP listeners of a network load balancer pass
 * traffic through untouched, so whether it is encrypted end to end does not show in the configuration; they
 * are named, not judged. Gateway load balancers terminate no connection and are NOT_APPLICABLE.
 */
@AutoService(Check.class)
public final class Elbv2ListenerTlsEnforced extends BalancerCheck {

    public Elbv2ListenerTlsEnforced() {
        super(
                "elbv2_listener_tls_enforced",
                "Load balancers accept requests only over TLS",
                Severity.HIGH,
                "A listener that forwards plain HTTP sends credentials, session cookies and data across the network "
                        + "readable and changeable by anyone on the path.",
                "Give the load balancer an HTTPS (or TLS) listener with a certificate from ACM, and change every HTTP "
                        + "listener's default action and rules to redirect to HTTPS (HTTP 301).");
    }

    @Override
    void judge(String account, String region, LoadBalancers.Balancer b, String path, FindingSink findings) {
        String name = "Load balancer " + b.name();
        if (b.type().equals("gateway")) {
            findings.add(notApplicable(
                    account,
                    region,
                    b.arn(),
                    name + " is a gateway load balancer: it forwards "
                            + "packets to appliances and terminates no connection.",
                    path));
            return;
        }
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
        List<LoadBalancers.Listener> listeners = b.listenerList();
        if (listeners.isEmpty()) {
            findings.add(notApplicable(
                    account, region, b.arn(), name + " has no listener, so it accepts no request.", path));
            return;
        }
        List<String> secure = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> passThrough = new ArrayList<>();
        for (LoadBalancers.Listener l : listeners) {
            if (l.terminatesTls()) {
                secure.add(l.label());
            } else if (l.protocol().equals("HTTP")) {
                judgeHttp(b, l, secure, plain, unknown);
            } else {
                passThrough.add(l.label());
            }
        }
        if (!plain.isEmpty()) {
            findings.add(fail(
                    account, region, b.arn(), name + " serves plain HTTP: " + String.join("; ", plain) + ".", path));
        } else if (!unknown.isEmpty()) {
            findings.add(gap(
                    account,
                    region,
                    b.arn(),
                    "Whether load balancer " + b.name() + " serves plain HTTP is unknown: the rules of "
                            + String.join(", ", unknown) + " could not be read.",
                    path));
        } else if (secure.isEmpty()) {
            findings.add(notApplicable(
                    account,
                    region,
                    b.arn(),
                    name + " passes " + String.join(", ", passThrough)
                            + " through without terminating TLS; whether that traffic is encrypted end to end does not show in "
                            + "its configuration.",
                    path));
        } else {
            findings.add(pass(
                    account,
                    region,
                    b.arn(),
                    name + " takes requests only over TLS: "
                            + String.join(", ", secure)
                            + (passThrough.isEmpty()
                                    ? ""
                                    : "; " + String.join(", ", passThrough) + " passed through, not judged")
                            + ".",
                    path));
        }
    }

    /** Sorts one HTTP listener into redirecting ({@code secure}), serving in clear, or unknown. */
    private static void judgeHttp(
            LoadBalancers.Balancer b,
            LoadBalancers.Listener l,
            List<String> secure,
            List<String> plain,
            List<String> unknown) {
        if (!onlyRedirects(l.defaultActions())) {
            plain.add("listener " + l.label() + " forwards requests without redirecting to HTTPS");
            return;
        }
        OperationResult rules = b.rulesOf(l.arn());
        if (!rules.isOk()) {
            unknown.add("listener " + l.label() + " (" + rules.errorCode() + ")");
            return;
        }
        List<String> clear = new ArrayList<>();
        for (JsonNode rule : rules.response()) {
            if (!onlyRedirects(rule.path("Actions"))) {
                clear.add(pathsOf(rule));
            }
        }
        if (clear.isEmpty()) {
            secure.add(l.label() + " redirected to HTTPS");
        } else {
            plain.add("listener " + l.label() + " redirects to HTTPS by default but its rules for "
                    + String.join(", ", clear) + " serve in clear");
        }
    }

    /** Whether every action redirects to HTTPS or answers a fixed response; no action at all serves nothing. */
    private static boolean onlyRedirects(JsonNode actions) {
        for (JsonNode a : actions) {
            String type = a.path("Type").asText("");
            boolean toHttps = type.equals("redirect")
                    && a.path("RedirectConfig").path("Protocol").asText("").equals("HTTPS");
            if (!toHttps && !type.equals("fixed-response")) {
                return false;
            }
        }
        return true;
    }

    private static String pathsOf(JsonNode rule) {
        List<String> values = new ArrayList<>();
        for (JsonNode c : rule.path("Conditions")) {
            c.path("Values").forEach(v -> values.add(v.asText()));
            c.path("PathPatternConfig").path("Values").forEach(v -> values.add(v.asText()));
            c.path("HostHeaderConfig").path("Values").forEach(v -> values.add(v.asText()));
        }
        return values.isEmpty() ? "rule " + rule.path("Priority").asText("?") : String.join(" ", values);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "Elastic Load Balancing DescribeLoadBalancers in every region (Type); DescribeListeners per load "
                        + "balancer (Protocol, Port, DefaultActions); DescribeRules per plain HTTP listener (each rule's "
                        + "Actions: Type and RedirectConfig.Protocol).",
                "Every application, network and gateway load balancer in every region of every account in scope.",
                "A load balancer passes when it has an HTTPS or TLS listener and every HTTP listener, in its default "
                        + "actions and in every rule, only redirects to HTTPS or answers a fixed response. It fails when an "
                        + "HTTP listener's default action or any of its rules forwards, or redirects elsewhere than to HTTPS. "
                        + "TCP, UDP and TCP_UDP listeners pass traffic through and are named, not judged: a load balancer "
                        + "with only those is not applicable, as are gateway load balancers, load balancers without "
                        + "listeners and regions without load balancers. Listeners, or the rules of an HTTP listener, that "
                        + "could not be read are a gap, as is a region whose load balancers could not be listed.",
                "Open raw/<account>/<region>/elbv2.load_balancers.json for each region; for each element of "
                        + "data.LoadBalancers[], read Type, then calls.DescribeListeners.response[] (Protocol, Port and "
                        + "DefaultActions[] with Type and RedirectConfig.Protocol) and, for each HTTP listener, "
                        + "calls.DescribeRules.<listener ARN>.response[].Actions; apply the rule."));
    }
}
