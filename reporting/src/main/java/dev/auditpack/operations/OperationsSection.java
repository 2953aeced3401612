package dev.auditpack.operations;

import java.util.List;
import java.util.Map;

/**
 * Operations over the audit period, for the pack as supporting evidence: per protected resource, the AWS Backup
 * jobs created in the period by state, and the GuardDuty findings updated in the period with their severity and
 * whether they were archived. Where the evidence could not be read there is a GAP, never an empty list.
 *
 * @param backupControls   control ids by framework id the backup summary supports
 * @param backups          one row per resource with at least one job in the period, resources to look at first
 * @param findingControls  control ids by framework id the findings list supports
 * @param findings         every finding, highest severity first
 * @param gaps             account-regions whose backup jobs or findings could not be read, and why
 */
public record OperationsSection(
        Map<String, List<String>> backupControls,
        List<ResourceBackups> backups,
        Map<String, List<String>> findingControls,
        List<PeriodFinding> findings,
        List<Gap> gaps) {

    /** No operations evidence: the locker holds neither {@code backup.jobs} nor {@code guardduty.period_findings}. */
    public static final OperationsSection EMPTY =
            new OperationsSection(Map.of(), List.of(), Map.of(), List.of(), List.of());

    public OperationsSection {
        backupControls = Map.copyOf(backupControls);
        backups = List.copyOf(backups);
        findingControls = Map.copyOf(findingControls);
        findings = List.copyOf(findings);
        gaps = List.copyOf(gaps);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return backups.isEmpty() && findings.isEmpty() && gaps.isEmpty() && backupControls.isEmpty();
    }

    /** Resources whose backups need a look: no completed job in the period, or the last job did not complete. */
    public long flaggedResources() {
        return backups.stream().filter(b -> b.flag() != null).count();
    }

    /** Findings not archived by the end of the collection. */
    public long openFindings() {
        return findings.stream().filter(f -> !f.archived()).count();
    }

    /**
     * The backup jobs of one resource in the period.
     *
     * @param other     jobs in any other state (aborted, running, partial, …)
     * @param lastState the state of the job created last
     * @param lastJob   when the job created last was created
     * @param flag      why the resource needs a look, or null
     */
    public record ResourceBackups(
            String account,
            String region,
            String resourceArn,
            String resourceType,
            int completed,
            int failed,
            int expired,
            int other,
            String lastState,
            String lastJob,
            String flag) {}

    /**
     * A GuardDuty finding updated in the period.
     *
     * @param level {@code High} (7.0 and above), {@code Medium} (4.0 to 6.9) or {@code Low}, as GuardDuty names them
     */
    public record PeriodFinding(
            String account,
            String region,
            String id,
            String type,
            double severity,
            String level,
            boolean archived,
            String createdAt,
            String updatedAt,
            String resource,
            long count) {}

    /** An account and region whose evidence could not be read. */
    public record Gap(String account, String region, String collector, String reason) {}
}
