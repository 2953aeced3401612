package dev.auditpack.check.accessanalyzer;

import static dev.auditpack.check.LockerFixture.error;
import static dev.auditpack.check.LockerFixture.ok;
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

class AccessanalyzerNoActiveExternalFindingsTest {

    @TempDir
    Path dir;

    private static final String SCOPE = "arn:aws:access-analyzer:eu-west-1:111122223333:analyzers";

    private static String analyzer(String name, String type, String status, String findings) {
        return "{'arn':'arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/" + name + "','name':'" + name
                + "','type':'" + type + "','status':'" + status + "'"
                + (findings == null ? "" : ",'calls':{'ListFindings':" + findings + "}") + "}";
    }

    private static String finding(String id, String resource, String principal, boolean isPublic, String status) {
        return "{'id':'" + id + "','resource':'" + resource + "','resourceType':'AWS::S3::Bucket','principal':{'AWS':'"
                + principal + "'},'action':['s3:GetObject','s3:ListBucket'],'isPublic':" + isPublic + ",'status':'"
                + status + "'}";
    }

    private int lockers;

    private List<Finding> with(String... analyzers) {
        return run(
                new AccessanalyzerNoActiveExternalFindings(),
                new LockerFixture(dir.resolve("locker-" + ++lockers))
                        .doc(
                                "accessanalyzer.analyzers",
                                "eu-west-1",
                                "{'Analyzers':[" + String.join(",", analyzers) + "]}")
                        .build());
    }

    @Test
    void eachResourceWithAnActiveFindingFails() {
        List<Finding> f = with(
                analyzer(
                        "account",
                        "ACCOUNT",
                        "ACTIVE",
                        ok("[" + finding("f-1", "arn:aws:s3:::partner-drop", "444455556666", false, "ACTIVE") + ","
                                + finding("f-2", "arn:aws:s3:::open-assets", "*", true, "ACTIVE") + ","
                                + finding("f-3", "arn:aws:s3:::reviewed", "777788889999", false, "ARCHIVED") + "]")),
                analyzer(
                        "org",
                        "ORGANIZATION",
                        "ACTIVE",
                        ok("[" + finding("f-9", "arn:aws:s3:::partner-drop", "444455556666", false, "ACTIVE") + "]")));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:s3:::partner-drop", CheckStatus.FAIL),
                        tuple("arn:aws:s3:::open-assets", CheckStatus.FAIL));
        assertThat(f.get(0).reason())
                .isEqualTo("Resource arn:aws:s3:::partner-drop is reachable from outside the zone of "
                        + "trust: AWS 444455556666 may s3:GetObject, s3:ListBucket (analyzer account, finding f-1); AWS 444455556666 "
                        + "may s3:GetObject, s3:ListBucket (analyzer org, finding f-9).");
        assertThat(f.get(1).reason()).contains("anyone (public) may s3:GetObject");
    }

    @Test
    void passesWhenActiveAnalyzersHaveNoActiveFinding() {
        List<Finding> f = with(
                analyzer(
                        "account",
                        "ACCOUNT",
                        "ACTIVE",
                        ok("[" + finding("f-3", "arn:aws:s3:::reviewed", "777788889999", false, "ARCHIVED") + "]")),
                analyzer("unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE", null));
        assertThat(f)
                .extracting(Finding::resource, Finding::status, Finding::reason)
                .containsExactly(
                        tuple(
                                SCOPE,
                                CheckStatus.PASS,
                                "Analyzer account reports no active finding of access from outside the zone of trust in eu-west-1."));
    }

    @Test
    void isAGapWithoutAnActiveExternalAnalyzerOrWithFindingsNotRead() {
        assertThat(with())
                .extracting(Finding::status, Finding::reason)
                .containsExactly(tuple(
                        CheckStatus.GAP,
                        "eu-west-1 has no active external-access analyzer, so nothing shows which of its resources are shared "
                                + "outside the account."));
        assertThat(with(
                        analyzer("unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE", null),
                        analyzer("new", "ACCOUNT", "CREATING", null)))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(tuple(
                        CheckStatus.GAP,
                        "eu-west-1 has no active external-access analyzer (new (CREATING)), so "
                                + "nothing shows which of its resources are shared outside the account."));
        assertThat(with(analyzer("account", "ACCOUNT", "ACTIVE", error("AccessDenied"))))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(tuple(
                        CheckStatus.GAP,
                        "The findings of analyzer account (AccessDenied) in eu-west-1 could not be read."));
        assertThat(with(analyzer("older-locker", "ACCOUNT", "ACTIVE", null)))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("accessanalyzer.analyzers", "eu-west-1", "access-analyzer:ListAnalyzers", "AccessDenied")
                .build();
        assertThat(run(new AccessanalyzerNoActiveExternalFindings(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void aResourceInFindingsThatCouldBeReadStillFailsBesideTheGap() {
        List<Finding> f = with(
                analyzer(
                        "account",
                        "ACCOUNT",
                        "ACTIVE",
                        ok("[" + finding("f-1", "arn:aws:s3:::partner-drop", "444455556666", false, "ACTIVE") + "]")),
                analyzer("org", "ORGANIZATION", "ACTIVE", error("ThrottlingException")));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL, CheckStatus.GAP);
    }
}
