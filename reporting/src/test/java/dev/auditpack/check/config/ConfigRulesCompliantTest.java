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

class ConfigRulesCompliantTest {

    private static final String ARN = "arn:aws:config:eu-west-1:111122223333:config-rule/config-rule-";

    @TempDir
    Path dir;

    private static String rule(String name, String id) {
        return "{'ConfigRuleName':'" + name + "','ConfigRuleArn':'" + ARN + id + "','ConfigRuleState':'ACTIVE'}";
    }

    private static String compliance(String name, String type, String count) {
        return "{'ConfigRuleName':'" + name + "','Compliance':{'ComplianceType':'" + type + "'" + count + "}}";
    }

    private List<Finding> run(String rules, String compliance) {
        String data = "{'DescribeConfigurationRecorders':" + ok("{'ConfigurationRecorders':[]}")
                + ",'DescribeConfigRules':" + rules + ",'DescribeComplianceByConfigRule':" + compliance + "}";
        return LockerFixture.run(
                new ConfigRulesCompliant(),
                new LockerFixture(dir)
                        .doc("config.recorders", "eu-west-1", data)
                        .build());
    }

    @Test
    void oneFindingPerRule() {
        List<Finding> f = run(
                ok("["
                        + String.join(
                                ",",
                                rule("a-ok", "a"),
                                rule("b-bad", "b"),
                                rule("c-capped", "c"),
                                rule("d-waiting", "d"),
                                rule("e-none", "e"),
                                rule("f-unlisted", "f"))
                        + "]"),
                ok("["
                        + String.join(
                                ",",
                                compliance("a-ok", "COMPLIANT", ""),
                                compliance(
                                        "b-bad",
                                        "NON_COMPLIANT",
                                        ",'ComplianceContributorCount':{'CappedCount':3,'CapExceeded':false}"),
                                compliance(
                                        "c-capped",
                                        "NON_COMPLIANT",
                                        ",'ComplianceContributorCount':{'CappedCount':100,'CapExceeded':true}"),
                                compliance("d-waiting", "INSUFFICIENT_DATA", ""),
                                compliance("e-none", "NOT_APPLICABLE", ""))
                        + "]"));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple(ARN + "a", CheckStatus.PASS),
                        tuple(ARN + "b", CheckStatus.FAIL),
                        tuple(ARN + "c", CheckStatus.FAIL),
                        tuple(ARN + "d", CheckStatus.GAP),
                        tuple(ARN + "e", CheckStatus.NOT_APPLICABLE),
                        tuple(ARN + "f", CheckStatus.GAP));
        assertThat(f.get(1).reason()).isEqualTo("Config rule b-bad finds 3 non-compliant resource(s).");
        assertThat(f.get(2).reason()).isEqualTo("Config rule c-capped finds 100+ non-compliant resource(s).");
        assertThat(f.get(3).reason()).contains("insufficient data");
        assertThat(f.get(5).reason()).isEqualTo("Config rule f-unlisted has no compliance result.");
    }

    @Test
    void buildsAnArnFromTheNameWhenTheRuleListCouldNotBeRead() {
        assertThat(run(error("AccessDeniedException"), ok("[" + compliance("a-ok", "COMPLIANT", "") + "]")))
                .extracting(Finding::resource, Finding::status)
                .containsExactly(tuple("arn:aws:config:eu-west-1:111122223333:config-rule/a-ok", CheckStatus.PASS));
    }

    @Test
    void isNotApplicableWithoutRules() {
        assertThat(run(ok("[]"), ok("[]"))).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
            assertThat(x.reason()).isEqualTo("Region eu-west-1 has no AWS Config rules.");
        });
    }

    @Test
    void isAGapWhenComplianceCouldNotBeRead() {
        assertThat(run(ok("[" + rule("a-ok", "a") + "]"), error("InternalFailure")))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(CheckStatus.GAP);
                    assertThat(x.resource()).isEqualTo("arn:aws:config:eu-west-1:111122223333:config-rules");
                    assertThat(x.reason()).contains("InternalFailure");
                });
    }

    @Test
    void isAGapWhenTheRegionsEvidenceIsMissing() {
        var ev = new LockerFixture(dir).build();
        assertThat(LockerFixture.run(new ConfigRulesCompliant(), ev))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(CheckStatus.GAP);
                    assertThat(x.reason()).contains("No evidence config.recorders was collected");
                });
    }
}
