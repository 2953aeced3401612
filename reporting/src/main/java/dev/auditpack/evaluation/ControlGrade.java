package dev.auditpack.evaluation;

import dev.auditpack.check.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of a control that is not satisfied, from its findings (rules in {@code docs/statuses.md}).
 *
 * @param grade      the nonconformity grade the findings amount to; it also orders controls graded by exceptions
 * @param severity   the highest severity among the failing checks; empty when documents, not checks, failed it
 * @param exceptions failing resources (exceptions) across the control's checks
 * @param population resources those checks judged: passing, failing and accepted ones
 * @param accepted   failing resources accepted under exceptions, part of the population, not of the exceptions
 * @param systematic true when a check fails on most of the resources it judged
 * @param basis      one sentence saying what the grade rests on
 */
public record ControlGrade(
        Grade grade,
        Optional<Severity> severity,
        long exceptions,
        long population,
        long accepted,
        boolean systematic,
        String basis) {
    public ControlGrade {
        Objects.requireNonNull(grade);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(basis);
        if (exceptions < 0 || population < exceptions) {
            throw new IllegalArgumentException(exceptions + " exceptions out of " + population + " resources");
        }
    }

    /** Exceptions out of the tested population, as a SOC 2 report counts them, e.g. {@code 2 of 14}. */
    public String exceptionRate() {
        return exceptions + " of " + population;
    }
}
