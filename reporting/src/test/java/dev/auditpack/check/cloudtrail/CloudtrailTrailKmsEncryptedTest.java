package dev.auditpack.check.cloudtrail;

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

class CloudtrailTrailKmsEncryptedTest {

    private static final String KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @TempDir
    Path dir;

    private static String trail(String name, String home, boolean multi, String key) {
        return "{'Name':'" + name + "','TrailARN':'arn:aws:cloudtrail:" + home + ":111122223333:trail/" + name + "',"
                + "'HomeRegion':'" + home + "','IsMultiRegionTrail':" + multi
                + (key == null ? "" : ",'KmsKeyId':'" + key + "'")
                + ",'calls':{'GetTrailStatus':" + ok("{'IsLogging':true}") + ",'GetEventSelectors':" + ok("{}") + "}}";
    }

    private static String trails(String... t) {
        return "{'Trails':[" + String.join(",", t) + "]}";
    }

    private List<Finding> with(String euWest1, String usEast1) {
        LockerFixture fx = new LockerFixture(dir).regions("eu-west-1", "us-east-1");
        for (String[] r : new String[][] {{"eu-west-1", euWest1}, {"us-east-1", usEast1}}) {
            if (r[1] == null) {
                fx.failed("cloudtrail.trails", r[0], "cloudtrail:DescribeTrails", "AccessDenied");
            } else {
                fx.doc("cloudtrail.trails", r[0], r[1]);
            }
        }
        return LockerFixture.run(new CloudtrailTrailKmsEncrypted(), fx.build());
    }

    @Test
    void judgesEveryTrailOnceInItsHomeRegion() {
        String org = trail("org", "eu-west-1", true, KEY);
        List<Finding> f = with(
                trails(org, trail("local", "eu-west-1", false, null)),
                trails(org, trail("us", "us-east-1", false, "")));
        assertThat(f)
                .extracting(Finding::resource, Finding::region, Finding::status)
                .containsExactly(
                        tuple("arn:aws:cloudtrail:eu-west-1:111122223333:trail/org", "eu-west-1", CheckStatus.PASS),
                        tuple("arn:aws:cloudtrail:eu-west-1:111122223333:trail/local", "eu-west-1", CheckStatus.FAIL),
                        tuple("arn:aws:cloudtrail:us-east-1:111122223333:trail/us", "us-east-1", CheckStatus.FAIL));
        assertThat(f.get(0).reason()).isEqualTo("Trail org encrypts its log files with KMS key " + KEY + ".");
        assertThat(f.get(1).reason())
                .isEqualTo("Trail local has no KMS key; its log files have only S3's default encryption.");
        assertThat(f.get(2).evidence()).containsExactly("raw/111122223333/us-east-1/cloudtrail.trails.json");
    }

    @Test
    void isNotApplicableWithoutTrails() {
        assertThat(with(trails(), trails())).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
            assertThat(x.reason()).contains("no CloudTrail trail");
        });
    }

    @Test
    void aRegionThatCouldNotBeReadIsAGapBesideTheTrailsThatCould() {
        List<Finding> f = with(trails(trail("org", "eu-west-1", true, KEY)), null);
        assertThat(f)
                .extracting(Finding::region, Finding::status)
                .containsExactlyInAnyOrder(tuple("us-east-1", CheckStatus.GAP), tuple("eu-west-1", CheckStatus.PASS));
    }

    @Test
    void isAGapInEachRegionWhenNoneCouldBeRead() {
        assertThat(with(null, null))
                .extracting(Finding::status, Finding::resource)
                .containsExactly(
                        tuple(CheckStatus.GAP, "arn:aws:cloudtrail:eu-west-1:111122223333:trails"),
                        tuple(CheckStatus.GAP, "arn:aws:cloudtrail:us-east-1:111122223333:trails"));
    }
}
