package dev.auditpack.diff;

import dev.auditpack.input.InputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares two packs of one organisation and framework set, the earlier first; rules in docs/quarter-over-quarter.md. */
public final class Comparisons {

    /** What the days a recurring finding has been open rest on, as the comparison states it. */
    static final String OPEN_BASIS = "Days open are whole days from the observation time (when collection finished) of "
            + "the earliest pack known to show the finding failing, through the comparisons each pack carries, to the "
            + "observation time of the current pack. Packs are snapshots: a finding may have been failing before the "
            + "first pack that shows it, and may have been fixed and broken again between two packs.";

    private Comparisons() {}

    /**
     * The comparison of {@code previous} with {@code current}.
     *
     * @throws InputException naming the earlier pack's file when the two are of different organisations or framework
     *                        sets, when the earlier is newer, or when either is redacted
     */
    public static Comparison compare(PackState previous, PackState current) {
        refuse(previous, current);
        List<Comparison.ControlChange> controls = new ArrayList<>();
        current.controls().forEach((fw, after) -> {
            Map<String, PackState.ControlState> before = previous.controls().getOrDefault(fw, Map.of());
            Set<String> ids = new LinkedHashSet<>(after.keySet());
            ids.addAll(before.keySet());
            for (String id : ids) {
                PackState.ControlState b = before.get(id);
                PackState.ControlState a = after.get(id);
                String statusBefore = b == null ? "" : b.status();
                String statusAfter = a == null ? "" : a.status();
                String gradeBefore = b == null ? "" : b.grade();
                String gradeAfter = a == null ? "" : a.grade();
                if (!statusBefore.equals(statusAfter) || !gradeBefore.equals(gradeAfter)) {
                    controls.add(new Comparison.ControlChange(
                            fw,
                            current.names().get(fw),
                            id,
                            a != null ? a.title() : b.title(),
                            statusBefore,
                            statusAfter,
                            gradeBefore,
                            gradeAfter));
                }
            }
        });
        Instant then = previous.ref().observedAt();
        Instant now = current.ref().observedAt();
        List<Comparison.FindingChange> added = new ArrayList<>();
        List<Comparison.FindingChange> recurring = new ArrayList<>();
        current.failing().forEach((key, f) -> {
            if (previous.failing().containsKey(key)) {
                Instant since = earliest(previous.openSince().get(key), then);
                recurring.add(finding(key, f, since, now));
            } else {
                added.add(finding(key, f, now, now));
            }
        });
        List<Comparison.FindingChange> resolved = new ArrayList<>();
        List<Comparison.FindingChange> notObserved = new ArrayList<>();
        previous.failing().forEach((key, f) -> {
            if (!current.failing().containsKey(key)) {
                Instant since = earliest(previous.openSince().get(key), then);
                // Resolved only when the current pack judged the resource and it did not fail; unjudged is not a pass.
                (current.passing().contains(key) ? resolved : notObserved).add(finding(key, f, since, then));
            }
        });
        LocalDate end = current.ref().periodEnd();
        LocalDate horizon = nextQuarterEnd(end);
        List<Comparison.Expiry> expiring = current.expiries().stream()
                .filter(e -> !e.expires().isAfter(horizon))
                .map(e -> new Comparison.Expiry(
                        e.kind(), e.id(), e.subject(), e.expires(), ChronoUnit.DAYS.between(end, e.expires())))
                .sorted(java.util.Comparator.comparing(Comparison.Expiry::expires)
                        .thenComparing(Comparison.Expiry::kind)
                        .thenComparing(Comparison.Expiry::id))
                .toList();
        List<Comparison.MissingEvidence> missing = new ArrayList<>();
        previous.collected().forEach((scope, at) -> {
            String error = current.errors().get(scope);
            if (error != null) {
                missing.add(missing(scope, at, error));
            } else if (!current.collected().containsKey(scope)) {
                missing.add(missing(scope, at, "absent"));
            }
        });
        return new Comparison(
                previous.ref(),
                current.ref(),
                horizon,
                controls,
                new Comparison.FindingChanges(added, resolved, recurring, notObserved),
                OPEN_BASIS,
                expiring,
                missing);
    }

    /** The last day of the first calendar quarter that begins after {@code periodEnd}. */
    static LocalDate nextQuarterEnd(LocalDate periodEnd) {
        LocalDate after = periodEnd.plusDays(1);
        LocalDate start = LocalDate.of(after.getYear(), (after.getMonthValue() - 1) / 3 * 3 + 1, 1);
        if (start.isBefore(after)) {
            start = start.plusMonths(3);
        }
        return start.plusMonths(3).minusDays(1);
    }

    private static void refuse(PackState previous, PackState current) {
        String file = previous.ref().file();
        for (PackState p : List.of(previous, current)) {
            if (p.redacted()) {
                throw new InputException(
                        p.ref().file(),
                        "is a redacted pack, whose account ids are pseudonyms; compare the full evidence-pack.zip");
            }
        }
        if (previous.organisation().isPresent()
                && current.organisation().isPresent()
                && !previous.organisation()
                        .get()
                        .strip()
                        .equalsIgnoreCase(current.organisation().get().strip())) {
            throw new InputException(
                    file,
                    "is a pack of another organisation ('" + previous.ref().organisation() + "'; "
                            + current.ref().file() + " is of '" + current.ref().organisation() + "')");
        }
        Set<String> common = new HashSet<>(previous.accounts());
        common.retainAll(current.accounts());
        if (common.isEmpty()) {
            throw new InputException(
                    file,
                    "shares no AWS account with " + current.ref().file() + " (" + String.join(", ", previous.accounts())
                            + " against " + String.join(", ", current.accounts())
                            + "), so it is of another organisation");
        }
        if (!previous.ref().frameworks().equals(current.ref().frameworks())) {
            throw new InputException(
                    file,
                    "covers other frameworks ("
                            + String.join(", ", previous.ref().frameworks()) + ") than "
                            + current.ref().file() + " ("
                            + String.join(", ", current.ref().frameworks())
                            + "); compare packs built with the same frameworks");
        }
        if (previous.ref().observedAt().isAfter(current.ref().observedAt())
                || previous.ref().periodEnd().isAfter(current.ref().periodEnd())) {
            throw new InputException(
                    file,
                    "is newer than " + current.ref().file() + " (period "
                            + previous.ref().periodLabel()
                            + ", observed " + previous.ref().observedAt() + "; against period "
                            + current.ref().periodLabel() + ", observed "
                            + current.ref().observedAt()
                            + "); give the earlier pack first");
        }
    }

    private static Instant earliest(Instant carried, Instant then) {
        return carried != null && carried.isBefore(then) ? carried : then;
    }

    private static Comparison.FindingChange finding(
            PackState.FindingKey key, PackState.Failing f, Instant since, Instant until) {
        return new Comparison.FindingChange(
                key.checkId(),
                key.account(),
                key.region(),
                key.resource(),
                f.severity(),
                f.status(),
                f.reason(),
                since,
                Math.max(0, ChronoUnit.DAYS.between(since, until)));
    }

    private static Comparison.MissingEvidence missing(PackState.ScopeKey scope, Instant at, String now) {
        return new Comparison.MissingEvidence(scope.collector(), scope.account(), scope.region(), at, now);
    }
}
