package dev.auditpack.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.collector.Target;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.framework.AttestationSelector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's reports from AWS Artifact, read from every account's evidence, and how they answer the AWS half of
 * controls. The reports are AWS's own, the same for every account, so one readable list is enough.
 */
public final class Attestations {

    private static final Comparator<AwsReport> NEWEST_FIRST = Comparator
            .comparing((AwsReport r) -> r.periodEnd().orElse(LocalDate.MIN)).reversed()
            .thenComparing(AwsReport::version, Comparator.reverseOrder());

    private final List<AwsReport> reports;
    private final List<String> unreadable;
    private final AuditPeriod period;

    private Attestations(List<AwsReport> reports, List<String> unreadable, AuditPeriod period) {
        this.reports = reports;
        this.unreadable = unreadable;
        this.period = period;
    }

    /** Reads the {@code artifact.reports} evidence of every account in the locker. */
    public static Attestations read(EvidenceSet evidence) {
        Map<String, AwsReport> byId = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String account : evidence.accounts()) {
            var lookup = evidence.get("artifact.reports", account, Target.GLOBAL);
            if (lookup instanceof EvidenceSet.Found found) {
                OperationResult list = OperationResult.from(found.document().data().get("ListReports"));
                if (!list.isOk()) {
                    unreadable.add(account);
                    continue;
                }
                for (JsonNode n : list.response()) {
                    AwsReport r = AwsReport.from(n, found.path());
                    byId.putIfAbsent(r.id() + "#" + r.version(), r);
                }
            } else {
                unreadable.add(account);
            }
        }
        boolean anyRead = unreadable.size() < evidence.accounts().size();
        return new Attestations(anyRead ? List.copyOf(byId.values()) : List.of(), List.copyOf(unreadable),
                evidence.index().period());
    }

    /** Every report listed, newest period first. */
    public List<AwsReport> reports() {
        return reports.stream().sorted(NEWEST_FIRST).toList();
    }

    /** True when no account's report list could be read. */
    public boolean unavailable() {
        return !unreadable.isEmpty() && reports.isEmpty();
    }

    /** AWS's half for a control that names these selectors. */
    public Optional<AttestationResult> evaluate(List<AttestationSelector> selectors) {
        if (selectors.isEmpty()) {
            return Optional.empty();
        }
        if (unavailable()) {
            return Optional.of(new AttestationResult(AttestationStatus.GAP, selectors, List.of(),
                    "The AWS Artifact report list could not be collected, so AWS's part is unknown."));
        }
        List<AwsReport> best = new ArrayList<>();
        for (AttestationSelector s : selectors) {
            List<AwsReport> matching = reports.stream()
                    .filter(r -> r.state().isEmpty() || "PUBLISHED".equals(r.state()))
                    .filter(r -> s.matches(r.series(), r.name()))
                    .sorted(NEWEST_FIRST)
                    .toList();
            matching.stream().filter(r -> r.covers(period)).findFirst()
                    .or(() -> matching.stream().findFirst())
                    .ifPresent(best::add);
        }
        Optional<AwsReport> covering = best.stream().filter(r -> r.covers(period)).findFirst();
        if (covering.isPresent()) {
            AwsReport r = covering.get();
            return Optional.of(new AttestationResult(AttestationStatus.COVERED, selectors, best,
                    r.name() + " (version " + r.version() + ", " + r.periodLabel() + ") covers the audit period "
                            + period.label() + "."));
        }
        if (!best.isEmpty()) {
            AwsReport r = best.get(0);
            return Optional.of(new AttestationResult(AttestationStatus.BRIDGE_LETTER_NEEDED, selectors, best,
                    "The latest matching report, " + r.name() + " (" + r.periodLabel() + "), does not cover the whole audit period "
                            + period.start() + " – " + period.end() + ": obtain AWS's bridge letter for the uncovered days."));
        }
        return Optional.of(new AttestationResult(AttestationStatus.NOT_FOUND, selectors, List.of(),
                "AWS Artifact lists no report matching " + String.join(" or ",
                        selectors.stream().map(AttestationSelector::label).toList()) + "."));
    }
}
