package dev.auditpack.check.iam;

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

class IamRootMfaEnabledTest {

    @TempDir
    Path dir;

    static String summary(int mfa) {
        return "{'GetAccountSummary':"
                + ok("{'SummaryMap':{'AccountMFAEnabled':" + mfa + ",'AccountAccessKeysPresent':0}}") + "}";
    }

    static String report(String csvRows) {
        String header =
                "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_2_active";
        return "{'GetCredentialReport':"
                + ok("{'Content':'" + header + "\\n" + csvRows + "','ReportFormat':'text/csv'}") + "}";
    }

    @Test
    void passesWhenIamSaysRootHasMfa() {
        List<Finding> f = run(
                new IamRootMfaEnabled(),
                new LockerFixture(dir)
                        .doc("iam.account_summary", "global", summary(1))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).resource()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(f.get(0).evidence()).containsExactly("raw/111122223333/global/iam.account_summary.json");
    }

    @Test
    void failsWhenIamSaysRootHasNoMfa() {
        List<Finding> f = run(
                new IamRootMfaEnabled(),
                new LockerFixture(dir)
                        .doc("iam.account_summary", "global", summary(0))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
    }

    @Test
    void fallsBackToTheCredentialReportRootRow() {
        List<Finding> f = run(
                new IamRootMfaEnabled(),
                new LockerFixture(dir)
                        .failed("iam.account_summary", "global", "iam:GetAccountSummary", "AccessDenied")
                        .doc(
                                "iam.credential_report",
                                "global",
                                report(
                                        "<root_account>,arn:aws:iam::111122223333:root,x,not_supported,x,x,x,true,false,false"))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
    }

    @Test
    void isAGapWhenNeitherSourceCouldBeRead() {
        List<Finding> f = run(
                new IamRootMfaEnabled(),
                new LockerFixture(dir)
                        .failed("iam.account_summary", "global", "iam:GetAccountSummary", "AccessDenied")
                        .failed("iam.credential_report", "global", "iam:GenerateCredentialReport", "AccessDenied")
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP);
        assertThat(f.get(0).reason()).contains("could not be collected").contains("AccessDenied");
    }

    @Test
    void isAGapWhenTheReportHasNoRootRow() {
        List<Finding> f = run(
                new IamRootMfaEnabled(),
                new LockerFixture(dir)
                        .doc(
                                "iam.credential_report",
                                "global",
                                report("alice,arn:aws:iam::111122223333:user/alice,x,true,x,x,x,true,false,false"))
                        .build());
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP);
    }
}
