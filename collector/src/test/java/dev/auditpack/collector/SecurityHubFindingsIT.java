package dev.auditpack.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.collector.aws.securityhub.SecurityHubFindingsCollector;
import dev.auditpack.emulator.Emulated;
import dev.auditpack.emulator.MotoServer;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.SecurityHubEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.Compliance;
import software.amazon.awssdk.services.securityhub.model.Resource;
import software.amazon.awssdk.services.securityhub.model.ResourceDetails;
import software.amazon.awssdk.services.securityhub.model.Severity;

/**
 * {@code securityhub.findings} against moto's Security Hub: findings seeded with BatchImportFindings, read back
 * through GetFindings over more than one page, recorded in ASFF member names without details or descriptions.
 */
@ExtendWith(MotoServer.class)
class SecurityHubFindingsIT {

    private static final MotoServer MOTO = MotoServer.get();
    private static final String HOME = "eu-west-1";
    private static final String ACCOUNT = Emulated.ACCOUNT;
    /** A value that must never reach the locker: it sits in a finding's resource details. */
    private static final String ENVIRONMENT_VALUE = "db-password-should-never-be-recorded";

    @TempDir
    Path dir;

    @BeforeEach
    void reset() {
        MOTO.reset();
    }

    private static AwsSecurityFinding finding(int i) {
        String control = i % 3 == 0 ? "S3.8" : i % 3 == 1 ? "IAM.6" : "EC2.19";
        String resource = "arn:aws:s3:::bucket-" + i;
        Resource.Builder r = Resource.builder()
                .type("AwsS3Bucket")
                .id(resource)
                .partition("aws")
                .region(HOME);
        if (i == 7) {
            r.type("AwsLambdaFunction")
                    .id("arn:aws:lambda:eu-west-1:" + ACCOUNT + ":function:export")
                    .details(ResourceDetails.builder()
                            .other(Map.of("Environment", "DB_PASSWORD=" + ENVIRONMENT_VALUE))
                            .build());
        }
        return AwsSecurityFinding.builder()
                .schemaVersion("2018-10-08")
                .id("arn:aws:securityhub:eu-west-1:" + ACCOUNT + ":security-control/" + control
                        + "/finding/%04d".formatted(i))
                .productArn("arn:aws:securityhub:eu-west-1::product/aws/securityhub")
                .generatorId("security-control/" + control)
                .awsAccountId(ACCOUNT)
                .region(HOME)
                .types("Software and Configuration Checks/Industry and Regulatory Standards")
                .createdAt("2026-11-01T08:00:00.000Z")
                .updatedAt("2026-11-2%dT06:40:12.118Z".formatted(i % 9))
                .severity(Severity.builder().label("MEDIUM").build())
                .title("Control " + control)
                .description("A description that the collector leaves out, " + i)
                .productFields(Map.of("ControlId", control, "NotKept", "some product field " + i))
                .compliance(Compliance.builder()
                        .status(i % 4 == 0 ? "FAILED" : "PASSED")
                        .securityControlId(control)
                        .build())
                .resources(r.build())
                .recordState("ACTIVE")
                .build();
    }

    @Test
    void everyPageIsReadAndOnlyTheFieldsTheReportNeedsAreKept() throws Exception {
        List<AwsSecurityFinding> seeded =
                IntStream.range(0, 130).mapToObj(SecurityHubFindingsIT::finding).toList();
        try (SecurityHubClient hub = Emulated.client(SecurityHubClient.builder(), MOTO, HOME)) {
            hub.enableSecurityHub(r -> r.enableDefaultStandards(false));
            for (int from = 0; from < seeded.size(); from += 50) {
                List<AwsSecurityFinding> batch = seeded.subList(from, Math.min(seeded.size(), from + 50));
                var answer = hub.batchImportFindings(r -> r.findings(batch));
                assertThat(answer.failedCount()).isZero();
            }
        }
        EmulatorRun run = EmulatorRun.collect(MOTO, dir, List.of(new SecurityHubFindingsCollector()), HOME);

        OperationResult got = OperationResult.from(
                run.doc(SecurityHubEvidence.FINDINGS, HOME).data().get(SecurityHubEvidence.GET_FINDINGS));
        assertThat(got.outcome()).isEqualTo(Outcome.OK);
        JsonNode findings = got.response().get("Findings");
        assertThat(findings).as("130 findings over pages of 100").hasSize(130);
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.get("Id").asText()));
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        JsonNode first = null;
        for (JsonNode f : findings) {
            if (f.get("Id").asText().endsWith("/finding/0000")) {
                first = f;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("SchemaVersion").asText()).isEqualTo("2018-10-08");
        assertThat(first.get("GeneratorId").asText()).isEqualTo("security-control/S3.8");
        assertThat(first.get("AwsAccountId").asText()).isEqualTo(ACCOUNT);
        assertThat(first.at("/Compliance/Status").asText()).isEqualTo("FAILED");
        assertThat(first.at("/Compliance/SecurityControlId").asText()).isEqualTo("S3.8");
        assertThat(first.at("/ProductFields/ControlId").asText()).isEqualTo("S3.8");
        assertThat(first.at("/ProductFields").has("NotKept")).isFalse();
        assertThat(first.has("Description")).isFalse();
        assertThat(first.at("/Resources/0/Id").asText()).isEqualTo("arn:aws:s3:::bucket-0");

        String file = Files.readString(run.locker()
                .root()
                .resolve(run.index().evidence().stream()
                        .filter(e -> e.collector().equals(SecurityHubEvidence.FINDINGS))
                        .findFirst()
                        .orElseThrow()
                        .path()));
        assertThat(file)
                .contains("arn:aws:lambda:eu-west-1:" + ACCOUNT + ":function:export")
                .doesNotContain(ENVIRONMENT_VALUE)
                .doesNotContain("Details");
        assertThat(run.calls()).containsOnly("SecurityHub:GetFindings");
        assertThat(run.index().errors()).isEmpty();
    }
}
