package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.Check;
import org.junit.jupiter.api.Test;

/** {@code auditpack explain}: a check's test procedure on the command line. */
class ExplainCliTest {

    @Test
    void explainsACheckWithItsProcedureAndTheControlsItSupports() {
        Cli cli = Cli.run("explain", "s3_bucket_default_encryption");
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out())
                .startsWith("s3_bucket_default_encryption: ")
                .contains("Severity:   MEDIUM")
                .contains("Supports:   ISO 27001 ")
                .contains("Inspected:  S3 ListBuckets; GetBucketEncryption")
                .contains("Population: Every S3 bucket")
                .contains("Criterion:  ")
                .contains("Re-perform: Open raw/<account>/global/s3.buckets.json");
    }

    @Test
    void anUnknownIdIsOneLineWithCloseMatchesAndExitTwo() {
        Cli cli = Cli.run("explain", "s3_bucket_encryption");
        assertThat(cli.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines())
                .singleElement()
                .asString()
                .startsWith("auditpack: explain: unknown check 's3_bucket_encryption'; close matches: ")
                .contains("s3_bucket_default_encryption");
    }

    @Test
    void anIdNothingResemblesSaysHowToListThem() {
        Cli cli = Cli.run("explain", "qqqqqqqqqqqqqqqqqqqq");
        assertThat(cli.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(cli.errLines()).singleElement().asString().contains("'auditpack explain --list' lists every check");
    }

    @Test
    void listNamesEveryCheck() {
        Cli cli = Cli.run("explain", "--list");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out().lines()).hasSize(Check.all().size());
        assertThat(Check.all()).allSatisfy(c -> assertThat(cli.out()).contains(c.id() + "  " + c.severity()));
    }

    @Test
    void closeMatchesComeNearestFirst() {
        assertThat(ExplainCommand.closeMatches(
                        "iam_root_mfa",
                        java.util.List.of(
                                "iam_root_mfa_enabled", "iam_user_console_mfa_enabled", "kms_key_rotation_enabled")))
                .first()
                .isEqualTo("iam_root_mfa_enabled");
        assertThat(ExplainCommand.distance("kitten", "sitting")).isEqualTo(3);
    }
}
