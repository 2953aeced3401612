package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamUserConsoleMfaEnabledTest {

    @TempDir
    Path dir;

    @Test
    void judgesEachUserByPasswordAndMfa() {
        var ev = new LockerFixture(dir)
                .doc(
                        "iam.credential_report",
                        "global",
                        IamRootMfaEnabledTest.report(String.join(
                                "\\n",
                                "<root_account>,arn:aws:iam::111122223333:root,x,not_supported,x,x,x,false,false,false",
                                "alice,arn:aws:iam::111122223333:user/alice,x,true,x,x,x,false,false,false",
                                "bob,arn:aws:iam::111122223333:user/bob,x,true,x,x,x,true,false,false",
                                "ci,arn:aws:iam::111122223333:user/ci,x,false,x,x,x,false,true,false")))
                .build();
        List<Finding> f = run(new IamUserConsoleMfaEnabled(), ev);
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("arn:aws:iam::111122223333:user/alice", CheckStatus.FAIL),
                        org.assertj.core.groups.Tuple.tuple("arn:aws:iam::111122223333:user/bob", CheckStatus.PASS),
                        org.assertj.core.groups.Tuple.tuple(
                                "arn:aws:iam::111122223333:user/ci", CheckStatus.NOT_APPLICABLE));
    }

    @Test
    void isNotApplicableWithoutUsers() {
        var ev = new LockerFixture(dir)
                .doc(
                        "iam.credential_report",
                        "global",
                        IamRootMfaEnabledTest.report(
                                "<root_account>,arn:aws:iam::111122223333:root,x,not_supported,x,x,x,true,false,false"))
                .build();
        assertThat(run(new IamUserConsoleMfaEnabled(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenTheReportFailed() {
        var ev = new LockerFixture(dir)
                .failed("iam.credential_report", "global", "iam:GenerateCredentialReport", "AccessDenied")
                .build();
        assertThat(run(new IamUserConsoleMfaEnabled(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
