package dev.auditpack.collector.aws.elbv2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.Recorded;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.aws.Elbv2Evidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/**
 * The region's application, network and gateway load balancers with their listeners: protocol, port, TLS
 * security policy and default actions. An empty list is a real answer: no load balancer in the region.
 * Classic load balancers are a different API and are not listed.
 *
 * <p>Shape: {@code data.LoadBalancers[]}, each as DescribeLoadBalancers returned it, sorted by ARN, plus
 * {@code calls.DescribeListeners}, the recorded result holding the load balancer's listeners of every page,
 * sorted by listener ARN. When some listener speaks plain HTTP, {@code calls.DescribeRules} is an object from
 * each such listener's ARN to the recorded result holding its rules (the default rule included) of every page,
 * sorted by rule ARN: a listener whose default action redirects to HTTPS may still forward some paths in clear.
 */
@AutoService(Collector.class)
public final class Elbv2LoadBalancersCollector implements Collector {

    static final Operation DESCRIBE_LOAD_BALANCERS = new Operation(
            "ElasticLoadBalancingV2",
            Elbv2Evidence.DESCRIBE_LOAD_BALANCERS,
            "elasticloadbalancing:DescribeLoadBalancers");
    static final Operation DESCRIBE_LISTENERS = new Operation(
            "ElasticLoadBalancingV2", Elbv2Evidence.DESCRIBE_LISTENERS, "elasticloadbalancing:DescribeListeners");
    static final Operation DESCRIBE_RULES =
            new Operation("ElasticLoadBalancingV2", Elbv2Evidence.DESCRIBE_RULES, "elasticloadbalancing:DescribeRules");

    @Override
    public String id() {
        return Elbv2Evidence.LOAD_BALANCERS;
    }

    @Override
    public String description() {
        return "The region's application, network and gateway load balancers and their listeners' protocols and TLS policies.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_LOAD_BALANCERS, DESCRIBE_LISTENERS, DESCRIBE_RULES);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        ElasticLoadBalancingV2Client elb = context.client(ElasticLoadBalancingV2Client.class);
        List<LoadBalancer> balancers = recorder.require(
                DESCRIBE_LOAD_BALANCERS,
                () -> elb.describeLoadBalancersPaginator(r -> {}).loadBalancers().stream()
                        .sorted(Comparator.comparing(LoadBalancer::loadBalancerArn))
                        .toList());
        ArrayNode out = recorder.data().putArray("LoadBalancers");
        for (LoadBalancer balancer : balancers) {
            String arn = balancer.loadBalancerArn();
            ObjectNode node = (ObjectNode) SdkJson.toJson(balancer);
            ObjectNode calls = node.putObject("calls");
            Recorded<List<Listener>> listeners = recorder.call(
                    DESCRIBE_LISTENERS,
                    arn,
                    () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(arn)).listeners().stream()
                            .sorted(Comparator.comparing(Listener::listenerArn))
                            .toList());
            EvidenceRecorder.put(calls, DESCRIBE_LISTENERS, listeners.result());
            List<Listener> plain = listeners.value().orElse(List.of()).stream()
                    .filter(l -> l.protocol() == ProtocolEnum.HTTP)
                    .toList();
            if (!plain.isEmpty()) {
                ObjectNode rules = calls.putObject(DESCRIBE_RULES.name());
                for (Listener listener : plain) {
                    String listenerArn = listener.listenerArn();
                    rules.set(
                            listenerArn,
                            recorder.call(
                                            DESCRIBE_RULES,
                                            listenerArn,
                                            () ->
                                                    elb
                                                            .describeRulesPaginator(r -> r.listenerArn(listenerArn))
                                                            .rules()
                                                            .stream()
                                                            .sorted(Comparator.comparing(Rule::ruleArn))
                                                            .toList())
                                    .result()
                                    .toJson());
                }
            }
            out.add(node);
        }
    }
}
