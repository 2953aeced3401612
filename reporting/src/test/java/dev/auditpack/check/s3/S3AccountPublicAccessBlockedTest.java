package dev.auditpack.check.s3;

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

class S3AccountPublicAccessBlockedTest {

    @TempDir
    Path dir;

    private List<Finding> with(String result) {
        return run(
                new S3AccountPublicAccessBlocked(),
                new LockerFixture(dir)
                        .doc("s3.account_public_access_block", "global", S3Fixtures.accountBlock(result))
                        .build());
    }

    @Test
    void passesWhenAllFourAreOn() {
        assertThat(with(ok(S3Fixtures.BLOCK_ALL))).extracting(Finding::status).containsExactly(CheckStatus.PASS);
    }

    @Test
    void failsWhenOneIsOffAndNamesIt() {
        List<Finding> f =
                with(ok(S3Fixtures.BLOCK_ALL.replace("'RestrictPublicBuckets':true", "'RestrictPublicBuckets':false")));
        assertThat(f).extracting(Finding::status).containsExactly(CheckStatus.FAIL);
        assertThat(f.get(0).reason()).contains("RestrictPublicBuckets");
    }

    @Test
    void failsWhenNeverConfigured() {
        assertThat(with(absent("NoSuchPublicAccessBlockConfiguration")))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.FAIL);
    }

    @Test
    void isAGapWhenDenied() {
        var ev = new LockerFixture(dir)
                .failed("s3.account_public_access_block", "global", "s3:GetPublicAccessBlock", "AccessDenied")
                .build();
        assertThat(run(new S3AccountPublicAccessBlocked(), ev))
                .extracting(Finding::status)
                .containsExactly(CheckStatus.GAP);
    }
}
