package dev.auditpack.check.config;

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

class ConfigRecorderEnabledAllRegionsTest {

    private static final String RECORDER =
            ok("{'ConfigurationRecorders':[{'name':'default','roleARN':'arn:aws:iam::111122223333:"
                    + "role/config','recordingGroup':{'allSupported':true,'includeGlobalResourceTypes':true}}]}");

    @TempDir
    Path dir;

    private static String config(String recorders, String status) {
        return "{'DescribeConfigurationRecorders':" + recorders + ",'DescribeConfigurationRecorderStatus':" + status
                + ",'DescribeDeliveryChannels':" + ok("{'DeliveryChannels':[]}") + ",'DescribeConfigRules':" + ok("[]")
                + ",'DescribeComplianceByConfigRule':" + ok("[]") + "}";
    }

    private static String status(boolean recording, String last) {
        return ok("{'ConfigurationRecordersStatus':[{'name':'default','recording':" + recording + ",'lastStatus':'"
                + last + "','lastErrorCode':'NoSuchBucket'}]}");
    }

    @Test
    void oneFindingPerRegion() {
        var ev = new LockerFixture(dir)
                .regions("eu-west-1", "us-east-1", "eu-central-1", "ap-south-1", "sa-east-1", "us-west-2")
                .doc("config.recorders", "eu-west-1", config(RECORDER, status(true, "SUCCESS")))
                .doc(
                        "config.recorders",
                        "us-east-1",
                        config(ok("{'ConfigurationRecorders':[]}"), ok("{'ConfigurationRecordersStatus':[]}")))
                .doc("config.recorders", "eu-central-1", config(RECORDER, status(false, "SUCCESS")))
                .doc("config.recorders", "ap-south-1", config(RECORDER, status(true, "FAILURE")))
                .doc("config.recorders", "sa-east-1", config(RECORDER, error("AccessDeniedException")))
                .failed(
                        "config.recorders",
                        "us-west-2",
                        "config:DescribeConfigurationRecorders",
                        "AccessDeniedException")
                .build();
        List<Finding> f = LockerFixture.run(new ConfigRecorderEnabledAllRegions(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactlyInAnyOrder(
                        tuple("arn:aws:config:eu-west-1:111122223333:configuration-recorders", CheckStatus.PASS),
                        tuple("arn:aws:config:us-east-1:111122223333:configuration-recorders", CheckStatus.FAIL),
                        tuple("arn:aws:config:eu-central-1:111122223333:configuration-recorders", CheckStatus.FAIL),
                        tuple("arn:aws:config:ap-south-1:111122223333:configuration-recorders", CheckStatus.FAIL),
                        tuple("arn:aws:config:sa-east-1:111122223333:configuration-recorders", CheckStatus.GAP),
                        tuple("arn:aws:config:us-west-2:111122223333:configuration-recorders", CheckStatus.GAP));
        assertThat(in(f, "eu-west-1").reason())
                .isEqualTo("Configuration recorder default is recording in eu-west-1 "
                        + "(all supported resource types including global ones).");
        assertThat(in(f, "us-east-1").reason()).isEqualTo("AWS Config has no configuration recorder in us-east-1.");
        assertThat(in(f, "eu-central-1").reason()).contains("default is stopped");
        assertThat(in(f, "ap-south-1").reason()).contains("default last failed (NoSuchBucket)");
        assertThat(in(f, "sa-east-1").reason()).contains("AccessDeniedException");
    }

    private static Finding in(List<Finding> findings, String region) {
        return findings.stream()
                .filter(x -> x.region().equals(region))
                .findFirst()
                .orElseThrow();
    }
}
