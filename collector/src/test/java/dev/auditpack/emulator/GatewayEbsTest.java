package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** The EBS default KMS key comes from the stub in EC2's own XML, per account and region; other EC2 calls reach moto. */
@ExtendWith(MotoServer.class)
class GatewayEbsTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/5c1e8a0e-2b9d-4c3a-9f61-7d0c2b8e4a11";
    private static final String OTHER_ACCOUNT = "222222222222";

    private static Ec2Client ec2(String region) {
        return GatewayClients.oneAttempt(Ec2Client.builder(), GATEWAY, region);
    }

    @Test
    void aRegionNeverChangedAnswersTheAwsManagedKey() {
        try (Ec2Client ec2 = ec2("us-east-1")) {
            assertThat(ec2.getEbsDefaultKmsKeyId(r -> {}).kmsKeyId()).isEqualTo("alias/aws/ebs");
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("ec2:GetEbsDefaultKmsKeyId", 1L);
    }

    @Test
    void aSeededKeyIsAnsweredForItsAccountAndRegionOnly() {
        GATEWAY.ebs().defaultKmsKeyId(Emulated.ACCOUNT, "eu-west-1", KEY);
        try (Ec2Client home = ec2("eu-west-1");
                Ec2Client other = ec2("us-east-1")) {
            assertThat(home.getEbsDefaultKmsKeyId(r -> {}).kmsKeyId()).isEqualTo(KEY);
            assertThat(other.getEbsDefaultKmsKeyId(r -> {}).kmsKeyId()).isEqualTo("alias/aws/ebs");
        }
        GATEWAY.accounts().bind("AKIAOTHERACCOUNTKEY1", OTHER_ACCOUNT);
        try (Ec2Client elsewhere = GatewayClients.oneAttempt(
                Ec2Client.builder(),
                GATEWAY.endpoint(),
                Emulated.credentials("AKIAOTHERACCOUNTKEY1", "secret"),
                "eu-west-1")) {
            assertThat(elsewhere.getEbsDefaultKmsKeyId(r -> {}).kmsKeyId())
                    .as("another account")
                    .isEqualTo("alias/aws/ebs");
        }
    }

    @Test
    void dryRunIsEc2sDryRunOperationError() {
        try (Ec2Client ec2 = ec2("eu-west-1")) {
            assertThatThrownBy(() -> ec2.getEbsDefaultKmsKeyId(r -> r.dryRun(true)))
                    .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(412);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DryRunOperation");
                    });
        }
    }

    @Test
    void theRestOfEbsEncryptionStaysWithMoto() {
        try (Ec2Client ec2 = ec2("eu-west-1")) {
            assertThat(ec2.getEbsEncryptionByDefault(r -> {}).ebsEncryptionByDefault())
                    .isFalse();
            ec2.enableEbsEncryptionByDefault(r -> {});
            assertThat(ec2.getEbsEncryptionByDefault(r -> {}).ebsEncryptionByDefault())
                    .isTrue();
        }
        assertThat(GATEWAY.metrics().byOperation())
                .containsEntry("ec2:GetEbsEncryptionByDefault", 2L)
                .doesNotContainKey("ec2:GetEbsDefaultKmsKeyId");
    }
}
