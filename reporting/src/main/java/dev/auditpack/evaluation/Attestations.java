package dev.auditpack.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.evidence.AuditPeriod;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.ArtifactEvidence;
import dev.auditpack.framework.AttestationRule;
import dev.auditpack.framework.AttestationSelector;
import dev.auditpack.profile.AttestationServices;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS's reports from AWS Artifact, read from every account's evidence, and how they answer the AWS half of
 * controls. The reports are AWS's own, the same for every account, so one readable list is enough. Each
 * framework accepts only its own attestations; a report whose period ends before the audit period's is carried
 * to its end only by AWS's bridge letter, listed in Artifact or given by the user.
 */
public final class Attestations {

    private static final Comparator<AwsReport> NEWEST_FIRST = Comparator.comparing(
                    (AwsReport r) -> r.periodEnd().orElse(LocalDate.MIN))
            .reversed()
            .thenComparing(AwsReport::version, Comparator.reverseOrder());

    private final List<AwsReport> reports;
    private final List<String> unreadable;
    private final AuditPeriod period;
    private final List<String> servicesInUse;
    private final AttestationServices scopes;

    private Attestations(
            List<AwsReport> reports,
            List<String> unreadable,
            AuditPeriod period,
            List<String> servicesInUse,
            AttestationServices scopes) {
        this.reports = reports;
        this.unreadable = unreadable;
        this.period = period;
        this.servicesInUse = List.copyOf(servicesInUse);
        this.scopes = scopes;
    }

