package dev.auditpack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.check.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grading rule of docs/statuses.md, case by case. */
class GradingTest {

    private static CheckSummary check(String id, Severity severity, long pass, long fail, long accepted) {
        return new CheckSummary(id, "Title of " + id, severity, pass, fail, 3, 1, accepted);
    }

    private static ControlGrade grade(CheckSummary... checks) {
        return Grading.of(ControlStatus.NOT_SATISFIED, List.of(checks)).orElseThrow();
    }

    @Test
    void onlyControlsNotSatisfiedAreGraded() {
        List<CheckSummary> failing = List.of(check("iam_root_mfa_enabled", Severity.CRITICAL, 0, 1, 0));
        for (ControlStatus s : ControlStatus.values()) {
            assertThat(Grading.of(s, failing).isPresent()).as(s.name()).isEqualTo(s == ControlStatus.NOT_SATISFIED);
        }
    }

    @Test
    void aCriticalOrHighFindingIsAMajorNonconformity() {
        ControlGrade g = grade(
                check("iam_user_console_mfa_enabled", Severity.HIGH, 12, 2, 0),
                check("iam_password_policy_strong", Severity.MEDIUM, 0, 1, 0));
        assertThat(g.grade()).isEqualTo(Grade.MAJOR_NONCONFORMITY);
        assertThat(g.severity()).contains(Severity.HIGH);
        assertThat(g.exceptionRate()).isEqualTo("3 of 15");
        assertThat(g.basis())
                .contains("HIGH")
                .contains("iam_user_console_mfa_enabled (2)")
                .doesNotContain("iam_password_policy_strong");
        assertThat(grade(check("iam_root_mfa_enabled", Severity.CRITICAL, 0, 1, 0))
                        .grade())
                .isEqualTo(Grade.MAJOR_NONCONFORMITY);
    }

    @Test
    void anIsolatedMediumLapseIsMinor() {
        ControlGrade g = grade(check("s3_bucket_default_encryption", Severity.MEDIUM, 9, 1, 0));
        assertThat(g.grade()).isEqualTo(Grade.MINOR_NONCONFORMITY);
        assertThat(g.systematic()).isFalse();
        assertThat(g.exceptionRate()).isEqualTo("1 of 10");
    }

    @Test
    void oneAccountWideSettingFailingIsIsolated() {
        assertThat(grade(check("iam_password_policy_strong", Severity.MEDIUM, 0, 1, 0))
                        .grade())
                .isEqualTo(Grade.MINOR_NONCONFORMITY);
    }

    @Test
    void aMediumCheckFailingOnMostResourcesIsASystematicMajor() {
        ControlGrade g = grade(check("config_recorder_enabled_all_regions", Severity.MEDIUM, 1, 2, 0));
        assertThat(g.grade()).isEqualTo(Grade.MAJOR_NONCONFORMITY);
        assertThat(g.systematic()).isTrue();
        assertThat(g.basis()).isEqualTo("Systematic: config_recorder_enabled_all_regions fails on 2 of 3 resources.");
        assertThat(grade(check("config_recorder_enabled_all_regions", Severity.MEDIUM, 2, 2, 0))
                        .grade())
                .as("half is not most")
                .isEqualTo(Grade.MINOR_NONCONFORMITY);
    }

    @Test
    void lowFindingsAloneAreAnOpportunityForImprovementHoweverMany() {
        ControlGrade g = grade(check("rds_instance_multi_az", Severity.LOW, 0, 5, 0));
        assertThat(g.grade()).isEqualTo(Grade.OPPORTUNITY_FOR_IMPROVEMENT);
        assertThat(g.severity()).contains(Severity.LOW);
        assertThat(grade(
                                check("rds_instance_multi_az", Severity.LOW, 0, 5, 0),
                                check("s3_bucket_default_encryption", Severity.MEDIUM, 9, 1, 0))
                        .grade())
                .as("a systematic LOW failure does not make a MEDIUM lapse major")
                .isEqualTo(Grade.MINOR_NONCONFORMITY);
    }

    @Test
    void acceptedFailuresAreTestedButAreNotExceptions() {
        ControlGrade g = grade(check("s3_bucket_versioning_enabled", Severity.LOW, 4, 1, 2));
        assertThat(g.exceptions()).isEqualTo(1);
        assertThat(g.population()).isEqualTo(7);
        assertThat(g.accepted()).isEqualTo(2);
    }

    @Test
    void documentsShowingTheControlNotOperatingAreMajorWithoutASeverity() {
        ControlGrade g = grade(check("iam_credentials_recently_used", Severity.MEDIUM, 6, 0, 0));
        assertThat(g.grade()).isEqualTo(Grade.MAJOR_NONCONFORMITY);
        assertThat(g.severity()).isEmpty();
        assertThat(g.exceptionRate()).isEqualTo("0 of 6");
        assertThat(g.basis()).contains("Manual evidence");
    }
}
