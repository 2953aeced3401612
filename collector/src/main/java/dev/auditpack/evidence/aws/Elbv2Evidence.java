package dev.auditpack.evidence.aws;

/**
 * Elastic Load Balancing (v2) evidence: each region's load balancers with their listeners and listener rules.
 */
public final class Elbv2Evidence {

    /** Collector id: the region's load balancers, each with its listeners and their rules. */
    public static final String LOAD_BALANCERS = "elbv2.load_balancers";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_LOAD_BALANCERS = "DescribeLoadBalancers";

    public static final String DESCRIBE_LISTENERS = "DescribeListeners";
    public static final String DESCRIBE_RULES = "DescribeRules";

    private Elbv2Evidence() {}
}
