package dev.auditpack.check.elbv2;

import static dev.auditpack.check.LockerFixture.ok;

import java.util.List;

/** Evidence shapes of the {@code elbv2.load_balancers} collector for tests. */
final class Elbv2Fixtures {

    static final String ARN = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:";

    private Elbv2Fixtures() {}

    static String balancers(String... balancers) {
        return "{'LoadBalancers':[" + String.join(",", balancers) + "]}";
    }

    /** A load balancer of a type ({@code application}, {@code network}, {@code gateway}) with its recorded calls. */
    static String balancer(String name, String type, String listeners, String rules) {
        return "{'LoadBalancerArn':'" + lbArn(name) + "','LoadBalancerName':'" + name + "','Type':'" + type
                + "','Scheme':'internet-facing','calls':{'DescribeListeners':" + listeners
                + (rules == null ? "" : ",'DescribeRules':" + rules) + "}}";
    }

    static String lbArn(String name) {
        return ARN + "loadbalancer/app/" + name + "/0123456789abcdef";
    }

    static String listenerArn(String name, int port) {
        return ARN + "listener/app/" + name + "/0123456789abcdef/" + port;
    }

    static String listeners(String... listeners) {
        return ok("[" + String.join(",", listeners) + "]");
    }

    static String listener(String balancer, String protocol, int port, String policy, String actions) {
        return "{'ListenerArn':'" + listenerArn(balancer, port) + "','LoadBalancerArn':'" + lbArn(balancer)
                + "','Protocol':'" + protocol + "','Port':" + port
                + (policy == null ? "" : ",'SslPolicy':'" + policy + "'")
                + ",'DefaultActions':" + actions + "}";
    }

    static final String FORWARD = "[{'Type':'forward','TargetGroupArn':'" + ARN + "targetgroup/web/1'}]";
    static final String REDIRECT =
            "[{'Type':'redirect','RedirectConfig':{'Protocol':'HTTPS','Port':'443','StatusCode':'HTTP_301'}}]";

    /** DescribeRules results by listener ARN. */
    static String rules(String listenerArn, String result) {
        return "{'" + listenerArn + "':" + result + "}";
    }

    static String rule(String priority, List<String> paths, String actions) {
        return "{'RuleArn':'" + ARN + "listener-rule/" + priority + "','Priority':'" + priority + "','IsDefault':"
                + priority.equals("default") + ",'Conditions':"
                + (paths.isEmpty() ? "[]" : "[{'Field':'path-pattern','Values':['" + String.join("','", paths) + "']}]")
                + ",'Actions':" + actions + "}";
    }
}
