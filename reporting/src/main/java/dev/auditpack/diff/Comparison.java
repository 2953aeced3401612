package dev.auditpack.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one pack to the next (quarter over quarter): controls whose status or grade changed, findings
 * new, resolved and recurring, exceptions and manual documents that expire before the end of the next quarter, and
 * evidence collected before that is now a collection error or absent. The same record is the {@code comparison} key
 * of {@code results.json}, the output of {@code auditpack diff --json}, the PDF's section and the workbook's sheet.
 *
 * @param previous        the earlier pack
 * @param current         the later pack
 * @param nextQuarterEnd  the last day of the quarter after the current pack's audit period
 * @param controls        controls whose status or grade changed, by framework, in the framework's order
 * @param findings        failing findings new, resolved and recurring
 * @param openBasis       what the days a recurring finding has been open are counted from, in one sentence
 * @param expiring        exceptions and manual documents of the current pack that expire by {@code nextQuarterEnd}
 * @param missingEvidence evidence the earlier pack holds that the later one lacks or could not collect
 */
public record Comparison(
        PackRef previous,
        PackRef current,
        LocalDate nextQuarterEnd,
        List<ControlChange> controls,
        FindingChanges findings,
        String openBasis,
        List<Expiry> expiring,
        List<MissingEvidence> missingEvidence) {

    public Comparison {
        Objects.requireNonNull(previous);
        Objects.requireNonNull(current);
        Objects.requireNonNull(nextQuarterEnd);
        controls = List.copyOf(controls);
        Objects.requireNonNull(findings);
        Objects.requireNonNull(openBasis);
        expiring = List.copyOf(expiring);
        missingEvidence = List.copyOf(missingEvidence);
    }

    /** True when nothing changed that the comparison reports (recurring findings aside). */
    public boolean unchanged() {
        return controls.isEmpty()
                && findings.added().isEmpty()
                && findings.resolved().isEmpty()
                && findings.notObserved().isEmpty()
                && expiring.isEmpty()
                && missingEvidence.isEmpty();
    }

    /**
     * One pack as the comparison names it.
     *
     * @param file         the file or folder it was read from, as given
     * @param organisation the organisation the pack is for
     * @param periodLabel  its audit period, e.g. {@code 2026-Q3}
     * @param periodStart  the period's first day
     * @param periodEnd    the period's last day
     * @param observedAt   when its automated evidence was observed (collection finished)
     * @param generatedAt  when the pack was built
     * @param frameworks   its framework ids, sorted
     */
    public record PackRef(
            String file,
            String organisation,
            String periodLabel,
            LocalDate periodStart,
            LocalDate periodEnd,
            Instant observedAt,
            Instant generatedAt,
            List<String> frameworks) {
        public PackRef {
            frameworks = List.copyOf(frameworks);
        }
    }

    /**
     * A control whose status or grade changed.
     *
     * @param framework     framework id
     * @param frameworkName the framework's short name
     * @param control       control id
     * @param title         control title
     * @param statusBefore  status in the earlier pack, or empty when it had no such control
     * @param statusAfter   status in the later pack, or empty when it has no such control
     * @param gradeBefore   grade label in the earlier pack (e.g. {@code Minor nonconformity}), or empty
     * @param gradeAfter    grade label in the later pack, or empty
     */
    public record ControlChange(
            String framework,
            String frameworkName,
            String control,
            String title,
            String statusBefore,
            String statusAfter,
            String gradeBefore,
            String gradeAfter) {}

    /**
     * Failing findings (failing, or failing and accepted under an exception), keyed by check, account, region and
     * resource.
     *
     * @param added       failing now, not before
     * @param resolved    failing before, and now judged passing (or not applicable)
     * @param recurring   failing in both
     * @param notObserved failing before, and not judged now: the resource is gone, or its evidence is missing or a GAP;
     *                    never counted as resolved
     */
    public record FindingChanges(
            @JsonProperty("new") List<FindingChange> added,
            List<FindingChange> resolved,
            List<FindingChange> recurring,
            List<FindingChange> notObserved) {
        public FindingChanges {
            added = List.copyOf(added);
            resolved = List.copyOf(resolved);
            recurring = List.copyOf(recurring);
            notObserved = List.copyOf(notObserved);
        }
    }

    /**
     * One failing finding.
     *
     * @param checkId   check id
     * @param account   account id
     * @param region    region, or {@code global}
     * @param resource  the resource (an ARN)
     * @param severity  the check's severity
     * @param status    {@code FAIL}, or {@code ACCEPTED} when an exception accepts it: now for a new or recurring
     *                  finding, in the earlier pack for one resolved or not observed
     * @param reason    why it fails, in the later pack for a new or recurring finding, the earlier pack otherwise
     * @param openSince the observation time of the earliest pack known to show it failing
     * @param daysOpen  whole days from {@code openSince} to the later pack's observation (to the earlier pack's, for a
     *                  resolved finding: how long it was open when last seen)
     */
    public record FindingChange(
            String checkId,
            String account,
            String region,
            String resource,
            String severity,
            String status,
            String reason,
            Instant openSince,
            long daysOpen) {}

    /**
     * An exception or manual document of the later pack that expires by the end of the next quarter.
     *
     * @param kind              {@code exception} or {@code manual document}
     * @param id                its id
     * @param subject           what it is: the exception's target, the document's title
     * @param expires           its last day
     * @param daysAfterPeriodEnd days from the later pack's period end to its expiry; negative when already expired then
     */
    public record Expiry(String kind, String id, String subject, LocalDate expires, long daysAfterPeriodEnd) {}

    /**
     * Evidence the earlier pack holds that the later one lacks.
     *
     * @param collector  collector id
     * @param account    account id
     * @param region     region, or {@code global}
     * @param previously when the earlier pack collected it
     * @param now        {@code absent}, or {@code collection error} with the failed call and its error code
     */
    public record MissingEvidence(String collector, String account, String region, Instant previously, String now) {}
}
