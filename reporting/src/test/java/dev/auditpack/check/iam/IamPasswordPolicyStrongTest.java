package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.absent;
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

class IamPasswordPolicyStrongTest {

    @TempDir
    Path dir;

    private List<Finding> with(String result) {
        return run(
                new IamPasswordPolicyStrong(),
                new LockerFixture(dir)
                        .doc("iam.password_policy", "global", "{'GetAccountPasswordPolicy':" + result + "}")
                        .build());
    }

    @Test
    void passesAStrongPolicy() {
        assertThat(
                        with(
                                ok(
                                        "{'PasswordPolicy':{'MinimumPasswordLength':16,'RequireSymbols':true,'RequireNumbers':true,"
                                                + "'RequireUppercaseCharacters':true,'RequireLowercaseCharacters':true,'PasswordReusePrevention':24}}")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.PASS);
    }

    @Test
    void failsAWeakPolicyNamingEachShortfall() {
        List<Finding> f = with(ok("{'PasswordPolicy':{'MinimumPasswordLength':8,'RequireNumbers':true}}"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
        assertThat(f.get(0).reason())
                .contains("minimum length 8 (needs 14)", "symbols not required", "reuse prevention 0 (needs 24)");
    }

    @Test
    void failsWhenNoPolicyIsSet() {
        assertThat(with(absent("NoSuchEntity"))).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void isAGapWhenThePolicyCouldNotBeRead() {
        var ev = new LockerFixture(dir)
                .failed("iam.password_policy", "global", "iam:GetAccountPasswordPolicy", "AccessDenied")
                .build();
        assertThat(run(new IamPasswordPolicyStrong(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void neverPassesOnAnUnreadableRecord() {
        assertThat(with("{'outcome':'SOMETHING'}")).extracting(Finding::status).containsExactly(CheckStatus.GAP);
    }
}
