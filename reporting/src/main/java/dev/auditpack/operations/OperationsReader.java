package dev.auditpack.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.EvidenceEntry;
import dev.auditpack.evidence.EvidenceIndex;
import dev.auditpack.evidence.Locker;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.BackupEvidence;
import dev.auditpack.evidence.aws.GuardDutyEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the operations over the period from a locker: {@code backup.jobs} summed per resource and
 * {@code guardduty.period_findings} listed. An account and region the run planned one of them for but that has no
 * file, or a detector whose findings could not be read, is a GAP naming the collection error.
 */
public final class OperationsReader {

    /** Backup evidence supports ISO 27001 A.8.13 (information backup) and SOC 2 A1.2 (backup and recovery). */
    public static final Map<String, List<String>> BACKUP_CONTROLS =
            Map.of("iso27001-2022", List.of("A.8.13"), "soc2-2017", List.of("A1.2"));

    /** Findings and their handling support incident management: ISO 27001 A.5.24 to A.5.26, SOC 2 CC7.3 and CC7.4. */
    public static final Map<String, List<String>> FINDING_CONTROLS =
            Map.of("iso27001-2022", List.of("A.5.24", "A.5.25", "A.5.26"), "soc2-2017", List.of("CC7.3", "CC7.4"));

    private OperationsReader() {}

    public static OperationsSection read(Locker locker) {
        EvidenceIndex index = locker.index();
        boolean jobsPlanned = planned(index, BackupEvidence.JOBS);
        boolean findingsPlanned = planned(index, GuardDutyEvidence.PERIOD_FINDINGS);
        if (!jobsPlanned && !findingsPlanned) {
            return OperationsSection.EMPTY;
        }
        List<OperationsSection.ResourceBackups> backups = new ArrayList<>();
        List<OperationsSection.PeriodFinding> findings = new ArrayList<>();
        List<OperationsSection.Gap> gaps = new ArrayList<>();
        for (String account : index.scope().accounts()) {
            for (String region : index.scope().regionsOf(account)) {
                if (jobsPlanned) {
                    Optional<EvidenceEntry> jobs = entry(index, BackupEvidence.JOBS, account, region);
                    if (jobs.isEmpty()) {
                        gaps.add(gap(index, BackupEvidence.JOBS, account, region));
                    } else {
                        backups.addAll(
                                backups(account, region, locker.read(jobs.get()).data()));
                    }
                }
                if (findingsPlanned) {
                    Optional<EvidenceEntry> found = entry(index, GuardDutyEvidence.PERIOD_FINDINGS, account, region);
                    if (found.isEmpty()) {
                        gaps.add(gap(index, GuardDutyEvidence.PERIOD_FINDINGS, account, region));
                    } else {
                        findings(account, region, locker.read(found.get()).data(), findings, gaps);
                    }
                }
            }
        }
        backups.sort(Comparator.comparing((OperationsSection.ResourceBackups b) -> b.flag() == null)
                .thenComparing(OperationsSection.ResourceBackups::account)
                .thenComparing(OperationsSection.ResourceBackups::region)
                .thenComparing(OperationsSection.ResourceBackups::resourceArn));
        findings.sort(Comparator.comparingDouble((OperationsSection.PeriodFinding f) -> -f.severity())
                .thenComparing(OperationsSection.PeriodFinding::account)
                .thenComparing(OperationsSection.PeriodFinding::region)
                .thenComparing(OperationsSection.PeriodFinding::id));
        return new OperationsSection(
                jobsPlanned ? BACKUP_CONTROLS : Map.of(),
                backups,
                findingsPlanned ? FINDING_CONTROLS : Map.of(),
                findings,
                gaps);
    }

    /** Whether the run recorded the collector: its terms, a file, or a collection error. */
    private static boolean planned(EvidenceIndex index, String collector) {
        return index.collectors().containsKey(collector)
                || index.evidence().stream().anyMatch(e -> e.collector().equals(collector))
                || index.errors().stream().anyMatch(e -> e.collector().equals(collector));
    }

