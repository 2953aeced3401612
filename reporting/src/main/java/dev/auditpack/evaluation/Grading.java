package dev.auditpack.evaluation;

import dev.auditpack.check.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Grades a control that is not satisfied from the findings of its checks. The rule (docs/statuses.md): a
 * CRITICAL or HIGH failure, or a check failing systematically, is a major nonconformity; an isolated MEDIUM
 * failure a minor one; LOW failures alone an opportunity for improvement. Documents saying the control is
 * not operating make it major.
 */
public final class Grading {

    private Grading() {}

    /**
     * Whether a check's failures are systematic: it fails on at least two resources and on more than half of
     * those it judged. One account-wide setting failing is an isolated lapse, not a pattern.
     */
    static boolean systematic(CheckSummary s) {
        long judged = s.pass() + s.fail() + s.accepted();
        return s.fail() >= 2 && s.fail() * 2 > judged;
    }

    /**
     * The grade of a control, or empty when it is not NOT_SATISFIED.
     *
     * @param status the control's status
     * @param checks the checks whose findings count towards the grade (the control's own)
     */
    public static Optional<ControlGrade> of(ControlStatus status, List<CheckSummary> checks) {
        if (status != ControlStatus.NOT_SATISFIED) {
            return Optional.empty();
        }
        List<CheckSummary> failing = checks.stream().filter(s -> s.fail() > 0).toList();
        long exceptions = failing.stream().mapToLong(CheckSummary::fail).sum();
        long population = checks.stream()
                .mapToLong(s -> s.pass() + s.fail() + s.accepted())
                .sum();
        long accepted = checks.stream().mapToLong(CheckSummary::accepted).sum();
        if (failing.isEmpty()) {
            return Optional.of(new ControlGrade(
                    Grade.MAJOR_NONCONFORMITY,
                    Optional.empty(),
                    0,
                    population,
                    accepted,
                    false,
                    "Manual evidence shows the control is not operating."));
        }
        Severity worst = failing.stream()
                .map(CheckSummary::severity)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        List<CheckSummary> patterns = failing.stream()
                .filter(s -> s.severity() != Severity.LOW && systematic(s))
                .toList();
        Grade grade;
        String basis;
        if (worst == Severity.CRITICAL || worst == Severity.HIGH) {
            grade = Grade.MAJOR_NONCONFORMITY;
            basis = worst + " finding(s): "
                    + names(failing.stream().filter(s -> s.severity() == worst).toList()) + ".";
        } else if (worst == Severity.MEDIUM && !patterns.isEmpty()) {
            grade = Grade.MAJOR_NONCONFORMITY;
            CheckSummary p = patterns.get(0);
            basis = "Systematic: " + p.checkId() + " fails on " + p.fail() + " of "
                    + (p.pass() + p.fail() + p.accepted()) + " resources.";
        } else if (worst == Severity.MEDIUM) {
            grade = Grade.MINOR_NONCONFORMITY;
            basis = "Isolated MEDIUM finding(s): " + names(failing) + ".";
        } else {
            grade = Grade.OPPORTUNITY_FOR_IMPROVEMENT;
            basis = "LOW finding(s) only: " + names(failing) + ".";
        }
        return Optional.of(new ControlGrade(
                grade, Optional.of(worst), exceptions, population, accepted, !patterns.isEmpty(), basis));
    }

    private static String names(List<CheckSummary> checks) {
        return String.join(
                ", ",
                checks.stream().map(s -> s.checkId() + " (" + s.fail() + ")").toList());
    }
}
