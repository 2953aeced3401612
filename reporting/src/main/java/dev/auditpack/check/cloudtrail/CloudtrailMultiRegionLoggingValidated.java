package dev.auditpack.check.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.CloudTrailEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account has a multi-region CloudTrail trail that is logging and validates its log files. One finding
 * per account: the trail that meets the check, or why none does.
 */
@AutoService(Check.class)
public final class CloudtrailMultiRegionLoggingValidated extends EvidenceCheck {

    public CloudtrailMultiRegionLoggingValidated() {
        super(
                "cloudtrail_multi_region_logging_validated",
                "A multi-region trail is logging with validation",
                Severity.HIGH,
                "Without a trail in every region, API activity goes unrecorded; without log-file validation, records can be altered unnoticed.",
                "Create a multi-region trail (or an organization trail), turn on log-file validation, and start logging.",
                List.of(CloudTrailEvidence.TRAILS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            Map<String, JsonNode> trails = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            List<String> unreadable = new ArrayList<>();
            for (String region : evidence.regions(account)) {
                var lookup = evidence.get(CloudTrailEvidence.TRAILS, account, region);
                if (lookup instanceof EvidenceSet.Found found) {
                    paths.put(region, found.path());
                    for (JsonNode t : found.document().data().path("Trails")) {
                        trails.putIfAbsent(t.path("TrailARN").asText(), t);
                    }
                } else {
                    unreadable.add(region);
                }
            }
            String[] cited = paths.values().toArray(String[]::new);
            List<String> problems = new ArrayList<>();
            boolean statusUnknown = false;
            for (var e : trails.entrySet()) {
                JsonNode t = e.getValue();
                OperationResult status = OperationResult.from(t.path("calls").get(CloudTrailEvidence.GET_TRAIL_STATUS));
                boolean multi = t.path("IsMultiRegionTrail").asBoolean(false);
                boolean validated = t.path("LogFileValidationEnabled").asBoolean(false);
                if (!status.isOk()) {
                    statusUnknown |= multi && validated;
                    problems.add(t.path("Name").asText() + ": logging status unreadable");
                    continue;
                }
                boolean logging = status.response().path("IsLogging").asBoolean(false);
                if (multi && validated && logging) {
                    findings.add(pass(
                            account,
                            Target.GLOBAL,
                            e.getKey(),
                            "Trail " + t.path("Name").asText()
                                    + " covers all regions, is logging and validates its log files.",
                            cited));
                    problems = null;
                    break;
                }
                List<String> missing = new ArrayList<>();
                if (!multi) {
                    missing.add("single-region");
                }
                if (!validated) {
                    missing.add("no log-file validation");
                }
                if (!logging) {
                    missing.add("not logging");
                }
                problems.add(t.path("Name").asText() + ": " + String.join(", ", missing));
            }
            if (problems == null) {
                continue;
            }
            String resource = Arn.global(evidence.partition(account), "cloudtrail", account, "trails");
            if (statusUnknown || (!unreadable.isEmpty() && paths.isEmpty())) {
                findings.add(gap(
                        account,
                        Target.GLOBAL,
                        resource,
                        "Whether a multi-region trail is logging is unknown: "
                                + (statusUnknown
                                        ? "a candidate trail's status could not be read"
                                        : "no region's trails could be read")
                                + ".",
                        cited));
            } else if (trails.isEmpty() && !unreadable.isEmpty()) {
                findings.add(gap(
                        account,
                        Target.GLOBAL,
                        resource,
                        "No trail was found in the regions read, and the trails of " + String.join(", ", unreadable)
                                + " could not be read.",
                        cited));
            } else {
                findings.add(fail(
                        account,
                        Target.GLOBAL,
                        resource,
                        trails.isEmpty()
                                ? "The account has no CloudTrail trail."
                                : "No trail is multi-region, logging and validated (" + String.join("; ", problems)
                                        + ").",
                        cited));
            }
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "CloudTrail DescribeTrails (IsMultiRegionTrail, LogFileValidationEnabled, HomeRegion) and "
                        + "GetTrailStatus (IsLogging) per trail, in every region.",
                "The trails of every account in scope; one finding per account.",
                "Passes when at least one trail is multi-region, has log-file validation on and is logging; "
                        + "fails when none is. If none qualifies and a region or a candidate trail's status could not "
                        + "be read, the account is a gap.",
                "Open raw/<account>/<region>/cloudtrail.trails.json for each region; in data.Trails[], look "
                        + "for a trail with IsMultiRegionTrail and LogFileValidationEnabled true whose "
                        + "calls.GetTrailStatus.response.IsLogging is true."));
    }
}
