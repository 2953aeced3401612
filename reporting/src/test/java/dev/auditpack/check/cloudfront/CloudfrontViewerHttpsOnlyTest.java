package dev.auditpack.check.cloudfront;

import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudfrontViewerHttpsOnlyTest {

    @TempDir
    Path dir;

    private static String arn(String id) {
        return "arn:aws:cloudfront::111122223333:distribution/" + id;
    }

    /** A distribution summary; {@code paths} are path pattern and policy pairs of further cache behaviours. */
    private static String distribution(
            String id, boolean enabled, String viewerPolicy, String certificate, String... paths) {
        StringBuilder behaviours = new StringBuilder();
        for (int i = 0; i < paths.length; i += 2) {
            behaviours
                    .append(i == 0 ? "" : ",")
                    .append("{'PathPattern':'")
                    .append(paths[i])
                    .append("','TargetOriginId':'o','ViewerProtocolPolicy':'")
                    .append(paths[i + 1])
                    .append("'}");
        }
        return "{'Id':'" + id + "','ARN':'" + arn(id) + "','DomainName':'" + id.toLowerCase() + ".cloudfront.net',"
                + "'Aliases':{'Quantity':1,'Items':['" + id.toLowerCase() + ".example.com']},'Enabled':" + enabled
                + ",'DefaultCacheBehavior':{'TargetOriginId':'o','ViewerProtocolPolicy':'" + viewerPolicy + "'},"
                + "'CacheBehaviors':{'Quantity':" + paths.length / 2
                + (paths.length == 0 ? "" : ",'Items':[" + behaviours + "]")
                + "}" + (certificate == null ? "" : ",'ViewerCertificate':" + certificate) + "}";
    }

    private static String own(String minimum) {
        return "{'CloudFrontDefaultCertificate':false,'ACMCertificateArn':'arn:aws:acm:us-east-1:111122223333:certificate/1',"
                + "'SSLSupportMethod':'sni-only','MinimumProtocolVersion':'" + minimum + "'}";
    }

    private static final String DEFAULT_CERTIFICATE =
            "{'CloudFrontDefaultCertificate':true,'MinimumProtocolVersion':'TLSv1'}";

    @Test
    void judgesEachDistributionsBehavioursAndViewerTls() {
        var ev = new LockerFixture(dir)
                .doc(
                        "cloudfront.distributions",
                        "global",
                        "{'Distributions':["
                                + distribution(
                                        "E1GOOD",
                                        true,
                                        "redirect-to-https",
                                        own("TLSv1.2_2021"),
                                        "/api/*",
                                        "https-only")
                                + ","
                                + distribution(
                                        "E2LEGACY",
                                        true,
                                        "redirect-to-https",
                                        own("TLSv1.2_2021"),
                                        "/api/*",
                                        "https-only",
                                        "/legacy/*",
                                        "allow-all")
                                + ","
                                + distribution("E3OLDTLS", true, "https-only", own("TLSv1.1_2016")) + ","
                                + distribution("E4DEFAULT", true, "allow-all", DEFAULT_CERTIFICATE) + ","
                                + distribution("E5NEW", true, "https-only", own("TLSv1.4_2030")) + ","
                                + distribution("E6NOCERT", true, "https-only", null) + ","
                                + distribution("E7OFF", false, "allow-all", DEFAULT_CERTIFICATE) + "]}")
                .build();

        List<Finding> f = run(new CloudfrontViewerHttpsOnly(), ev);

        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(arn("E1GOOD"), CheckStatus.PASS),
                        tuple(arn("E2LEGACY"), CheckStatus.FAIL),
                        tuple(arn("E3OLDTLS"), CheckStatus.FAIL),
                        tuple(arn("E4DEFAULT"), CheckStatus.FAIL),
                        tuple(arn("E5NEW"), CheckStatus.GAP),
                        tuple(arn("E6NOCERT"), CheckStatus.GAP),
                        tuple(arn("E7OFF"), CheckStatus.NOT_APPLICABLE));
        assertThat(f)
                .extracting(Finding::reason)
                .startsWith(
                        "Distribution E1GOOD (e1good.example.com) sends viewers to HTTPS in every cache behaviour (2) and accepts "
                                + "only TLSv1.2 and later (security policy TLSv1.2_2021).",
                        "Distribution E2LEGACY (e2legacy.example.com): cache behaviour(s) /legacy/* (allow-all) let viewers use "
                                + "plain HTTP.",
                        "Distribution E3OLDTLS (e3oldtls.example.com): its security policy TLSv1.1_2016 still accepts TLSv1.1.",
                        "Distribution E4DEFAULT (e4default.example.com): cache behaviour(s) default (allow-all) let viewers use plain "
                                + "HTTP; it uses CloudFront's default certificate, which accepts TLSv1.0 whatever the security policy says.");
        assertThat(f.get(4).reason())
                .contains("viewer security policy TLSv1.4_2030, which is not in auditpack's table")
                .contains("Amazon CloudFront Developer Guide");
        assertThat(f.get(5).reason())
                .isEqualTo("The viewer certificate of distribution E6NOCERT (e6nocert.example.com) "
                        + "is missing from the evidence.");
        assertThat(f).allSatisfy(x -> assertThat(x.region()).isEqualTo("global"));
    }

    @Test
    void anAccountWithoutDistributionsIsNotApplicableAndUnreadEvidenceIsAGap() {
        var none = new LockerFixture(dir)
                .doc("cloudfront.distributions", "global", "{'Distributions':[]}")
                .build();
        assertThat(run(new CloudfrontViewerHttpsOnly(), none))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("cloudfront.distributions", "global", "cloudfront:ListDistributions", "AccessDenied")
                .build();
        assertThat(run(new CloudfrontViewerHttpsOnly(), failed)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.GAP);
            assertThat(x.reason()).contains("cloudfront:ListDistributions failed with AccessDenied");
        });
        var shapeless = new LockerFixture(dir.resolve("shapeless"))
                .doc("cloudfront.distributions", "global", "{}")
                .build();
        assertThat(run(new CloudfrontViewerHttpsOnly(), shapeless))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
