package dev.auditpack.pack;

import dev.auditpack.diff.Comparison;
import dev.auditpack.diff.PackState;
import dev.auditpack.diff.PackState.ControlState;
import dev.auditpack.diff.PackState.Failing;
import dev.auditpack.diff.PackState.FindingKey;
import dev.auditpack.diff.PackState.ScopeKey;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.report.ReportModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a comparison needs of a report model: the same facts {@link PackState#read} takes from results.json. */
final class ModelState {

    private ModelState() {}

    /** The state of a pack's report model (a locker just evaluated, or the pack being built). */
    static PackState of(ReportModel model, String file, boolean named) {
        ReportModel.Run run = model.run();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, ControlState>> controls = new LinkedHashMap<>();
        for (ReportModel.FrameworkSection fw : model.frameworks()) {
            names.put(fw.id(), fw.shortName());
            Map<String, ControlState> states = new LinkedHashMap<>();
            for (ReportModel.ControlRow c : fw.controls()) {
                states.put(
                        c.id(),
                        new ControlState(
                                c.title(),
                                c.status().name(),
                                c.grade().map(ReportModel.GradeRow::label).orElse("")));
            }
            controls.put(fw.id(), states);
        }
        Map<FindingKey, Failing> failing = new TreeMap<>();
        java.util.Set<FindingKey> passing = new java.util.HashSet<>();
        for (ReportModel.CheckRow check : model.checks()) {
            model.findings().forEach(check.id(), f -> {
                FindingKey key = new FindingKey(f.checkId(), f.account(), f.region(), f.resource());
                if (PackState.isFailing(f.status().name())) {
                    failing.put(key, new Failing(check.severity(), f.status().name(), f.reason()));
                } else if (PackState.isPassing(f.status().name())) {
                    passing.add(key);
                }
            });
        }
        List<Comparison.Expiry> expiries = new ArrayList<>();
        model.exceptions().forEach(e -> PackState.expiry(expiries, "exception", e.id(), e.target(), e.expires(), file));
        model.manual()
                .forEach(m -> PackState.expiry(expiries, "manual document", m.id(), m.title(), m.expires(), file));
        Map<ScopeKey, Instant> collected = new TreeMap<>();
        model.evidence()
                .forEach(e -> collected.put(new ScopeKey(e.collector(), e.account(), e.region()), e.collectedAt()));
        Map<ScopeKey, String> errors = new TreeMap<>();
        for (CollectionError e : model.errors()) {
            errors.putIfAbsent(
                    new ScopeKey(e.collector(), e.account(), e.region()),
                    PackState.error(e.operation(), e.errorCode()));
        }
        Map<FindingKey, Instant> since = new TreeMap<>();
        model.comparison().ifPresent(c -> PackState.openSince(c, since));
        return new PackState(
                PackState.ref(
                        file,
                        run.organisation(),
                        run.periodLabel(),
                        run.periodStart(),
                        run.periodEnd(),
                        run.collectedTo(),
                        run.generatedAt(),
                        names.keySet()),
                named,
                run.accounts(),
                run.redacted(),
                names,
                controls,
                failing,
                passing,
                expiries,
                collected,
                errors,
                since);
    }
}