    /** Reads the {@code artifact.reports} evidence of every account in the locker. */
    public static Attestations read(EvidenceSet evidence) {
        Map<String, AwsReport> byId = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String account : evidence.accounts()) {
            var lookup = evidence.get(ArtifactEvidence.REPORTS, account, Target.GLOBAL);
            if (lookup instanceof EvidenceSet.Found found) {
                OperationResult list =
                        OperationResult.from(found.document().data().get(ArtifactEvidence.LIST_REPORTS));
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
        return new Attestations(
                anyRead ? List.copyOf(byId.values()) : List.of(),
                List.copyOf(unreadable),
                evidence.index().period(),
                List.of(),
                AttestationServices.none());
    }

    /**
     * The same reports, judged also by which AWS services are in use and which each attestation covers.
     *
     * @param inUse  names of the services the evidence shows in use, by service id
     * @param lists  the attestations' service scopes
     */
    public Attestations withServices(Map<String, String> inUse, AttestationServices lists) {
        List<String> ids = new ArrayList<>(inUse.keySet());
        Attestations a = new Attestations(reports, unreadable, period, ids, lists);
        a.names.putAll(inUse);
        return a;
    }

    private final Map<String, String> names = new LinkedHashMap<>();

    /** Every report listed, newest period first. */
    public List<AwsReport> reports() {
        return reports.stream().sorted(NEWEST_FIRST).toList();
    }

    /** True when no account's report list could be read. */
    public boolean unavailable() {
        return !unreadable.isEmpty() && reports.isEmpty();
    }

    /** AWS's half for a control that names these selectors, with no framework rule (no bridge letters). */
    public Optional<AttestationResult> evaluate(List<AttestationSelector> selectors) {
        return evaluate(selectors, Optional.empty(), List.of());
    }

    /**
     * AWS's half for a control of a framework.
     *
     * @param selectors   what the control names (already checked against the rule when the framework was loaded)
     * @param rule        the framework's attestation rule, which names its bridge letters
     * @param userLetters bridge letters the user gave as manual evidence for this framework
     */
    public Optional<AttestationResult> evaluate(
            List<AttestationSelector> selectors, Optional<AttestationRule> rule, List<BridgeLetter> userLetters) {
        if (selectors.isEmpty()) {
            return Optional.empty();
        }
        if (unavailable()) {
            return Optional.of(new AttestationResult(
                    AttestationStatus.GAP,
                    selectors,
                    List.of(),
                    "The AWS Artifact report list could not be collected, so AWS's part is unknown."));
        }
        List<AwsReport> best = new ArrayList<>();
        for (AttestationSelector s : selectors) {
            List<AwsReport> matching = reports.stream()
                    .filter(r -> r.state().isEmpty() || "PUBLISHED".equals(r.state()))
                    .filter(r -> s.matches(r.series(), r.name()))
                    .filter(r -> rule.map(x -> !x.isBridgeLetter(r.series(), r.name()))
                            .orElse(true))
                    .sorted(NEWEST_FIRST)
                    .toList();
            matching.stream()
                    .filter(r -> r.covers(period))
                    .findFirst()
                    .or(() -> matching.stream().findFirst())
                    .ifPresent(best::add);
        }
        Optional<AwsReport> covering =
                best.stream().filter(r -> r.covers(period)).findFirst();
        if (covering.isPresent()) {
            AwsReport r = covering.get();
            return Optional.of(withServices(
                    r,
                    best,
                    selectors,
                    Optional.empty(),
                    r.name() + " (version " + r.version() + ", " + r.periodLabel() + ") covers the audit period "
                            + period.label() + "."));
        }
        if (best.isEmpty()) {
            return Optional.of(new AttestationResult(
                    AttestationStatus.NOT_FOUND,
                    selectors,
                    List.of(),
                    "AWS Artifact lists no report matching "
                            + String.join(
                                    " or ",
                                    selectors.stream()
                                            .map(AttestationSelector::label)
                                            .toList()) + "."));
        }
        AwsReport r = best.get(0);
        boolean bridgeable = rule.map(x -> !x.bridgeLetters().isEmpty()).orElse(false)
                && r.periodStart().isPresent()
                && r.periodEnd().isPresent()
                && !r.periodStart().get().isAfter(period.start())
                && r.periodEnd().get().isBefore(period.end());
        if (!bridgeable) {
            AttestationStatus status =
                    rule.isPresent() ? AttestationStatus.NOT_COVERED : AttestationStatus.BRIDGE_LETTER_NEEDED;
            return Optional.of(new AttestationResult(
                    status,
                    selectors,
                    best,
                    "The latest matching report, " + r.name()
                            + " (" + r.periodLabel() + "), does not cover the whole audit period " + period.start()
                            + " – "
                            + period.end()
                            + (status == AttestationStatus.NOT_COVERED
                                    ? ", so AWS's part is not covered for it."
                                    : ": obtain AWS's bridge letter for the uncovered days.")));
        }
        LocalDate reportEnd = r.periodEnd().get();
        List<BridgeLetter> letters = new ArrayList<>(artifactLetters(rule.get()));
        letters.addAll(userLetters);
        Optional<BridgeLetter> letter = letters.stream()
                .filter(l -> l.bridges(reportEnd, period.end()))
                .min(Comparator.comparing(BridgeLetter::manual)
                        .thenComparing(BridgeLetter::to, Comparator.reverseOrder()));
        if (letter.isPresent()) {
            return Optional.of(withServices(
                    r,
                    best,
                    selectors,
                    letter,
                    r.name() + " (version " + r.version() + ", "
                            + r.periodLabel() + ") + bridge letter "
                            + letter.get().label() + " cover the audit period "
                            + period.label() + "."));
        }
        String partial = letters.stream()
                .filter(l -> !l.from().isAfter(reportEnd.plusDays(1)))
                .max(Comparator.comparing(BridgeLetter::to))
                .map(l -> " The latest bridge letter found, " + l.label() + ", ends before the audit period does.")
                .orElse("");
        return Optional.of(new AttestationResult(
                AttestationStatus.BRIDGE_LETTER_NEEDED,
                selectors,
                best,
                r.name() + " (" + r.periodLabel() + ") ends before the audit period does (" + period.end()
                        + "), and no AWS bridge letter (continued operations letter) covering " + reportEnd.plusDays(1)
                        + " – " + period.end() + " is listed in AWS Artifact or given as manual evidence, so AWS's "
                        + "part is not covered for those days." + partial));
    }

    /** Bridge letters AWS Artifact lists for a framework's rule. */
    private List<BridgeLetter> artifactLetters(AttestationRule rule) {
        return reports.stream()
                .filter(r -> r.state().isEmpty() || "PUBLISHED".equals(r.state()))
                .filter(r -> rule.isBridgeLetter(r.series(), r.name()))
                .filter(r -> r.periodStart().isPresent() && r.periodEnd().isPresent())
                .map(r -> new BridgeLetter(
                        r.name() + " (version " + r.version() + ")",
                        r.periodStart().get(),
                        r.periodEnd().get(),
                        r.path(),
                        false))
                .toList();
    }

    /** COVERED, unless a service in use is outside the covering attestation's published scope. */
    private AttestationResult withServices(
            AwsReport covering,
            List<AwsReport> best,
            List<AttestationSelector> selectors,
            Optional<BridgeLetter> letter,
            String reason) {
        List<String> uncovered = scopes.of(covering.series(), covering.name())
                .map(s -> servicesInUse.stream()
                        .filter(id -> !s.services().contains(id))
                        .map(id -> names.getOrDefault(id, id))
                        .toList())
                .orElse(List.of());
        if (uncovered.isEmpty()) {
            return new AttestationResult(AttestationStatus.COVERED, selectors, best, reason, letter, List.of());
        }
        return new AttestationResult(
                AttestationStatus.SERVICES_NOT_COVERED,
                selectors,
                best,
                reason
                        + " But AWS services in use are outside its published scope ("
                        + scopes.source().strip() + ", as of "
                        + scopes.asOf() + "): " + String.join(", ", uncovered)
                        + "; AWS's part is not covered for them.",
                letter,
                uncovered);
    }
}
