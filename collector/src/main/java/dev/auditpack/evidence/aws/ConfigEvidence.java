package dev.auditpack.evidence.aws;

/**
 * AWS Config evidence: each region's recorders, their status, delivery channels, rules and rule compliance.
 */
public final class ConfigEvidence {

    /** Collector id: the region's recorders, their status, delivery channels, rules and compliance. */
    public static final String RECORDERS = "config.recorders";

    /** Operation names: the keys under which answers are recorded. */
    public static final String DESCRIBE_CONFIGURATION_RECORDERS = "DescribeConfigurationRecorders";

    public static final String DESCRIBE_CONFIGURATION_RECORDER_STATUS = "DescribeConfigurationRecorderStatus";
    public static final String DESCRIBE_DELIVERY_CHANNELS = "DescribeDeliveryChannels";
    public static final String DESCRIBE_CONFIG_RULES = "DescribeConfigRules";
    public static final String DESCRIBE_COMPLIANCE_BY_CONFIG_RULE = "DescribeComplianceByConfigRule";

    private ConfigEvidence() {}
}
