package dev.auditpack.collector.aws.elbv2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.CollectorScope;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/**
 * The region's application, network and gateway load balancers with their listeners: protocol, port, TLS
 * security policy and default actions. An empty list is a real answer: no load balancer in the region.
 * Classic load balancers are a different API and are not listed.
 *
 * <p>Shape: {@code data.LoadBalancers[]}, each as DescribeLoadBalancers returned it, sorted by ARN, plus
 * {@code calls.DescribeListeners}, the recorded result holding the load balancer's listeners of every page,
 * sorted by listener ARN.
 */
@AutoService(Collector.class)
public final class Elbv2LoadBalancersCollector implements Collector {

    static final Operation DESCRIBE_LOAD_BALANCERS = new Operation("ElasticLoadBalancingV2", "DescribeLoadBalancers",
            "elasticloadbalancing:DescribeLoadBalancers");
    static final Operation DESCRIBE_LISTENERS = new Operation("ElasticLoadBalancingV2", "DescribeListeners",
            "elasticloadbalancing:DescribeListeners");

    @Override
    public String id() {
        return "elbv2.load_balancers";
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
        return List.of(DESCRIBE_LOAD_BALANCERS, DESCRIBE_LISTENERS);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        ElasticLoadBalancingV2Client elb = context.client(ElasticLoadBalancingV2Client.class);
        List<LoadBalancer> balancers = recorder.require(DESCRIBE_LOAD_BALANCERS,
                () -> elb.describeLoadBalancersPaginator(r -> { }).loadBalancers().stream()
                        .sorted(Comparator.comparing(LoadBalancer::loadBalancerArn)).toList());
        ArrayNode out = recorder.data().putArray("LoadBalancers");
        for (LoadBalancer balancer : balancers) {
            String arn = balancer.loadBalancerArn();
            ObjectNode node = (ObjectNode) SdkJson.toJson(balancer);
            EvidenceRecorder.put(node.putObject("calls"), DESCRIBE_LISTENERS, recorder.call(DESCRIBE_LISTENERS, arn,
                    () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(arn)).listeners().stream()
                            .sorted(Comparator.comparing(Listener::listenerArn)).toList()).result());
            out.add(node);
        }
    }
}
