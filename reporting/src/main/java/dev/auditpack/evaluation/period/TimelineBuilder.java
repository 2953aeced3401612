package dev.auditpack.evaluation.period;

import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.Finding;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.evidence.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds the findings of one snapshot after another into intervals per check and resource, holding only the open
 * interval and the closed ones of each, never a snapshot's findings.
 *
 * <p>A resource a snapshot does not mention is not observed there (GAP) when that snapshot holds a GAP finding of
 * the same check for its account and region (or the account's {@code global} evidence), or did not collect its
 * account; otherwise it did not exist then and its run simply ends. Between two snapshots further apart than the
 * cadence allows, every resource seen on both sides gets a GAP interval with the dates of the stretch.
 */
final class TimelineBuilder {

    private record Key(String checkId, String account, String region, String resource) {}

    private static final class Row {
        final List<Interval> done = new ArrayList<>();
        CheckStatus run;
        int runFrom;
        int runTo;
        String runNote;
        int lastSeen = -1;
        CheckStatus pending;
        String pendingNote;
        int pendingAt = -1;
    }

    private final List<Instant> at;
    private final boolean[] gapAfter;
    private final List<Interval> coverage = new ArrayList<>();
    private final Map<Key, Row> rows = new HashMap<>();
    private final Set<String> gapScopes = new HashSet<>();
    private Set<String> accounts = Set.of();
    private int current = -1;

    /**
     * @param at      when each snapshot was taken (its collection's end), oldest first
     * @param cadence the series' cadence
     * @param period  the audit period
     */
    TimelineBuilder(List<Instant> at, Cadence cadence, AuditPeriod period) {
        this.at = List.copyOf(at);
        this.gapAfter = new boolean[at.size()];
        Duration allowed = cadence.allowed();
        String why = "no snapshot for longer than the " + cadence.word() + " cadence allows (" + allowed.toHours()
                + " hours)";
        Instant start = period.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = period.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (at.isEmpty()) {
            coverage.add(new Interval(CheckStatus.GAP, start, end, 0, "no snapshot in the period"));
            return;
        }
        if (Duration.between(start, at.get(0)).compareTo(allowed) > 0) {
            coverage.add(new Interval(CheckStatus.GAP, start, at.get(0), 0, why + " after the period began"));
        }
        for (int k = 0; k + 1 < at.size(); k++) {
            if (Duration.between(at.get(k), at.get(k + 1)).compareTo(allowed) > 0) {
                gapAfter[k] = true;
                coverage.add(new Interval(CheckStatus.GAP, at.get(k), at.get(k + 1), 0, why));
            }
        }
        Instant last = at.get(at.size() - 1);
        if (Duration.between(last, end).compareTo(allowed) > 0) {
            coverage.add(new Interval(CheckStatus.GAP, last, end, 0, why + " before the period ended"));
        }
    }

    /** Stretches of the period without a snapshot for longer than the cadence allows. */
    List<Interval> coverage() {
        return List.copyOf(coverage);
    }

    /** Starts snapshot {@code k}, which collected the given accounts. */
    synchronized void begin(int k, Collection<String> collected) {
        if (k != current + 1 || k >= at.size()) {
            throw new IllegalStateException("snapshot " + k + " out of order");
        }
        current = k;
        accounts = Set.copyOf(collected);
        gapScopes.clear();
    }

    /** One finding of the current snapshot. */
    synchronized void add(Finding f) {
        Row row = rows.computeIfAbsent(new Key(f.checkId(), f.account(), f.region(), f.resource()), k -> new Row());
        if (row.pendingAt != current || rank(f.status()) > rank(row.pending)) {
            row.pending = f.status();
            row.pendingNote = f.status() == CheckStatus.FAIL || f.status() == CheckStatus.GAP ? f.reason() : "";
            row.pendingAt = current;
        }
        if (f.status() == CheckStatus.GAP) {
            gapScopes.add(scope(f.checkId(), f.account(), f.region()));
        }
    }

    /** Ends the current snapshot: what it did not mention is not observed, or no longer exists. */
    synchronized void end() {
        for (Map.Entry<Key, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            Key key = e.getKey();
            if (row.pendingAt == current) {
                observe(row, row.pending, row.pendingNote);
            } else if (row.lastSeen >= 0) {
                String unread = unread(key);
                if (unread != null) {
                    observe(row, CheckStatus.GAP, unread);
                } else {
                    close(row);
                }
            }
        }
    }

    /** Every timeline, sorted by check, account, region and resource. */
    List<ResourceTimeline> finish() {
        List<ResourceTimeline> out = new ArrayList<>(rows.size());
        rows.forEach((k, row) -> {
            close(row);
            out.add(ResourceTimeline.of(k.checkId(), k.account(), k.region(), k.resource(), row.done));
        });
        out.sort(Comparator.comparing(ResourceTimeline::checkId)
                .thenComparing(ResourceTimeline::account)
                .thenComparing(ResourceTimeline::region)
                .thenComparing(ResourceTimeline::resource));
        rows.clear();
        return out;
    }

    private String unread(Key key) {
        if (!accounts.contains(key.account())) {
            return "not observed: account " + key.account() + " was not collected in this snapshot";
        }
        if (gapScopes.contains(scope(key.checkId(), key.account(), key.region()))
                || gapScopes.contains(scope(key.checkId(), key.account(), Target.GLOBAL))) {
            return "not observed: the evidence the check needs could not be read in this snapshot";
        }
        return null;
    }

    private void observe(Row row, CheckStatus status, String note) {
        if (row.lastSeen >= 0) {
            for (int j = row.lastSeen; j < current; j++) {
                if (gapAfter[j]) {
                    close(row);
                    row.done.add(new Interval(
                            CheckStatus.GAP, at.get(j), at.get(j + 1), 0, "no snapshot between these dates"));
                }
            }
        }
        if (row.run == status && row.runTo == current - 1) {
            row.runTo = current;
        } else {
            close(row);
            row.run = status;
            row.runFrom = current;
            row.runTo = current;
            row.runNote = note;
        }
        row.lastSeen = current;
    }

    private void close(Row row) {
        if (row.run != null) {
            row.done.add(new Interval(
                    row.run, at.get(row.runFrom), at.get(row.runTo), row.runTo - row.runFrom + 1, row.runNote));
            row.run = null;
        }
    }

    private static String scope(String check, String account, String region) {
        return check + "|" + account + "|" + region;
    }

    /** Which of two findings on one resource in one snapshot counts: a failure over a gap over a pass. */
    private static int rank(CheckStatus s) {
        if (s == null) {
            return -1;
        }
        return switch (s) {
            case FAIL, ACCEPTED -> 3;
            case GAP -> 2;
            case PASS -> 1;
            case NOT_APPLICABLE -> 0;
        };
    }
}
