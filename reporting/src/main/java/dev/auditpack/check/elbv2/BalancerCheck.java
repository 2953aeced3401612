package dev.auditpack.check.elbv2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.aws.Elbv2Evidence;
import java.util.List;

/**
 * A check judged load balancer by load balancer from the {@code elbv2.load_balancers} evidence of every region:
 * GAP for a region whose load balancers could not be listed, NOT_APPLICABLE for a region without any.
 */
abstract class BalancerCheck extends EvidenceCheck {

    BalancerCheck(String id, String title, Severity severity, String rationale, String remediation) {
        super(id, title, severity, rationale, remediation, List.of(Elbv2Evidence.LOAD_BALANCERS));
    }

    /** Adds the findings on one load balancer; {@code path} is the evidence file to cite. */
    abstract void judge(
            String account, String region, LoadBalancers.Balancer balancer, String path, FindingSink findings);

    @Override
    public final void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String scope = Arn.regional("elasticloadbalancing", region, account, "loadbalancers");
                evidence.require(this, Elbv2Evidence.LOAD_BALANCERS, account, region, scope, findings)
                        .ifPresent(found -> {
                            JsonNode list = listed(
                                    found,
                                    "LoadBalancers",
                                    "load balancer",
                                    account,
                                    region,
                                    scope,
                                    "The region has no application, network or gateway load balancer.",
                                    findings);
                            for (LoadBalancers.Balancer b : LoadBalancers.from(list)) {
                                judge(account, region, b, found.path(), findings);
                            }
                        });
            }
        }
    }
}
