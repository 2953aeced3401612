package dev.auditpack.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.Check;
import dev.auditpack.check.LockerFixture;
import dev.auditpack.evaluation.FrameworkResult;
import dev.auditpack.evidence.Locker;
import dev.auditpack.framework.Framework;
import dev.auditpack.framework.FrameworkLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collected Security Hub findings read from a locker written by the real locker writer, as the report reads an
 * imported ASFF file: a control finding placed on the controls of its check in the shipped frameworks, another
 * product's finding counted as unmapped, and regions without findings named with the reason (hub off, call failed).
 */
class ImportsReaderTest {

    private static List<FrameworkResult> shipped() {
        Set<String> ids = Check.all().stream().map(Check::id).collect(Collectors.toSet());
        List<Framework> frameworks = FrameworkLoader.load(null, ids);
        return frameworks.stream().map(f -> new FrameworkResult(f, List.of())).toList();
    }

    private static String finding(String id, String generator, String control, String status, String resource) {
        return "{'SchemaVersion':'2018-10-08','Id':'" + id + "','ProductArn':"
                + "'arn:aws:securityhub:eu-west-1::product/aws/securityhub','ProductName':'Security Hub',"
                + "'GeneratorId':'" + generator + "','AwsAccountId':'111122223333','Region':'eu-west-1',"
                + "'Title':'t','UpdatedAt':'2026-11-20T08:00:00.000Z',"
                + (control == null
                        ? ""
                        : "'Compliance':{'Status':'" + status + "','SecurityControlId':'" + control + "'},")
                + "'Resources':[{'Type':'AwsS3Bucket','Id':'" + resource
                + "','Partition':'aws','Region':'eu-west-1'}]}";
    }

    @Test
    void collectedFindingsAreReadLikeAnImportedFileAndEmptyRegionsSayWhy(@TempDir Path dir) {
        new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1", "eu-central-1")
                .doc(
                        "securityhub.findings",
                        "eu-west-1",
                        "{'GetFindings':"
                                + LockerFixture.ok("{'Findings':["
                                        + finding("f1", "security-control/S3.8", "S3.8", "FAILED", "arn:aws:s3:::open")
                                        + ","
                                        + finding(
                                                "f2",
                                                "arn:aws:guardduty:eu-west-1:111122223333:detector/d",
                                                null,
                                                null,
                                                "arn:aws:s3:::open")
                                        + "]}")
                                + "}")
                .doc(
                        "securityhub.findings",
                        "us-east-1",
                        "{'GetFindings':" + LockerFixture.absent("InvalidAccessException") + "}")
                .failed("securityhub.findings", "eu-central-1", "securityhub:GetFindings", "AccessDeniedException")
                .build();

        ImportsSection section = ImportsReader.read(List.of(), Locker.open(dir), shipped());

        assertThat(section.sources()).hasSize(3);
        ImportsSection.Source west = section.sources().get(0);
        assertThat(west.origin()).isEqualTo("collected");
        assertThat(west.path()).isEqualTo("evidence/raw/111122223333/eu-west-1/securityhub.findings.json");
        assertThat(west.sha256()).hasSize(64);
        assertThat(west.findings()).isEqualTo(2);
        assertThat(west.fail()).isEqualTo(1);
        assertThat(west.mapped()).isEqualTo(1);
        assertThat(section.sources().get(1).note()).startsWith("Security Hub is not enabled in 111122223333 us-east-1");
        assertThat(section.sources().get(2).note())
                .contains("AccessDeniedException")
                .contains("unknown, not absent");

        // S3.8 leads through s3_bucket_public_access_blocked to the controls that check serves.
        ImportsSection.Row s38 = section.findings().get(0);
        assertThat(s38.scannerId()).isEqualTo("S3.8");
        assertThat(s38.via()).isEqualTo("s3_bucket_public_access_blocked");
        assertThat(s38.controls()).isNotEmpty().allSatisfy(c -> assertThat(c).matches("(iso27001-2022|soc2-2017):.+"));
        assertThat(section.controls())
                .extracting(ImportsSection.ControlLine::line)
                .allSatisfy(l -> assertThat(l)
                        .isEqualTo("Imported from Security Hub ASFF 2018-10-08, 2026-11-20 "
                                + "(raw/111122223333/eu-west-1/securityhub.findings.json): 0 pass, 1 fail (S3.8)"));
        assertThat(section.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.namespace()).isEqualTo("other");
            assertThat(u.findings()).isEqualTo(1);
        });
        assertThat(section.exceptionCount()).isEqualTo(1);
    }

    @Test
    void noFilesAndNoCollectedFindingsIsNoSection(@TempDir Path dir) {
        new LockerFixture(dir).doc("securityhub.hub", "eu-west-1", "{}").build();

        assertThat(ImportsReader.read(List.of(), Locker.open(dir), shipped()).isEmpty())
                .isTrue();
    }
}