    private static Optional<EvidenceEntry> entry(EvidenceIndex index, String collector, String account, String region) {
        return index.evidence().stream()
                .filter(e -> e.collector().equals(collector)
                        && e.account().equals(account)
                        && e.region().equals(region))
                .findFirst();
    }

    /** A file that is missing: the collection error that explains it, when the index has one. */
    private static OperationsSection.Gap gap(EvidenceIndex index, String collector, String account, String region) {
        String reason = index.errors().stream()
                .filter(e -> e.collector().equals(collector)
                        && e.account().equals(account)
                        && e.region().equals(region))
                .map(OperationsReader::describe)
                .findFirst()
                .orElse("no " + collector + " evidence");
        return new OperationsSection.Gap(account, region, collector, reason);
    }

    private static String describe(CollectionError e) {
        return e.operation() + " failed: " + e.errorCode() + (e.message() == null ? "" : " (" + e.message() + ")");
    }

    /** Jobs per resource, in creation order; a resource without a completed job or whose last job did not is flagged. */
    static List<OperationsSection.ResourceBackups> backups(String account, String region, JsonNode data) {
        Map<String, List<JsonNode>> byResource = new TreeMap<>();
        data.path("BackupJobs")
                .forEach(j -> byResource
                        .computeIfAbsent(j.path("ResourceArn").asText(), k -> new ArrayList<>())
                        .add(j));
        List<OperationsSection.ResourceBackups> out = new ArrayList<>();
        byResource.forEach((arn, jobs) -> {
            jobs.sort(Comparator.comparing(j -> j.path("CreationDate").asText()));
            Map<String, Integer> states = new LinkedHashMap<>();
            jobs.forEach(j -> states.merge(j.path("State").asText(), 1, Integer::sum));
            int completed = states.getOrDefault("COMPLETED", 0);
            int failed = states.getOrDefault("FAILED", 0);
            int expired = states.getOrDefault("EXPIRED", 0);
            JsonNode last = jobs.get(jobs.size() - 1);
            String lastState = last.path("State").asText();
            String flag = completed == 0
                    ? "no completed backup job in the period"
                    : !"COMPLETED".equals(lastState) ? "last job " + lastState : null;
            out.add(new OperationsSection.ResourceBackups(
                    account,
                    region,
                    arn,
                    last.path("ResourceType").asText(""),
                    completed,
                    failed,
                    expired,
                    jobs.size() - completed - failed - expired,
                    lastState,
                    last.path("CreationDate").asText(),
                    flag));
        });
        return out;
    }

    private static void findings(
            String account,
            String region,
            JsonNode data,
            List<OperationsSection.PeriodFinding> out,
            List<OperationsSection.Gap> gaps) {
        for (JsonNode detector : data.path("Detectors")) {
            String id = detector.path("DetectorId").asText();
            JsonNode calls = detector.path("calls");
            OperationResult listed = OperationResult.from(calls.get(GuardDutyEvidence.LIST_FINDINGS));
            OperationResult got = listed.outcome() == Outcome.OK
                    ? OperationResult.from(calls.get(GuardDutyEvidence.GET_FINDINGS))
                    : listed;
            if (got.outcome() != Outcome.OK) {
                gaps.add(new OperationsSection.Gap(
                        account,
                        region,
                        GuardDutyEvidence.PERIOD_FINDINGS,
                        "detector " + id + ": " + got.errorCode()
                                + (got.message() == null ? "" : " (" + got.message() + ")")));
                continue;
            }
            for (JsonNode f : got.response().path("Findings")) {
                double severity = f.path("Severity").asDouble();
                String resource = f.path("ResourceType").asText("")
                        + (f.hasNonNull("ResourceId")
                                ? " " + f.path("ResourceId").asText()
                                : "");
                out.add(new OperationsSection.PeriodFinding(
                        account,
                        region,
                        f.path("Id").asText(),
                        f.path("Type").asText(),
                        severity,
                        severity >= 7.0 ? "High" : severity >= 4.0 ? "Medium" : "Low",
                        f.path("Archived").asBoolean(),
                        f.path("CreatedAt").asText(),
                        f.path("UpdatedAt").asText(),
                        resource.trim(),
                        f.path("Count").asLong(1)));
            }
        }
    }
}
