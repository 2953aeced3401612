package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.config.ConfigRecordersCollector;
import dev.auditpack.collector.aws.guardduty.GuardDutyDetectorsCollector;
import dev.auditpack.collector.aws.securityhub.SecurityHubHubCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.EvidenceDocument;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.Owner;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.FindingPublishingFrequency;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The visibility and detection collectors against moto. Config, GuardDuty and Security Hub are set up in
 * us-east-1 and left off in eu-west-1, so each collector shows both answers.
 */
@ExtendWith(MotoServer.class)
class VisibilityCollectorsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String ON = "us-east-1";
    private static final String OFF = "eu-west-1";
    private static String detector;

    private EmulatorRun run;

    @BeforeAll
    static void seed() {
        try (S3Client s3 = Emulated.s3(MOTO, ON);
                ConfigClient config = Emulated.client(ConfigClient.builder(), MOTO, ON);
                GuardDutyClient guardDuty = Emulated.client(GuardDutyClient.builder(), MOTO, ON);
                SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), MOTO, ON)) {
            s3.createBucket(r -> r.bucket("acme-config-history"));
            config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                    .roleARN("arn:aws:iam::123456789012:role/aws-config")
                    .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));
            config.putDeliveryChannel(
                    r -> r.deliveryChannel(c -> c.name("default").s3BucketName("acme-config-history")));
            config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
            config.putConfigRule(r -> r.configRule(c -> c.configRuleName("s3-bucket-versioning-enabled")
                    .source(s -> s.owner(Owner.AWS).sourceIdentifier("S3_BUCKET_VERSIONING_ENABLED"))));
            config.putConfigRule(r -> r.configRule(c -> c.configRuleName("root-account-mfa-enabled")
                    .source(s -> s.owner(Owner.AWS).sourceIdentifier("ROOT_ACCOUNT_MFA_ENABLED"))));
            detector = guardDuty
                    .createDetector(r -> r.enable(true)
                            .findingPublishingFrequency(FindingPublishingFrequency.ONE_HOUR)
                            .dataSources(d -> d.s3Logs(l -> l.enable(true))))
                    .detectorId();
            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
        }
    }

    @BeforeEach
    void collect(@TempDir Path dir) {
        run = EmulatorRun.collect(
                MOTO,
                dir,
                List.of(
                        new ConfigRecordersCollector(),
                        new GuardDutyDetectorsCollector(),
                        new SecurityHubHubCollector()),
                ON,
                OFF);
    }

    @Test
    void everyCollectorHasAFileInEveryRegionAndOnlyWhatMotoLacksFailed() {
        assertThat(run.index().evidence())
                .extracting(EvidenceEntry::path)
                .containsExactly(
                        "raw/123456789012/eu-west-1/config.recorders.json",
                        "raw/123456789012/eu-west-1/guardduty.detectors.json",
                        "raw/123456789012/eu-west-1/securityhub.hub.json",
                        "raw/123456789012/us-east-1/config.recorders.json",
                        "raw/123456789012/us-east-1/guardduty.detectors.json",
                        "raw/123456789012/us-east-1/securityhub.hub.json");
        // moto 5.2.1 implements neither DescribeComplianceByConfigRule (500) nor GetEnabledStandards (404).
        assertThat(run.index().errors())
                .extracting(e -> e.region() + " " + e.operation() + " " + e.httpStatus())
                .containsExactly(
                        "eu-west-1 config:DescribeComplianceByConfigRule 500",
                        "us-east-1 config:DescribeComplianceByConfigRule 500",
                        "us-east-1 securityhub:GetEnabledStandards 404");
    }

    @Test
    void configRecorderDeliveryChannelAndRulesStandBesideTheFailedComplianceCall() {
        JsonNode data = run.doc("config.recorders", ON).data();
        JsonNode recorders = ok(data, "DescribeConfigurationRecorders").get("ConfigurationRecorders");
        assertThat(recorders).hasSize(1);
        assertThat(recorders.get(0).get("name").asText()).isEqualTo("default");
        assertThat(recorders.get(0).get("recordingGroup").get("allSupported").asBoolean())
                .isTrue();
        JsonNode status = ok(data, "DescribeConfigurationRecorderStatus").get("ConfigurationRecordersStatus");
        assertThat(status.get(0).get("recording").asBoolean()).isTrue();
        JsonNode channels = ok(data, "DescribeDeliveryChannels").get("DeliveryChannels");
        assertThat(channels.get(0).get("s3BucketName").asText()).isEqualTo("acme-config-history");
        JsonNode rules = ok(data, "DescribeConfigRules");
        assertThat(NetworkCollectorsIT.ids(rules, "ConfigRuleName"))
                .containsExactly("root-account-mfa-enabled", "s3-bucket-versioning-enabled");
        assertThat(rules.get(1).get("Source").get("SourceIdentifier").asText())
                .isEqualTo("S3_BUCKET_VERSIONING_ENABLED");

        OperationResult compliance = OperationResult.from(data.get("DescribeComplianceByConfigRule"));
        assertThat(compliance.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(compliance.httpStatus()).isEqualTo(500);
        assertThat(run.doc("config.recorders", ON).errors())
                .extracting(CollectionError::operation)
                .containsExactly("config:DescribeComplianceByConfigRule");
    }

    @Test
    void configNotSetUpIsEmptyListsNotErrors() {
        JsonNode data = run.doc("config.recorders", OFF).data();
        assertThat(ok(data, "DescribeConfigurationRecorders").path("ConfigurationRecorders"))
                .isEmpty();
        assertThat(ok(data, "DescribeDeliveryChannels").path("DeliveryChannels"))
                .isEmpty();
        assertThat(ok(data, "DescribeConfigRules")).isEmpty();
    }

    @Test
    void guardDutyDetectorsCarryTheirSettingsAndNoDetectorIsAnEmptyList() {
        JsonNode detectors = run.doc("guardduty.detectors", ON).data().get("Detectors");
        assertThat(detectors).hasSize(1);
        assertThat(detectors.get(0).get("DetectorId").asText()).isEqualTo(detector);
        JsonNode got = OperationResult.from(detectors.get(0).get("calls").get("GetDetector"))
                .response();
        assertThat(got.get("Status").asText()).isEqualTo("ENABLED");
        assertThat(got.get("FindingPublishingFrequency").asText()).isEqualTo("ONE_HOUR");
        assertThat(got.get("DataSources").get("S3Logs").get("Status").asText()).isEqualTo("ENABLED");

        EvidenceDocument off = run.doc("guardduty.detectors", OFF);
        assertThat(off.data().get("Detectors").isArray()).isTrue();
        assertThat(off.data().get("Detectors")).isEmpty();
        assertThat(off.errors()).isEmpty();
    }

    @Test
    void securityHubNotEnabledIsAbsentAndEnabledAsksForItsStandards() {
        JsonNode on = run.doc("securityhub.hub", ON).data();
        assertThat(ok(on, "DescribeHub").get("HubArn").asText())
                .isEqualTo("arn:aws:securityhub:us-east-1:123456789012:hub/default");
        OperationResult standards = OperationResult.from(on.get("GetEnabledStandards"));
        assertThat(standards.outcome()).as("moto lacks GetEnabledStandards").isEqualTo(Outcome.ERROR);
        assertThat(standards.httpStatus()).isEqualTo(404);

        EvidenceDocument off = run.doc("securityhub.hub", OFF);
        OperationResult hub = OperationResult.from(off.data().get("DescribeHub"));
        assertThat(hub.outcome()).isEqualTo(Outcome.ABSENT);
        assertThat(hub.errorCode()).isEqualTo("InvalidAccessException");
        assertThat(hub.httpStatus()).isEqualTo(401);
        assertThat(off.data().has("GetEnabledStandards")).isFalse();
        assertThat(off.operations()).containsExactly("securityhub:DescribeHub");
        assertThat(off.errors()).isEmpty();
    }

    private static JsonNode ok(JsonNode data, String operation) {
        OperationResult result = OperationResult.from(data.get(operation));
        assertThat(result.outcome()).as(operation).isEqualTo(Outcome.OK);
        return result.response();
    }
}
