package dev.auditpack.check.guardduty;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuarddutyEnabledAllRegionsTest {

    @TempDir
    Path dir;

    private static String detectors(String... results) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < results.length; i++) {
            out.append(i == 0 ? "" : ",")
                    .append("{'DetectorId':'d")
                    .append(i)
                    .append("','calls':{'GetDetector':")
                    .append(results[i])
                    .append("}}");
        }
        return "{'Detectors':[" + out + "]}";
    }

    @Test
    void oneFindingPerRegion() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1", "eu-central-1", "ap-south-1", "sa-east-1")
                .doc(
                        "guardduty.detectors",
                        "eu-west-1",
                        detectors(ok("{'Status':'ENABLED','FindingPublishingFrequency':'SIX_HOURS'}")))
                .doc("guardduty.detectors", "us-east-1", detectors())
                .doc("guardduty.detectors", "eu-central-1", detectors(ok("{'Status':'DISABLED'}")))
                .doc("guardduty.detectors", "ap-south-1", detectors(error("AccessDeniedException")))
                .failed("guardduty.detectors", "sa-east-1", "guardduty:ListDetectors", "AccessDeniedException")
                .build();
        List<Finding> f = LockerFixture.run(new GuarddutyEnabledAllRegions(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactlyInAnyOrder(
                        tuple("arn:aws:guardduty:eu-west-1:111122223333:detectors", CheckStatus.PASS),
                        tuple("arn:aws:guardduty:us-east-1:111122223333:detectors", CheckStatus.FAIL),
                        tuple("arn:aws:guardduty:eu-central-1:111122223333:detectors", CheckStatus.FAIL),
                        tuple("arn:aws:guardduty:ap-south-1:111122223333:detectors", CheckStatus.GAP),
                        tuple("arn:aws:guardduty:sa-east-1:111122223333:detectors", CheckStatus.GAP));
        assertThat(in(f, "eu-west-1").reason()).isEqualTo("GuardDuty detector d0 is enabled in eu-west-1.");
        assertThat(in(f, "us-east-1").reason()).isEqualTo("GuardDuty has no detector in us-east-1.");
        assertThat(in(f, "eu-central-1").reason())
                .isEqualTo("GuardDuty is not enabled in eu-central-1: detector d0 is DISABLED.");
        assertThat(in(f, "ap-south-1").reason()).contains("d0 (AccessDeniedException) could not be read");
        assertThat(in(f, "sa-east-1").reason()).contains("guardduty:ListDetectors");
    }

    private static Finding in(List<Finding> findings, String region) {
        return findings.stream()
                .filter(x -> x.region().equals(region))
                .findFirst()
                .orElseThrow();
    }
}
