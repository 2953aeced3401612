package dev.auditpack.check.securityhub;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.RegionalCheck;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.aws.SecurityHubEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Security Hub is enabled in every region with at least one security standard ready. A hub with no standard
 * fails: it gathers other services' findings but checks nothing itself.
 */
@AutoService(Check.class)
public final class SecurityhubEnabledAllRegions extends RegionalCheck {

    /** The status of a standards subscription whose controls are running. */
    static final String READY = "READY";

    public SecurityhubEnabledAllRegions() {
        super(
                "securityhub_enabled_all_regions",
                "Security Hub runs a standard in every region",
                Severity.MEDIUM,
                "Security Hub gathers findings from GuardDuty, Inspector, Config and others in one place, and its standards "
                        + "check the account's configuration continuously; without it, findings are scattered and unprioritised.",
                "Enable Security Hub in every region (central configuration from a delegated administrator covers all "
                        + "accounts) with at least the AWS Foundational Security Best Practices standard.",
                SecurityHubEvidence.HUB,
                "securityhub",
                "hub/default");
    }

    @Override
    protected Finding judge(String account, String region, String resource, EvidenceSet.Found found) {
        JsonNode data = found.document().data();
        OperationResult hub = OperationResult.from(data.get(SecurityHubEvidence.DESCRIBE_HUB));
        if (hub.outcome() == Outcome.ABSENT) {
            return fail(account, region, resource, "Security Hub is not enabled in " + region + ".", found.path());
        }
        if (!hub.isOk()) {
            return gap(
                    account,
                    region,
                    resource,
                    "Whether Security Hub is enabled in " + region + " could not be read (" + hub.errorCode() + ").",
                    found.path());
        }
        OperationResult standards = OperationResult.from(data.get(SecurityHubEvidence.GET_ENABLED_STANDARDS));
        if (!standards.isOk()) {
            return gap(
                    account,
                    region,
                    resource,
                    "Security Hub is enabled in " + region + " but its standards could not be " + "read ("
                            + standards.errorCode() + ").",
                    found.path());
        }
        List<String> ready = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        for (JsonNode s : standards.response()) {
            String name = standard(s.path("StandardsArn")
                    .asText(s.path("StandardsSubscriptionArn").asText("?")));
            String status = s.path("StandardsStatus").asText("");
            if (READY.equals(status)) {
                ready.add(name);
            } else {
                notReady.add(name + " (" + (status.isEmpty() ? "status unknown" : status) + ")");
            }
        }
        if (!ready.isEmpty()) {
            return pass(
                    account,
                    region,
                    resource,
                    "Security Hub is enabled in " + region + " with standard(s) " + String.join(", ", ready)
                            + " ready.",
                    found.path());
        }
        return fail(
                account,
                region,
                resource,
                "Security Hub is enabled in " + region + " but "
                        + (notReady.isEmpty()
                                ? "no security standard is enabled"
                                : "no standard is ready: " + String.join(", ", notReady))
                        + ".",
                found.path());
    }

    /** The readable end of a standard's ARN, e.g. {@code aws-foundational-security-best-practices/v/1.0.0}. */
    private static String standard(String arn) {
        String tail = arn.substring(arn.lastIndexOf(':') + 1);
        for (String kind : new String[] {"standards/", "ruleset/", "subscription/"}) {
            if (tail.startsWith(kind)) {
                return tail.substring(kind.length());
            }
        }
        return tail;
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "Security Hub DescribeHub (HubArn) and GetEnabledStandards (StandardsArn, StandardsStatus), "
                        + "in every region.",
                "Every region in scope of every account: one resource per account and region.",
                "A region passes when DescribeHub answers and at least one standard's StandardsStatus is "
                        + "READY; a hub not subscribed (ABSENT) or with no standard ready fails. An unreadable hub or "
                        + "standards list is a gap.",
                "Open raw/<account>/<region>/securityhub.hub.json for each region; read "
                        + "data.DescribeHub.outcome, then data.GetEnabledStandards.response[].StandardsStatus."));
    }
}
