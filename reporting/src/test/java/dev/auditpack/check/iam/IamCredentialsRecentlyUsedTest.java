package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.iam.CredentialRows.OLD;
import static dev.auditpack.check.iam.CredentialRows.RECENT;
import static dev.auditpack.check.iam.CredentialRows.report;
import static dev.auditpack.check.iam.CredentialRows.root;
import static dev.auditpack.check.iam.CredentialRows.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamCredentialsRecentlyUsedTest {

    @TempDir
    Path dir;

    private int lockers;

    private List<Finding> with(String... rows) {
        return run(
                new IamCredentialsRecentlyUsed(),
                new LockerFixture(dir.resolve("locker" + lockers++))
                        .doc("iam.credential_report", "global", report(rows))
                        .build());
    }

    @Test
    void judgesEachUsersActiveCredentials() {
        List<Finding> f = with(
                root(RECENT, "N/A", "N/A"),
                user("active", true, RECENT, OLD, true, OLD, RECENT, false, "N/A", "N/A"),
                user("idle-password", true, OLD, "2025-01-01T00:00:00+00:00", false, "N/A", "N/A", false, "N/A", "N/A"),
                user("new-key", false, "N/A", "N/A", true, RECENT, "N/A", false, "N/A", "N/A"),
                user("old-unused-key", false, "N/A", "N/A", true, RECENT, RECENT, true, OLD, "N/A"),
                user("no-credentials", false, "N/A", "N/A", false, OLD, OLD, false, "N/A", "N/A"),
                user("reset-password", true, OLD, RECENT, false, "N/A", "N/A", false, "N/A", "N/A"));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:iam::111122223333:user/active", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:user/idle-password", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:user/new-key", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:user/old-unused-key", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:user/no-credentials", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:iam::111122223333:user/reset-password", CheckStatus.PASS));
        assertThat(f.get(0).reason())
                .isEqualTo(
                        "User active's console password and access key 1 were used or issued within the last 90 days.");
        assertThat(f.get(1).reason())
                .isEqualTo("User idle-password has credentials unused for more than 90 days: "
                        + "console password (last used 2026-06-01, issued 2025-01-01).");
        assertThat(f.get(3).reason())
                .contains("access key 2 (never used, issued 2026-06-01)")
                .doesNotContain("access key 1");
        assertThat(f.get(4).reason()).contains("no active console password or access key");
    }

    @Test
    void isAGapWhenADateNeededIsUnreadable() {
        List<Finding> f = with(user("odd", true, "garbage", OLD, false, "N/A", "N/A", false, "N/A", "N/A"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP);
        assertThat(f.get(0).reason()).contains("console password");
        assertThat(with(user("odd", true, RECENT, "garbage", false, "N/A", "N/A", false, "N/A", "N/A")))
                .as("a recent use decides without the issue date")
                .extracting(Finding::status)
                .containsExactly(CheckStatus.PASS);
    }

    @Test
    void isNotApplicableWithoutUsers() {
        assertThat(with(root(RECENT, "N/A", "N/A")))
                .extracting(Finding::status, Finding::resource)
                .containsExactly(tuple(CheckStatus.NOT_APPLICABLE, "arn:aws:iam::111122223333:root"));
    }

    @Test
    void isAGapWhenTheReportFailed() {
        var ev = new LockerFixture(dir)
                .failed("iam.credential_report", "global", "iam:GenerateCredentialReport", "AccessDenied")
                .build();
        assertThat(run(new IamCredentialsRecentlyUsed(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
