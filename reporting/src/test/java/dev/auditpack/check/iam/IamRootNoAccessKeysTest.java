package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.ok;
import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamRootNoAccessKeysTest {

    @TempDir
    Path dir;

    private static String summary(int keys) {
        return "{'GetAccountSummary':"
                + ok("{'SummaryMap':{'AccountMFAEnabled':1,'AccountAccessKeysPresent':" + keys + "}}") + "}";
    }

    @Test
    void passesWithoutRootKeys() {
        assertThat(run(
                        new IamRootNoAccessKeys(),
                        new LockerFixture(dir)
                                .doc("iam.account_summary", "global", summary(0))
                                .build()))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.PASS);
    }

    @Test
    void failsWithRootKeys() {
        assertThat(run(
                        new IamRootNoAccessKeys(),
                        new LockerFixture(dir)
                                .doc("iam.account_summary", "global", summary(1))
                                .build()))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.FAIL);
    }

    @Test
    void failsOnAnActiveKeyInTheRootRow() {
        var ev = new LockerFixture(dir)
                .doc(
                        "iam.credential_report",
                        "global",
                        IamRootMfaEnabledTest.report(
                                "<root_account>,arn:aws:iam::111122223333:root,x,not_supported,x,x,x,true,false,true"))
                .build();
        assertThat(run(new IamRootNoAccessKeys(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.FAIL);
    }

    @Test
    void isAGapWithoutEvidence() {
        assertThat(run(new IamRootNoAccessKeys(), new LockerFixture(dir).build()))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        CheckStatus.GAP, "No evidence iam.credential_report was collected for account 111122223333."));
    }
}
