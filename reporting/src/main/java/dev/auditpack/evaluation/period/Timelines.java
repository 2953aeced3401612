package dev.auditpack.evaluation.period;

import dev.auditpack.check.Check;
import dev.auditpack.check.CheckStatus;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.Cadence;
import dev.auditpack.evidence.SeriesChain;
import dev.auditpack.framework.Control;
import dev.auditpack.framework.Framework;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges every check at every snapshot of a series, one snapshot and one account at a time, and states each
 * control's operation over the period. Exceptions do not apply here: a failure an exception accepts today still
 * happened, and the period shows it.
 */
public final class Timelines {

    /** Most threads judging one snapshot's accounts at once. */
    private static final int THREADS = 4;

    private Timelines() {}

    /**
     * The timeline of a sound chain of snapshots.
     *
     * @param snapshots the series' snapshots, oldest first, already verified
     */
    public static Timeline build(
            List<SeriesChain.Snapshot> snapshots,
            Cadence cadence,
            AuditPeriod period,
            List<Framework> frameworks,
            List<Check> checks) {
        TimelineBuilder builder = new TimelineBuilder(
                snapshots.stream().map(SeriesChain.Snapshot::finishedAt).toList(), cadence, period);
        List<Timeline.SnapshotRow> rows = new ArrayList<>();
        for (int k = 0; k < snapshots.size(); k++) {
            SeriesChain.Snapshot s = snapshots.get(k);
            rows.add(new Timeline.SnapshotRow(
                    s.name(), s.startedAt(), s.finishedAt(), s.indexSha256(), s.evidenceFiles(), s.errors()));
            // One snapshot's locker at a time; within it, each thread holds one account's documents at a time.
            EvidenceSet evidence = EvidenceSet.of(s.open());
            builder.begin(k, evidence.accounts());
            judge(evidence, checks, builder);
            builder.end();
        }
        List<ResourceTimeline> timelines = builder.finish();
        List<Interval> coverage = builder.coverage();
        return new Timeline(
                cadence.word(),
                cadence.allowed().toString(),
                period.label(),
                period.start(),
                period.end(),
                rows,
                coverage,
                controls(frameworks, timelines, coverage, rows.size()),
                timelines);
    }

    /**
     * Runs every check on every account of one snapshot, the accounts spread over the machine's cores (checks are
     * stateless and the builder takes findings from any thread; a resource's findings all come from its account's
     * thread, so the result does not depend on the order).
     */
    private static void judge(EvidenceSet evidence, List<Check> checks, TimelineBuilder builder) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), THREADS));
        if (threads == 1 || evidence.accounts().size() < 2) {
            evidence.accounts().forEach(a -> judgeAccount(evidence.forAccount(a), checks, builder));
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "auditpack-timeline");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (String account : evidence.accounts()) {
                running.add(pool.submit(() -> judgeAccount(evidence.forAccount(account), checks, builder)));
            }
            for (java.util.concurrent.Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while judging the snapshots", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void judgeAccount(EvidenceSet account, List<Check> checks, TimelineBuilder builder) {
        for (Check check : checks) {
            check.evaluate(account, builder::add);
        }
    }

    static List<ControlPeriod> controls(
            List<Framework> frameworks, List<ResourceTimeline> timelines, List<Interval> coverage, int snapshots) {
        Map<String, List<ResourceTimeline>> byCheck = new HashMap<>();
        timelines.forEach(t ->
                byCheck.computeIfAbsent(t.checkId(), k -> new ArrayList<>()).add(t));
        List<ControlPeriod> out = new ArrayList<>();
        for (Framework f : frameworks) {
            for (Control c : f.controls()) {
                out.add(control(f.id(), c, byCheck, coverage, snapshots));
            }
        }
        return out;
    }

    private static ControlPeriod control(
            String framework,
            Control c,
            Map<String, List<ResourceTimeline>> byCheck,
            List<Interval> coverage,
            int snapshots) {
        List<String> direct = c.directChecks();
        if (direct.isEmpty()) {
            return new ControlPeriod(
                    framework,
                    c.id(),
                    c.title(),
                    "NOT_TESTED",
                    "No check tests it directly: its operation over the period rests on other evidence.",
                    direct,
                    List.of());
        }
        List<ControlPeriod.Deviation> deviations = new ArrayList<>();
        coverage.forEach(i -> deviations.add(new ControlPeriod.Deviation("", "", "", "", i)));
        Set<String> failing = new LinkedHashSet<>();
        boolean passed = false;
        boolean gap = !coverage.isEmpty();
        for (String check : direct) {
            for (ResourceTimeline t : byCheck.getOrDefault(check, List.of())) {
                for (Interval i : t.intervals()) {
                    switch (i.status()) {
                        case FAIL, ACCEPTED -> {
                            failing.add(check + " " + t.resource());
                            deviations.add(
                                    new ControlPeriod.Deviation(check, t.account(), t.region(), t.resource(), i));
                        }
                        case GAP -> {
                            gap = true;
                            deviations.add(
                                    new ControlPeriod.Deviation(check, t.account(), t.region(), t.resource(), i));
                        }
                        case PASS -> passed = true;
                        case NOT_APPLICABLE -> {}
                    }
                }
            }
        }
        deviations.sort(
                Comparator.comparing((ControlPeriod.Deviation d) -> d.interval().from())
                        .thenComparing(ControlPeriod.Deviation::checkId)
                        .thenComparing(ControlPeriod.Deviation::resource));
        String verdict;
        String statement;
        if (!failing.isEmpty()) {
            ControlPeriod.Deviation first = deviations.stream()
                    .filter(d -> d.interval().status() == CheckStatus.FAIL
                            || d.interval().status() == CheckStatus.ACCEPTED)
                    .findFirst()
                    .orElseThrow();
            verdict = "NOT_EFFECTIVE";
            statement = "Not effective over the period: its direct checks failed on " + failing.size()
                    + " resource(s), first " + date(first.interval()) + " (" + first.checkId() + " on "
                    + first.resource() + ").";
        } else if (gap) {
            ControlPeriod.Deviation first = deviations.stream()
                    .filter(d -> d.interval().status() == CheckStatus.GAP)
                    .findFirst()
                    .orElseThrow();
            verdict = "GAP";
            statement = "Not established: not observed " + span(first.interval())
                    + (first.checkId().isEmpty() ? " (no snapshot)" : " (" + first.checkId() + ")")
                    + "; a stretch not observed is never taken as passing.";
        } else if (passed) {
            verdict = "EFFECTIVE";
            statement = "Operated effectively: its direct checks passed at every one of the " + snapshots
                    + " snapshots, which cover the period at the declared cadence.";
        } else {
            verdict = "NOT_APPLICABLE";
            statement = "Its direct checks found nothing to judge at any snapshot.";
        }
        return new ControlPeriod(framework, c.id(), c.title(), verdict, statement, direct, deviations);
    }

    private static String date(Interval i) {
        return LocalDate.ofInstant(i.from(), ZoneOffset.UTC).toString();
    }

    private static String span(Interval i) {
        return "from " + i.from() + " to " + i.to();
    }
}
