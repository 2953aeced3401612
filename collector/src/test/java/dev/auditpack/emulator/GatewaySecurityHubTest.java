package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.InvalidAccessException;
import software.amazon.awssdk.services.securityhub.model.StandardsStatus;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

/** Enabled standards come from the stub, only where Security Hub is enabled, as on AWS. */
@ExtendWith(MotoServer.class)
class GatewaySecurityHubTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String FSBP = "aws-foundational-security-best-practices/v/1.0.0";
    private static final String CIS = "cis-aws-foundations-benchmark/v/1.4.0";
    private static final String NIST = "nist-800-53/v/5.0.0";

    @BeforeEach
    void seed() {
        GATEWAY.securityHub()
                .standards(
                        Emulated.ACCOUNT,
                        "eu-west-1",
                        List.of(
                                SecurityHubStub.EnabledStandard.of(Emulated.ACCOUNT, "eu-west-1", FSBP, "READY"),
                                SecurityHubStub.EnabledStandard.of(Emulated.ACCOUNT, "eu-west-1", CIS, "READY"),
                                SecurityHubStub.EnabledStandard.of(Emulated.ACCOUNT, "eu-west-1", NIST, "INCOMPLETE")));
    }

    private static SecurityHubClient hub(String region) {
        return GatewayClients.oneAttempt(SecurityHubClient.builder(), GATEWAY, region);
    }

    @Test
    void notEnabledInMotoMeansInvalidAccessForDescribeHubAndEnabledStandardsAlike() {
        try (SecurityHubClient hub = hub("eu-west-1")) {
            assertThatThrownBy(() -> hub.describeHub(r -> {})).isInstanceOf(InvalidAccessException.class);
            assertThatThrownBy(() -> hub.getEnabledStandards(r -> {}))
                    .isInstanceOfSatisfying(InvalidAccessException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(401);
                        // The type comes from x-amzn-ErrorType. The body's message is lost: HttpURLConnection
                        // (url-connection-client) drops the body of a 401 answer to a streamed POST.
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessException");
                    });
        }
    }

    @Test
    void enabledInMotoListsTheSeededStandardsPageByPage() {
        try (SecurityHubClient hub = hub("eu-west-1")) {
            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
            assertThat(hub.describeHub(r -> {}).hubArn()).contains(":hub/default");

            List<StandardsSubscription> all =
                    hub.getEnabledStandardsPaginator(r -> r.maxResults(2)).standardsSubscriptions().stream()
                            .toList();
            assertThat(all)
                    .extracting(StandardsSubscription::standardsArn)
                    .containsExactly(
                            "arn:aws:securityhub:eu-west-1::standards/" + FSBP,
                            "arn:aws:securityhub:eu-west-1::standards/" + CIS,
                            "arn:aws:securityhub:eu-west-1::standards/" + NIST);
            assertThat(all.get(0).standardsSubscriptionArn())
                    .isEqualTo("arn:aws:securityhub:eu-west-1:123456789012:subscription/" + FSBP);
            assertThat(all.get(0).standardsStatus()).isEqualTo(StandardsStatus.READY);
            assertThat(all.get(2).standardsStatus()).isEqualTo(StandardsStatus.INCOMPLETE);
            assertThat(all.get(0).standardsInput()).isEmpty();
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("securityhub:GetEnabledStandards", 2L);
        try (SecurityHubClient other = hub("us-east-1")) {
            assertThatThrownBy(() -> other.getEnabledStandards(r -> {}))
                    .as("enabled in eu-west-1 only")
                    .isInstanceOf(InvalidAccessException.class);
        }
    }

    @Test
    void aTestCanDecideWhetherTheHubIsEnabled() {
        GATEWAY.securityHub().hubEnabled(Emulated.ACCOUNT, "eu-west-1", true);
        try (SecurityHubClient hub = hub("eu-west-1")) {
            assertThat(hub.getEnabledStandards(r -> r.standardsSubscriptionArns(
                                    "arn:aws:securityhub:eu-west-1:123456789012:subscription/" + CIS))
                            .standardsSubscriptions())
                    .singleElement()
                    .satisfies(s -> assertThat(s.standardsArn()).endsWith(CIS));
        }
    }
}
