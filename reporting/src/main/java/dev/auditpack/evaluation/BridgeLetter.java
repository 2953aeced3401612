package dev.auditpack.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * AWS's bridge letter (continued operations letter) for a report whose period ended before the audit period did:
 * listed in AWS Artifact, or downloaded by the user and given as manual evidence.
 *
 * @param title  its name
 * @param from   first day it covers
 * @param to     last day it covers
 * @param source the locker path of the Artifact list that names it, or the manual evidence file
 * @param manual true when the user gave it as manual evidence
 */
public record BridgeLetter(String title, LocalDate from, LocalDate to, String source, boolean manual) {
    public BridgeLetter {
        Objects.requireNonNull(title);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(source);
    }

    /** True when it starts no later than the day after {@code reportEnd} and runs to {@code periodEnd} or beyond. */
    public boolean bridges(LocalDate reportEnd, LocalDate periodEnd) {
        return !from.isAfter(reportEnd.plusDays(1)) && !to.isBefore(periodEnd);
    }

    /** {@code AWS SOC continued operations letter (2026-10-01 – 2026-12-31, Artifact)}. */
    public String label() {
        return title + " (" + from + " – " + to + ", " + (manual ? "given as manual evidence" : "AWS Artifact") + ")";
    }
}
