package dev.auditpack.check.guardduty;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.RegionalCheck;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.GuardDutyEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GuardDuty has an enabled detector in every region. */
@AutoService(Check.class)
public final class GuarddutyEnabledAllRegions extends RegionalCheck {

    public GuarddutyEnabledAllRegions() {
        super(
                "guardduty_enabled_all_regions",
                "GuardDuty is enabled in every region",
                Severity.HIGH,
                "GuardDuty watches API calls, network flows and DNS for signs of compromise such as stolen credentials or "
                        + "crypto-mining; attackers favour regions nobody watches.",
                "Enable GuardDuty in every region, ideally for all accounts at once from a delegated administrator account "
                        + "in AWS Organizations, and route its findings to the people on call.",
                GuardDutyEvidence.DETECTORS,
                "guardduty",
                "detectors");
    }

    @Override
    protected Finding judge(String account, String region, String resource, EvidenceSet.Found found) {
        JsonNode detectors = found.document().data().path("Detectors");
        if (detectors.isEmpty()) {
            return fail(account, region, resource, "GuardDuty has no detector in " + region + ".", found.path());
        }
        List<String> others = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JsonNode d : detectors) {
            String id = d.path("DetectorId").asText();
            OperationResult got = OperationResult.from(d.path("calls").get(GuardDutyEvidence.GET_DETECTOR));
            if (!got.isOk()) {
                unreadable.add(id + " (" + got.errorCode() + ")");
                continue;
            }
            String status = got.response().path("Status").asText("");
            if ("ENABLED".equals(status)) {
                return pass(
                        account,
                        region,
                        resource,
                        "GuardDuty detector " + id + " is enabled in " + region + ".",
                        found.path());
            }
            others.add(id + " is " + (status.isEmpty() ? "of unknown status" : status));
        }
        if (!unreadable.isEmpty()) {
            return gap(
                    account,
                    region,
                    resource,
                    "Whether GuardDuty is enabled in " + region + " is unknown: detector "
                            + String.join(", ", unreadable) + " could not be read.",
                    found.path());
        }
        return fail(
                account,
                region,
                resource,
                "GuardDuty is not enabled in " + region + ": detector " + String.join("; ", others) + ".",
                found.path());
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "GuardDuty ListDetectors and GetDetector per detector (Status), in every region.",
                "Every region in scope of every account: one resource per account and region.",
                "A region passes when a detector's Status is ENABLED; no detector, or only suspended ones, "
                        + "fails. A detector that could not be read makes the region a gap unless another is enabled.",
                "Open raw/<account>/<region>/guardduty.detectors.json for each region; for each element of "
                        + "data.Detectors[], read calls.GetDetector.response.Status."));
    }
}
