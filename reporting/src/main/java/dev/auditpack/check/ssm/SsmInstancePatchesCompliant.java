package dev.auditpack.check.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.aws.SsmEvidence;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every instance Systems Manager manages was scanned for patches recently and lacks none: nothing missing,
 * failed, installed but awaiting a reboot, or installed though the baseline rejects it. Instances SSM does
 * not manage are for {@code ec2_instance_managed_by_ssm} to fail; this check does not see them.
 */
@AutoService(Check.class)
public final class SsmInstancePatchesCompliant extends EvidenceCheck {

    /**
     * A patch scan older than this, before the collection finished, no longer says how patched the instance
     * is now. Patch Manager's own Quick Setup scans daily; a month allows for a monthly patch cycle.
     */
    static final Duration MAX_SCAN_AGE = Duration.ofDays(30);

    /** The patch-state counts that make an instance non-compliant, with the words for them. */
    private static final List<Map.Entry<String, String>> NON_COMPLIANT = List.of(
            Map.entry("MissingCount", "missing"),
            Map.entry("FailedCount", "failed"),
            Map.entry("InstalledPendingRebootCount", "installed pending reboot"),
            Map.entry("InstalledRejectedCount", "installed though rejected"));

    public SsmInstancePatchesCompliant() {
        super(
                "ssm_instance_patches_compliant",
                "Managed instances are patched",
                Severity.HIGH,
                "Missing operating system patches are the commonest way into a server; a patch awaiting a reboot does not "
                        + "protect until the reboot.",
                "Run AWS-RunPatchBaseline with Install on a schedule (a Patch Manager patch policy or maintenance window), "
                        + "allow the reboot it needs, and investigate failed patches.",
                List.of(SsmEvidence.MANAGED_INSTANCES));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        Instant now = evidence.index().finishedAt();
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("ssm", region, account, "managed-instances");
                evidence.require(this, SsmEvidence.MANAGED_INSTANCES, account, region, resource, findings)
                        .ifPresent(found -> {
                            JsonNode managed = listed(
                                    found,
                                    "InstanceInformationList",
                                    "managed instance",
                                    account,
                                    region,
                                    resource,
                                    "Systems Manager manages no instances in " + region
                                            + "; ec2_instance_managed_by_ssm judges the unmanaged ones.",
                                    findings);
                            if (managed.isEmpty()) {
                                return;
                            }
                            OperationResult states = OperationResult.from(
                                    found.document().data().get(SsmEvidence.DESCRIBE_INSTANCE_PATCH_STATES));
                            Map<String, JsonNode> byId = new HashMap<>();
                            states.response()
                                    .forEach(s -> byId.put(s.path("InstanceId").asText(), s));
                            for (JsonNode instance : managed) {
                                findings.add(judge(account, region, instance, states, byId, now, found.path()));
                            }
                        });
            }
        }
    }

    private Finding judge(
            String account,
            String region,
            JsonNode instance,
            OperationResult states,
            Map<String, JsonNode> byId,
            Instant now,
            String path) {
        String id = instance.path("InstanceId").asText();
        String arn = id.startsWith("i-")
                ? Arn.regional("ec2", region, account, "instance/" + id)
                : Arn.regional("ssm", region, account, "managed-instance/" + id);
        String name = "managed instance " + id
                + (instance.hasNonNull("ComputerName")
                        ? " (" + instance.path("ComputerName").asText() + ")"
                        : "");
        String subject = "M" + name.substring(1);
        if ("Inactive".equals(instance.path("PingStatus").asText())) {
            return notApplicable(
                    account,
                    region,
                    arn,
                    subject + " is inactive in Systems Manager (terminated or deregistered).",
                    path);
        }
        if (!states.isOk()) {
            return gap(
                    account,
                    region,
                    arn,
                    "The patch state of " + name + " could not be read (" + states.errorCode() + ").",
                    path);
        }
        JsonNode state = byId.get(id);
        if (state == null) {
            return fail(account, region, arn, subject + " has never been scanned for patches.", path);
        }
        Instant scanned;
        try {
            scanned = Instant.parse(state.path("OperationEndTime").asText());
        } catch (DateTimeParseException e) {
            return gap(account, region, arn, "The time of the last patch scan of " + name + " is unreadable.", path);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> count : NON_COMPLIANT) {
            int n = state.path(count.getKey()).asInt(0);
            if (n > 0) {
                problems.add(n + " " + count.getValue());
            }
        }
        String when = " (" + state.path("Operation").asText("Scan") + " finished " + scanned + ")";
        if (!problems.isEmpty()) {
            int critical = state.path("CriticalNonCompliantCount").asInt(0);
            int security = state.path("SecurityNonCompliantCount").asInt(0);
            String severe = critical + security == 0
                    ? ""
                    : "; " + critical + " critical and " + security + " security patch(es) non-compliant";
            return fail(
                    account,
                    region,
                    arn,
                    subject + " is not fully patched: " + String.join(", ", problems) + severe + when + ".",
                    path);
        }
        if (scanned.plus(MAX_SCAN_AGE).isBefore(now)) {
            return fail(
                    account,
                    region,
                    arn,
                    subject + " was last scanned for patches on " + scanned + ", more than " + MAX_SCAN_AGE.toDays()
                            + " days before the collection finished.",
                    path);
        }
        return pass(
                account,
                region,
                arn,
                subject + " has every patch its baseline approves installed and in effect" + when + ".",
                path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "SSM DescribeInstanceInformation (InstanceId, PingStatus) and DescribeInstancePatchStates "
                        + "(MissingCount, FailedCount, InstalledPendingRebootCount, InstalledRejectedCount, "
                        + "OperationEndTime) in every region.",
                "Every instance SSM manages in every region of every account in scope; Inactive instances are "
                        + "not applicable.",
                "An instance passes when its patch state has all four counts at 0 from a scan that ended at "
                        + "most 30 days before the collection ended (finishedAt); it fails with a count above 0, an "
                        + "older scan or no patch state at all. A failed DescribeInstancePatchStates is a gap for each "
                        + "instance.",
                "Open raw/<account>/<region>/ssm.managed_instances.json for each region; for each element of "
                        + "data.InstanceInformationList[], find its entry in "
                        + "data.DescribeInstancePatchStates.response[] by InstanceId and check the four counts and "
                        + "OperationEndTime against finishedAt in index.json minus 30 days."));
    }
}
