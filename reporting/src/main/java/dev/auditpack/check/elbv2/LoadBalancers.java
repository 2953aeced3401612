package dev.auditpack.check.elbv2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.Elbv2Evidence;
import java.util.ArrayList;
import java.util.List;

/** The load balancers and listeners recorded by the {@code elbv2.load_balancers} collector. */
final class LoadBalancers {

    /** One load balancer, what DescribeListeners answered about it, and the rules of its plain HTTP listeners. */
    record Balancer(String arn, String name, String type, OperationResult listeners, JsonNode rules) {

        /** The listeners; empty unless DescribeListeners answered. */
        List<Listener> listenerList() {
            List<Listener> out = new ArrayList<>();
            if (listeners.isOk()) {
                for (JsonNode l : listeners.response()) {
                    out.add(new Listener(
                            l.path("ListenerArn").asText(),
                            l.path("Protocol").asText(""),
                            l.path("Port").asInt(),
                            l.path("SslPolicy").asText(""),
                            l.path("DefaultActions")));
                }
            }
            return out;
        }

        /** DescribeRules's recorded result for a listener; an ERROR result when it was not recorded. */
        OperationResult rulesOf(String listenerArn) {
            return OperationResult.from(rules.get(listenerArn));
        }
    }

    /** One listener as DescribeListeners returned it. */
    record Listener(String arn, String protocol, int port, String sslPolicy, JsonNode defaultActions) {

        /** {@code HTTPS:443}, how the listener is named in reasons. */
        String label() {
            return protocol + ":" + port;
        }

        boolean terminatesTls() {
            return protocol.equals("HTTPS") || protocol.equals("TLS");
        }
    }

    private LoadBalancers() {}

    static List<Balancer> from(JsonNode list) {
        List<Balancer> out = new ArrayList<>();
        for (JsonNode b : list) {
            JsonNode calls = b.path("calls");
            out.add(new Balancer(
                    b.path("LoadBalancerArn").asText(),
                    b.path("LoadBalancerName").asText(),
                    b.path("Type").asText(""),
                    OperationResult.from(calls.get(Elbv2Evidence.DESCRIBE_LISTENERS)),
                    calls.path(Elbv2Evidence.DESCRIBE_RULES)));
        }
        return out;
    }
}
