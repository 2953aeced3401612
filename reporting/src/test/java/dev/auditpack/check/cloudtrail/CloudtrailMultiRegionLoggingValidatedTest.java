package dev.auditpack.check.cloudtrail;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudtrailMultiRegionLoggingValidatedTest {

    @TempDir
    Path dir;

    private static String trail(String name, boolean multi, boolean validated, String status) {
        return "{'Name':'" + name + "','TrailARN':'arn:aws:cloudtrail:eu-west-1:111122223333:trail/" + name + "',"
                + "'HomeRegion':'eu-west-1','IsMultiRegionTrail':" + multi + ",'LogFileValidationEnabled':" + validated
                + ",'calls':{'GetTrailStatus':" + status + ",'GetEventSelectors':" + ok("{}") + "}}";
    }

    private static String trails(String... t) {
        return "{'Trails':[" + String.join(",", t) + "]}";
    }

    private List<Finding> with(String euWest1, String usEast1) {
        LockerFixture fx = new LockerFixture(dir).regions("eu-west-1", "us-east-1");
        if (euWest1 != null) {
            fx.doc("cloudtrail.trails", "eu-west-1", euWest1);
        } else {
            fx.failed("cloudtrail.trails", "eu-west-1", "cloudtrail:DescribeTrails", "AccessDenied");
        }
        if (usEast1 != null) {
            fx.doc("cloudtrail.trails", "us-east-1", usEast1);
        } else {
            fx.failed("cloudtrail.trails", "us-east-1", "cloudtrail:DescribeTrails", "AccessDenied");
        }
        return run(new CloudtrailMultiRegionLoggingValidated(), fx.build());
    }

    @Test
    void passesOnAMultiRegionTrailThatLogsAndValidates() {
        String t = trails(trail("org", true, true, ok("{'IsLogging':true}")));
        List<Finding> f = with(t, t);
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).evidence()).hasSize(2);
    }

    @Test
    void failsWithoutTrails() {
        List<Finding> f = with(trails(), trails());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
        assertThat(f.get(0).reason()).isEqualTo("The account has no CloudTrail trail.");
    }

    @Test
    void failsAndSaysWhatEachTrailLacks() {
        List<Finding> f = with(
                trails(
                        trail("local", false, true, ok("{'IsLogging':true}")),
                        trail("stopped", true, true, ok("{'IsLogging':false}"))),
                trails());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
        assertThat(f.get(0).reason()).contains("local: single-region").contains("stopped: not logging");
    }

    @Test
    void isAGapWhenACandidateTrailsStatusIsUnknown() {
        assertThat(with(trails(trail("org", true, true, error("AccessDenied"))), trails()))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void isAGapWhenNoRegionCouldBeRead() {
        assertThat(with(null, null)).extracting(Finding::status).containsExactly(CheckStatus.GAP);
    }

    @Test
    void isAGapNotAFailWhenSomeRegionsCouldNotBeRead() {
        assertThat(with(trails(), null)).extracting(Finding::status).containsExactly(CheckStatus.GAP);
    }
}
