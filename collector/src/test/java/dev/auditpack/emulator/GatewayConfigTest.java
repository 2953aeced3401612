package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.ComplianceType;
import software.amazon.awssdk.services.config.model.NoSuchConfigRuleException;

/** Config rule compliance comes from the stub; every other Config call still reaches moto. */
@ExtendWith(MotoServer.class)
class GatewayConfigTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();

    @Test
    void describeComplianceByConfigRulePagesAndFilters() {
        GATEWAY.config()
                .pageSize(2)
                .rules(
                        Emulated.ACCOUNT,
                        "eu-west-1",
                        List.of(
                                new ConfigComplianceStub.RuleCompliance("s3-bucket-ssl-requests-only", "COMPLIANT", 0),
                                new ConfigComplianceStub.RuleCompliance("iam-user-mfa-enabled", "NON_COMPLIANT", 3),
                                new ConfigComplianceStub.RuleCompliance(
                                        "ec2-ebs-encryption-by-default", "NON_COMPLIANT", 250),
                                new ConfigComplianceStub.RuleCompliance(
                                        "rds-storage-encrypted", "INSUFFICIENT_DATA", 0),
                                new ConfigComplianceStub.RuleCompliance("cloudtrail-enabled", "NOT_APPLICABLE", 0)));

        try (ConfigClient config = GatewayClients.oneAttempt(ConfigClient.builder(), GATEWAY, "eu-west-1")) {
            List<ComplianceByConfigRule> all =
                    config.describeComplianceByConfigRulePaginator(r -> {}).complianceByConfigRules().stream()
                            .toList();
            assertThat(all)
                    .extracting(ComplianceByConfigRule::configRuleName)
                    .containsExactly(
                            "s3-bucket-ssl-requests-only",
                            "iam-user-mfa-enabled",
                            "ec2-ebs-encryption-by-default",
                            "rds-storage-encrypted",
                            "cloudtrail-enabled");
            assertThat(all.get(0).compliance().complianceType()).isEqualTo(ComplianceType.COMPLIANT);
            assertThat(all.get(0).compliance().complianceContributorCount()).isNull();
            assertThat(all.get(1).compliance().complianceContributorCount().cappedCount())
                    .isEqualTo(3);
            assertThat(all.get(1).compliance().complianceContributorCount().capExceeded())
                    .isFalse();
            assertThat(all.get(2).compliance().complianceContributorCount().cappedCount())
                    .isEqualTo(100);
            assertThat(all.get(2).compliance().complianceContributorCount().capExceeded())
                    .isTrue();
            assertThat(GATEWAY.metrics().byOperation()).containsEntry("config:DescribeComplianceByConfigRule", 3L);

            assertThat(config.describeComplianceByConfigRule(r -> r.complianceTypes(ComplianceType.NON_COMPLIANT))
                            .complianceByConfigRules())
                    .hasSize(2);
            assertThat(config.describeComplianceByConfigRule(r -> r.configRuleNames("cloudtrail-enabled"))
                            .complianceByConfigRules())
                    .singleElement()
                    .satisfies(
                            c -> assertThat(c.compliance().complianceType()).isEqualTo(ComplianceType.NOT_APPLICABLE));
            assertThatThrownBy(() -> config.describeComplianceByConfigRule(r -> r.configRuleNames("no-such-rule")))
                    .isInstanceOf(NoSuchConfigRuleException.class);
        }
    }

    @Test
    void otherConfigOperationsReachMoto() {
        try (ConfigClient config = GatewayClients.oneAttempt(ConfigClient.builder(), GATEWAY, "us-east-1")) {
            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::123456789012:role/config")
                    .recordingGroup(g -> g.allSupported(true))));
            config.putDeliveryChannel(
                    r -> r.deliveryChannel(d -> d.name("default").s3BucketName("config-bucket")));
            config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));

            assertThat(config.describeConfigurationRecorderStatus().configurationRecordersStatus())
                    .singleElement()
                    .satisfies(s -> assertThat(s.recording()).isTrue());
            assertThat(config.describeDeliveryChannels().deliveryChannels()).hasSize(1);
            assertThat(config.describeConfigRules().configRules()).isEmpty();
        }
    }
}
