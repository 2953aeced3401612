package dev.auditpack.check.iam;

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

class IamAccessKeyRotatedTest {

    @TempDir
    Path dir;

    private int lockers;

    private static String user(String name, String keys) {
        return "{'UserName':'" + name + "','Arn':'arn:aws:iam::111122223333:user/" + name
                + "','calls':{'ListAccessKeys':" + keys + "}}";
    }

    private static String key(String id, String status, String created) {
        return "{'AccessKeyId':'" + id + "','Status':'" + status + "','CreateDate':'" + created + "'}";
    }

    private List<Finding> with(String... users) {
        return run(
                new IamAccessKeyRotated(),
                new LockerFixture(dir.resolve("locker" + lockers++))
                        .doc("iam.users", "global", "{'Users':[" + String.join(",", users) + "]}")
                        .build());
    }

    @Test
    void judgesEachKey() {
        List<Finding> f = with(
                user(
                        "alice",
                        ok("[" + key("AKIAOLD", "Active", "2026-01-01T00:00:00Z") + ","
                                + key("AKIANEW", "Active", "2026-11-01T00:00:00Z") + "]")),
                user("bob", error("AccessDenied")),
                user("carol", ok("[" + key("AKIAOFF", "Inactive", "2020-01-01T00:00:00Z") + "]")),
                user("dave", ok("[]")),
                user("erin", ok("[" + key("AKIABAD", "Active", "sometime") + "]")));
        assertThat(f)
                .extracting(Finding::resource, Finding::status)
                .containsExactly(
                        tuple("arn:aws:iam::111122223333:access-key/AKIAOLD", CheckStatus.FAIL),
                        tuple("arn:aws:iam::111122223333:access-key/AKIANEW", CheckStatus.PASS),
                        tuple("arn:aws:iam::111122223333:user/bob", CheckStatus.GAP),
                        tuple("arn:aws:iam::111122223333:access-key/AKIAOFF", CheckStatus.NOT_APPLICABLE),
                        tuple("arn:aws:iam::111122223333:access-key/AKIABAD", CheckStatus.GAP));
        assertThat(f.get(0).reason())
                .isEqualTo("Access key AKIAOLD of user alice was created on 2026-01-01, "
                        + "323 days before the collection finished (limit 90).");
        assertThat(f.get(2).reason()).contains("bob").contains("AccessDenied");
    }

    @Test
    void aKeyExactly90DaysOldStillPasses() {
        // The fixture's collection finished at 2026-11-20T09:01:00Z.
        assertThat(with(user(
                        "alice",
                        ok("[" + key("AKIA1", "Active", "2026-08-22T09:01:00Z") + ","
                                + key("AKIA2", "Active", "2026-08-22T09:00:59Z") + "]"))))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.PASS, CheckStatus.FAIL);
    }

    @Test
    void isNotApplicableWhenNoUserHasAKey() {
        assertThat(with(user("dave", ok("[]"))))
                .extracting(Finding::status, Finding::resource)
                .containsExactly(tuple(CheckStatus.NOT_APPLICABLE, "arn:aws:iam::111122223333:root"));
        assertThat(with()).extracting(Finding::status).containsExactly(CheckStatus.NOT_APPLICABLE);
    }

    @Test
    void isAGapWhenTheUsersCouldNotBeListed() {
        var ev = new LockerFixture(dir)
                .failed("iam.users", "global", "iam:ListUsers", "AccessDenied")
                .build();
        assertThat(run(new IamAccessKeyRotated(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }

    @Test
    void aFileWithoutItsUserListIsAGap() {
        var ev = new LockerFixture(dir).doc("iam.users", "global", "{}").build();
        assertThat(run(new IamAccessKeyRotated(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
