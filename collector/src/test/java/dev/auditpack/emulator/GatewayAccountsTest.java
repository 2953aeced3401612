package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/** Stubs answer for the account moto binds the caller's credentials to, so accounts stay apart. */
@ExtendWith(MotoServer.class)
class GatewayAccountsTest {

    private static final MotoServer MOTO = MotoServer.get();

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingMoto();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final String OTHER = "222222222222";
    private static final Instant PING = Instant.parse("2026-11-27T10:00:00Z");

    @BeforeEach
    void seed() {
        GATEWAY.ssm().instances(Emulated.ACCOUNT, "us-east-1", List.of(node("i-0aaaaaaaaaaaaaaa1")));
        GATEWAY.ssm().instances(OTHER, "us-east-1", List.of(node("i-0bbbbbbbbbbbbbbb1"), node("i-0bbbbbbbbbbbbbbb2")));
        GATEWAY.accessAnalyzer()
                .analyzers(
                        OTHER,
                        "us-east-1",
                        List.of(new AccessAnalyzerStub.Analyzer("audit", "ACCOUNT", "ACTIVE", PING)));
    }

    private static SsmStub.ManagedInstance node(String id) {
        return new SsmStub.ManagedInstance(id, "Online", PING, "3.3.987.0", "Linux", "Ubuntu", "24.04", "EC2Instance");
    }

    private static List<String> instanceIds(AwsCredentialsProvider credentials) {
        try (SsmClient ssm =
                GatewayClients.oneAttempt(SsmClient.builder(), GATEWAY.endpoint(), credentials, "us-east-1")) {
            return ssm.describeInstanceInformation(r -> {}).instanceInformationList().stream()
                    .map(InstanceInformation::instanceId)
                    .toList();
        }
    }

    private static StsAssumeRoleCredentialsProvider assumeRole(StsClient sts) {
        return StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .asyncCredentialUpdateEnabled(false)
                .refreshRequest(r ->
                        r.roleArn("arn:aws:iam::" + OTHER + ":role/AuditRole").roleSessionName("audit"))
                .build();
    }

    private static StsClient sts(URI endpoint) {
        return GatewayClients.oneAttempt(StsClient.builder(), endpoint, Emulated.credentials(), "us-east-1");
    }

    @Test
    void defaultCredentialsReadMotosDefaultAccount() {
        assertThat(instanceIds(Emulated.credentials())).containsExactly("i-0aaaaaaaaaaaaaaa1");
    }

    @Test
    void roleAssumedThroughTheGatewayReadsTheRolesAccount() {
        try (StsClient sts = sts(GATEWAY.endpoint());
                StsAssumeRoleCredentialsProvider role = assumeRole(sts)) {
            assertThat(instanceIds(role)).containsExactly("i-0bbbbbbbbbbbbbbb1", "i-0bbbbbbbbbbbbbbb2");
            try (AccessAnalyzerClient analyzer =
                    GatewayClients.oneAttempt(AccessAnalyzerClient.builder(), GATEWAY.endpoint(), role, "us-east-1")) {
                assertThat(analyzer.listAnalyzers(r -> {}).analyzers())
                        .extracting(AnalyzerSummary::arn)
                        .containsExactly("arn:aws:access-analyzer:us-east-1:" + OTHER + ":analyzer/audit");
            }
        }
        assertThat(instanceIds(Emulated.credentials())).containsExactly("i-0aaaaaaaaaaaaaaa1");
    }

    @Test
    void roleAssumedStraightAtMotoIsResolvedByAskingMoto() {
        try (StsClient sts = sts(MOTO.endpoint());
                StsAssumeRoleCredentialsProvider role = assumeRole(sts)) {
            assertThat(instanceIds(role)).containsExactly("i-0bbbbbbbbbbbbbbb1", "i-0bbbbbbbbbbbbbbb2");
        }
    }

    @Test
    void aTestCanBindAKeyToAnAccount() {
        GATEWAY.accounts().bind("AKIAOTHERACCOUNTKEY1", OTHER);
        assertThat(instanceIds(Emulated.credentials("AKIAOTHERACCOUNTKEY1", "secret")))
                .containsExactly("i-0bbbbbbbbbbbbbbb1", "i-0bbbbbbbbbbbbbbb2");
    }
}
