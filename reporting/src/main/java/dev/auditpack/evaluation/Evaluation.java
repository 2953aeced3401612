package dev.auditpack.evaluation;

import dev.auditpack.check.Check;
import dev.auditpack.evidence.EvidenceIndex;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run concluded: the locker's index, each framework's control results, each check's
 * findings and summary, and the AWS reports seen.
 *
 * @param index      the locker index the evaluation read
 * @param frameworks one result per framework
 * @param checks     the checks that ran, by id
 * @param summaries  per-check counts, by id
 * @param findings   every finding
 * @param reports    AWS Artifact reports, newest first
 * @param adjustments the manual evidence, exceptions and overrides the evaluation used
 * @param profile    which AWS services are in use, and who does what for each
 */
public record Evaluation(
        EvidenceIndex index,
        List<FrameworkResult> frameworks,
        Map<String, Check> checks,
        Map<String, CheckSummary> summaries,
        FindingStore findings,
        List<AwsReport> reports,
        Adjustments adjustments,
        List<dev.auditpack.profile.ResponsibilityProfile.Entry> profile) {
    public Evaluation {
        Objects.requireNonNull(index);
        frameworks = List.copyOf(frameworks);
        checks = Map.copyOf(checks);
        summaries = Map.copyOf(summaries);
        Objects.requireNonNull(findings);
        reports = List.copyOf(reports);
        Objects.requireNonNull(adjustments);
        profile = List.copyOf(profile);
    }
}
