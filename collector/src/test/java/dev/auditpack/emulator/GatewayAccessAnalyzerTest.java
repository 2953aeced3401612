package dev.auditpack.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerStatus;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;
import software.amazon.awssdk.services.accessanalyzer.model.Criterion;
import software.amazon.awssdk.services.accessanalyzer.model.FindingStatus;
import software.amazon.awssdk.services.accessanalyzer.model.FindingSummary;
import software.amazon.awssdk.services.accessanalyzer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.accessanalyzer.model.Type;
import software.amazon.awssdk.services.accessanalyzer.model.ValidationException;

/** Access Analyzer, absent from moto, lists the seeded analyzers through the real SDK client. */
@ExtendWith(MotoServer.class)
class GatewayAccessAnalyzerTest {

    @RegisterExtension
    static final GatewayFixture FIXTURE = GatewayFixture.resettingStubs();

    private static final EmulatorGateway GATEWAY = FIXTURE.gateway();
    private static final Instant CREATED = Instant.parse("2025-03-14T09:26:53Z");

    @BeforeEach
    void seed() {
        GATEWAY.accessAnalyzer()
                .analyzers(
                        Emulated.ACCOUNT,
                        "eu-west-1",
                        List.of(
                                new AccessAnalyzerStub.Analyzer("account-analyzer", "ACCOUNT", "ACTIVE", CREATED),
                                new AccessAnalyzerStub.Analyzer(
                                        "org-analyzer", "ORGANIZATION", "ACTIVE", CREATED.plusSeconds(60)),
                                new AccessAnalyzerStub.Analyzer(
                                        "unused", "ACCOUNT_UNUSED_ACCESS", "CREATING", CREATED.plusSeconds(120))));
    }

    @Test
    void listAnalyzersPagesFiltersAndParsesIsoTimestamps() {
        try (AccessAnalyzerClient analyzer =
                GatewayClients.oneAttempt(AccessAnalyzerClient.builder(), GATEWAY, "eu-west-1")) {
            List<AnalyzerSummary> all = analyzer.listAnalyzersPaginator(r -> r.maxResults(2)).analyzers().stream()
                    .toList();
            assertThat(all)
                    .extracting(AnalyzerSummary::name)
                    .containsExactly("account-analyzer", "org-analyzer", "unused");
            AnalyzerSummary first = all.get(0);
            assertThat(first.arn())
                    .isEqualTo("arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/account-analyzer");
            assertThat(first.type()).isEqualTo(Type.ACCOUNT);
            assertThat(first.status()).isEqualTo(AnalyzerStatus.ACTIVE);
            assertThat(first.createdAt()).isEqualTo(CREATED);
            assertThat(all.get(2).status()).isEqualTo(AnalyzerStatus.CREATING);

            assertThat(analyzer.listAnalyzers(r -> r.type(Type.ORGANIZATION)).analyzers())
                    .extracting(AnalyzerSummary::name)
                    .containsExactly("org-analyzer");
            assertThatThrownBy(() -> analyzer.listAnalyzers(r -> r.nextToken("bogus")))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("access-analyzer:ListAnalyzers", 4L);
        try (AccessAnalyzerClient other =
                GatewayClients.oneAttempt(AccessAnalyzerClient.builder(), GATEWAY, "us-east-1")) {
            assertThat(other.listAnalyzers(r -> {}).analyzers())
                    .as("no analyzers in another region")
                    .isEmpty();
        }
    }

    @Test
    void listFindingsPagesAndFiltersByStatusAndRefusesAnUnknownAnalyzer() {
        String arn = "arn:aws:access-analyzer:eu-west-1:123456789012:analyzer/account-analyzer";
        GATEWAY.accessAnalyzer()
                .findings(
                        Emulated.ACCOUNT,
                        "eu-west-1",
                        "account-analyzer",
                        List.of(
                                finding(
                                        "f-1",
                                        "arn:aws:s3:::shared",
                                        "AWS::S3::Bucket",
                                        "444455556666",
                                        false,
                                        "ACTIVE"),
                                finding(
                                        "f-2",
                                        "arn:aws:iam::123456789012:role/vendor",
                                        "AWS::IAM::Role",
                                        "777788889999",
                                        false,
                                        "ARCHIVED"),
                                finding("f-3", "arn:aws:s3:::open", "AWS::S3::Bucket", "*", true, "ACTIVE")));
        try (AccessAnalyzerClient analyzer =
                GatewayClients.oneAttempt(AccessAnalyzerClient.builder(), GATEWAY, "eu-west-1")) {
            List<FindingSummary> active = analyzer
                    .listFindingsPaginator(r -> r.analyzerArn(arn)
                            .maxResults(1)
                            .filter(Map.of(
                                    "status", Criterion.builder().eq("ACTIVE").build())))
                    .findings()
                    .stream()
                    .toList();
            assertThat(active).extracting(FindingSummary::id).containsExactly("f-1", "f-3");
            FindingSummary open = active.get(1);
            assertThat(open.isPublic()).isTrue();
            assertThat(open.principal()).containsEntry("AWS", "*");
            assertThat(open.resourceTypeAsString()).isEqualTo("AWS::S3::Bucket");
            assertThat(open.status()).isEqualTo(FindingStatus.ACTIVE);
            assertThat(open.createdAt()).isEqualTo(CREATED);
            assertThat(open.action()).containsExactly("s3:GetObject");
            assertThat(analyzer.listFindings(r -> r.analyzerArn(arn)).findings())
                    .hasSize(3);

            assertThatThrownBy(() -> analyzer.listFindings(r -> r.analyzerArn(arn.replace("account-analyzer", "gone"))))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        assertThat(GATEWAY.metrics().byOperation()).containsEntry("access-analyzer:ListFindings", 4L);
    }

    private static AccessAnalyzerStub.Finding finding(
            String id, String resource, String type, String principal, boolean isPublic, String status) {
        return new AccessAnalyzerStub.Finding(
                id, resource, type, Map.of("AWS", principal), List.of("s3:GetObject"), isPublic, status, CREATED);
    }
}
