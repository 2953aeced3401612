package dev.auditpack.check.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.RegionalCheck;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.ConfigEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AWS Config records configuration changes in every region: a recorder exists, is recording, and its last
 * delivery attempt did not fail. What the recorder records (all resource types or a selection) is named in
 * the reason but not judged.
 */
@AutoService(Check.class)
public final class ConfigRecorderEnabledAllRegions extends RegionalCheck {

    public ConfigRecorderEnabledAllRegions() {
        super(
                "config_recorder_enabled_all_regions",
                "AWS Config records in every region",
                Severity.MEDIUM,
                "Config's history shows what each resource looked like and who changed it; in a region without a "
                        + "recorder, resources can be created and changed with no configuration record.",
                "In each region, create a configuration recorder recording all resource types (global types in one "
                        + "region), give it a delivery channel, and start it; AWS Organizations or Control Tower can do this "
                        + "for every account.",
                ConfigEvidence.RECORDERS,
                "config",
                "configuration-recorders");
    }

    @Override
    protected Finding judge(String account, String region, String resource, EvidenceSet.Found found) {
        JsonNode data = found.document().data();
        OperationResult recorders = OperationResult.from(data.get(ConfigEvidence.DESCRIBE_CONFIGURATION_RECORDERS));
        if (!recorders.isOk()) {
            return gap(
                    account,
                    region,
                    resource,
                    "The configuration recorders of " + region + " could not be read (" + recorders.errorCode() + ").",
                    found.path());
        }
        JsonNode list = recorders.response().path("ConfigurationRecorders");
        if (list.isEmpty()) {
            return fail(
                    account,
                    region,
                    resource,
                    "AWS Config has no configuration recorder in " + region + ".",
                    found.path());
        }
        OperationResult status = OperationResult.from(data.get(ConfigEvidence.DESCRIBE_CONFIGURATION_RECORDER_STATUS));
        if (!status.isOk()) {
            return gap(
                    account,
                    region,
                    resource,
                    "AWS Config has a recorder in " + region + " but whether it records could " + "not be read ("
                            + status.errorCode() + ").",
                    found.path());
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode s : status.response().path("ConfigurationRecordersStatus")) {
            String name = s.path("name").asText("?");
            boolean recording = s.path("recording").asBoolean(false);
            String last = s.path("lastStatus").asText("");
            if (recording && !"Failure".equalsIgnoreCase(last)) {
                return pass(
                        account,
                        region,
                        resource,
                        "Configuration recorder " + name + " is recording in " + region + " (" + scope(list, name)
                                + ").",
                        found.path());
            }
            problems.add(name
                    + (recording ? " last failed (" + s.path("lastErrorCode").asText("no code") + ")" : " is stopped"));
        }
        return fail(
                account,
                region,
                resource,
                "AWS Config is not recording in " + region + ": "
                        + (problems.isEmpty() ? "no recorder has a status" : String.join("; ", problems)) + ".",
                found.path());
    }

    /** What the named recorder records, in words. */
    private static String scope(JsonNode recorders, String name) {
        for (JsonNode r : recorders) {
            if (name.equals(r.path("name").asText())) {
                JsonNode group = r.path("recordingGroup");
                if (group.path("allSupported").asBoolean(false)) {
                    return "all supported resource types"
                            + (group.path("includeGlobalResourceTypes").asBoolean(false)
                                    ? " including global ones"
                                    : "");
                }
                return "a selection of resource types";
            }
        }
        return "recording scope not listed";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "AWS Config DescribeConfigurationRecorders (recordingGroup) and "
                        + "DescribeConfigurationRecorderStatus (recording, lastStatus) in every region.",
                "Every region in scope of every account: one resource per account and region.",
                "A region passes when a configuration recorder exists and its status has recording true and a "
                        + "lastStatus other than Failure; it fails otherwise. An unreadable region is a gap.",
                "Open raw/<account>/<region>/config.recorders.json for each region; read "
                        + "data.DescribeConfigurationRecorders.response.ConfigurationRecorders[] and "
                        + "data.DescribeConfigurationRecorderStatus.response.ConfigurationRecordersStatus[] (recording, "
                        + "lastStatus)."));
    }
}
