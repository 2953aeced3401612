package dev.auditpack.check.iam;

import static dev.auditpack.check.LockerFixture.run;
import static dev.auditpack.check.iam.CredentialRows.OLD;
import static dev.auditpack.check.iam.CredentialRows.RECENT;
import static dev.auditpack.check.iam.CredentialRows.report;
import static dev.auditpack.check.iam.CredentialRows.root;
import static dev.auditpack.check.iam.CredentialRows.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.check.LockerFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamRootRecentlyUnusedTest {

    @TempDir
    Path dir;

    private int lockers;

    private List<Finding> with(String... rows) {
        return run(
                new IamRootRecentlyUnused(),
                new LockerFixture(dir.resolve("locker" + lockers++))
                        .doc("iam.credential_report", "global", report(rows))
                        .build());
    }

    @Test
    void passesWhenTheRootUserHasNoRecordedUse() {
        List<Finding> f = with(root("no_information", "N/A", "N/A"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).resource()).isEqualTo("arn:aws:iam::111122223333:root");
        assertThat(f.get(0).reason()).contains("records no use");
    }

    @Test
    void passesWhenTheLastUseIsOlderThan90Days() {
        List<Finding> f = with(root(OLD, "N/A", "2026-03-01T08:00:00+00:00"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.PASS);
        assertThat(f.get(0).reason()).contains("last used on 2026-06-01 (password)");
    }

    @Test
    void failsWhenThePasswordOrAKeyWasUsedWithin90Days() {
        List<Finding> f = with(
                root(OLD, RECENT, "N/A"),
                user("alice", true, RECENT, RECENT, false, "N/A", "N/A", false, "N/A", "N/A"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
        assertThat(f.get(0).reason()).contains("access key 1 on 2026-11-01").doesNotContain("password on");
    }

    @Test
    void theWindowEndsExactly90DaysBeforeTheCollectionFinished() {
        // The fixture's collection finished at 2026-11-20T09:01:00Z.
        assertThat(with(root("2026-08-22T09:01:00+00:00", "N/A", "N/A")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.FAIL);
        assertThat(with(root("2026-08-22T09:00:59+00:00", "N/A", "N/A")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.PASS);
    }

    @Test
    void isAGapWhenADateIsUnreadable() {
        List<Finding> f = with(root("yesterday", "N/A", "N/A"));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.GAP);
        assertThat(f.get(0).reason()).contains("password_last_used ('yesterday')");
    }

    @Test
    void aRecentUseFailsEvenWhenAnotherDateIsUnreadable() {
        assertThat(with(root("yesterday", RECENT, "N/A")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.FAIL);
    }

    @Test
    void isAGapWithoutARootRowOrReport() {
        assertThat(with(user("alice", true, RECENT, RECENT, false, "N/A", "N/A", false, "N/A", "N/A")))
                .extracting(Finding::status, Finding::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        CheckStatus.GAP, "The credential report could not be read or has no root user row."));
        var failed = new LockerFixture(dir.resolve("failed"))
                .failed("iam.credential_report", "global", "iam:GenerateCredentialReport", "AccessDenied")
                .build();
        assertThat(run(new IamRootRecentlyUnused(), failed))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
