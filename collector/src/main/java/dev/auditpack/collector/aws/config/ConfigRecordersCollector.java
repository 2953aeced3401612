package dev.auditpack.collector.aws.config;

import com.google.auto.service.AutoService;
import dev.auditpack.collector.CollectionContext;
import dev.auditpack.collector.Collector;
import dev.auditpack.collector.EvidenceRecorder;
import dev.auditpack.collector.Operation;
import dev.auditpack.collector.SdkJson;
import dev.auditpack.evidence.CollectorScope;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.ConfigEvidence;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.ConfigRule;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;
import software.amazon.awssdk.services.config.model.DeliveryChannel;
import software.amazon.awssdk.services.config.model.DescribeConfigurationRecorderStatusResponse;
import software.amazon.awssdk.services.config.model.DescribeConfigurationRecordersResponse;
import software.amazon.awssdk.services.config.model.DescribeDeliveryChannelsResponse;

/**
 * Whether AWS Config records configuration changes in the region, whether it is recording now, where it
 * delivers the history, and which Config rules judge the resources with what compliance.
 *
 * <p>Shape: one recorded result per operation under its name: {@code DescribeConfigurationRecorders},
 * {@code DescribeConfigurationRecorderStatus} and {@code DescribeDeliveryChannels} (responses as returned,
 * lists sorted by name), {@code DescribeConfigRules} (every rule of every page, sorted by
 * {@code ConfigRuleName}) and {@code DescribeComplianceByConfigRule} (every rule's compliance, sorted by
 * {@code ConfigRuleName}). The file rests on DescribeConfigurationRecorders; any other call that fails
 * is an ERROR in its place and the rest still stands. Empty lists mean Config is not set up.
 */
@AutoService(Collector.class)
public final class ConfigRecordersCollector implements Collector {

    static final Operation DESCRIBE_RECORDERS = Operation.of("Config", ConfigEvidence.DESCRIBE_CONFIGURATION_RECORDERS);
    static final Operation DESCRIBE_RECORDER_STATUS =
            Operation.of("Config", ConfigEvidence.DESCRIBE_CONFIGURATION_RECORDER_STATUS);
    static final Operation DESCRIBE_DELIVERY_CHANNELS =
            Operation.of("Config", ConfigEvidence.DESCRIBE_DELIVERY_CHANNELS);
    static final Operation DESCRIBE_CONFIG_RULES = Operation.of("Config", ConfigEvidence.DESCRIBE_CONFIG_RULES);
    static final Operation DESCRIBE_COMPLIANCE =
            Operation.of("Config", ConfigEvidence.DESCRIBE_COMPLIANCE_BY_CONFIG_RULE);

    @Override
    public String id() {
        return ConfigEvidence.RECORDERS;
    }

    @Override
    public String description() {
        return "AWS Config recorders, their status, delivery channels, Config rules and rule compliance.";
    }

    @Override
    public CollectorScope scope() {
        return CollectorScope.REGIONAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(
                DESCRIBE_RECORDERS,
                DESCRIBE_RECORDER_STATUS,
                DESCRIBE_DELIVERY_CHANNELS,
                DESCRIBE_CONFIG_RULES,
                DESCRIBE_COMPLIANCE);
    }

    @Override
    public void collect(CollectionContext context, EvidenceRecorder recorder) {
        ConfigClient config = context.client(ConfigClient.class);
        DescribeConfigurationRecordersResponse recorders =
                recorder.require(DESCRIBE_RECORDERS, () -> sorted(config.describeConfigurationRecorders()));
        EvidenceRecorder.put(recorder.data(), DESCRIBE_RECORDERS, OperationResult.ok(SdkJson.toJson(recorders)));
        EvidenceRecorder.put(
                recorder.data(),
                DESCRIBE_RECORDER_STATUS,
                recorder.call(
                                DESCRIBE_RECORDER_STATUS,
                                null,
                                () -> sorted(config.describeConfigurationRecorderStatus()))
                        .result());
        EvidenceRecorder.put(
                recorder.data(),
                DESCRIBE_DELIVERY_CHANNELS,
                recorder.call(DESCRIBE_DELIVERY_CHANNELS, null, () -> sorted(config.describeDeliveryChannels()))
                        .result());
        EvidenceRecorder.put(
                recorder.data(),
                DESCRIBE_CONFIG_RULES,
                recorder.call(
                                DESCRIBE_CONFIG_RULES,
                                null,
                                () -> config.describeConfigRulesPaginator(r -> {}).configRules().stream()
                                        .sorted(Comparator.comparing(ConfigRule::configRuleName))
                                        .toList())
                        .result());
        EvidenceRecorder.put(
                recorder.data(),
                DESCRIBE_COMPLIANCE,
                recorder.call(
                                DESCRIBE_COMPLIANCE,
                                null,
                                () ->
                                        config
                                                .describeComplianceByConfigRulePaginator(r -> {})
                                                .complianceByConfigRules()
                                                .stream()
                                                .sorted(Comparator.comparing(ComplianceByConfigRule::configRuleName))
                                                .toList())
                        .result());
    }

    private static DescribeConfigurationRecordersResponse sorted(DescribeConfigurationRecordersResponse r) {
        return !r.hasConfigurationRecorders()
                ? r
                : r.toBuilder()
                        .configurationRecorders(r.configurationRecorders().stream()
                                .sorted(Comparator.comparing(ConfigurationRecorder::name))
                                .toList())
                        .build();
    }

    private static DescribeConfigurationRecorderStatusResponse sorted(DescribeConfigurationRecorderStatusResponse r) {
        return !r.hasConfigurationRecordersStatus()
                ? r
                : r.toBuilder()
                        .configurationRecordersStatus(r.configurationRecordersStatus().stream()
                                .sorted(Comparator.comparing(ConfigurationRecorderStatus::name))
                                .toList())
                        .build();
    }

    private static DescribeDeliveryChannelsResponse sorted(DescribeDeliveryChannelsResponse r) {
        return !r.hasDeliveryChannels()
                ? r
                : r.toBuilder()
                        .deliveryChannels(r.deliveryChannels().stream()
                                .sorted(Comparator.comparing(DeliveryChannel::name))
                                .toList())
                        .build();
    }
}
