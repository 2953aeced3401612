package dev.auditpack.check.config;

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
import dev.auditpack.evidence.aws.ConfigEvidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every AWS Config rule finds its resources compliant: one finding per rule, from
 * DescribeComplianceByConfigRule. A rule with too little data to judge is a GAP, not a pass. Rules are
 * judged as Config last evaluated them; whether the recorder still feeds them is
 * {@code config_recorder_enabled_all_regions}'s question.
 */
@AutoService(Check.class)
public final class ConfigRulesCompliant extends EvidenceCheck {

    public ConfigRulesCompliant() {
        super(
                "config_rules_compliant",
                "AWS Config rules find no non-compliant resources",
                Severity.MEDIUM,
                "Config rules encode the organisation's own configuration baseline; a non-compliant result is a known "
                        + "deviation from it.",
                "Open the rule in the AWS Config console, fix or document each non-compliant resource, and re-evaluate the "
                        + "rule; retire rules that no longer express a requirement.",
                List.of(ConfigEvidence.RECORDERS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String resource = Arn.regional("config", region, account, "config-rules");
                evidence.require(this, ConfigEvidence.RECORDERS, account, region, resource, findings)
                        .ifPresent(found -> judge(account, region, resource, found, findings));
            }
        }
    }

    private void judge(String account, String region, String resource, EvidenceSet.Found found, FindingSink findings) {
        JsonNode data = found.document().data();
        OperationResult compliance = OperationResult.from(data.get(ConfigEvidence.DESCRIBE_COMPLIANCE_BY_CONFIG_RULE));
        OperationResult rules = OperationResult.from(data.get(ConfigEvidence.DESCRIBE_CONFIG_RULES));
        if (!compliance.isOk()) {
            findings.add(gap(
                    account,
                    region,
                    resource,
                    "The compliance of the Config rules in " + region + " could not be read (" + compliance.errorCode()
                            + ").",
                    found.path()));
            return;
        }
        Map<String, String> arns = new LinkedHashMap<>();
        rules.response()
                .forEach(r -> arns.put(
                        r.path("ConfigRuleName").asText(),
                        r.path("ConfigRuleArn").asText("")));
        Map<String, JsonNode> results = new LinkedHashMap<>();
        compliance.response().forEach(c -> results.put(c.path("ConfigRuleName").asText(), c.path("Compliance")));
        arns.keySet().forEach(name -> results.putIfAbsent(name, null));
        if (results.isEmpty()) {
            findings.add(notApplicable(
                    account,
                    region,
                    resource,
                    "Region " + region + " has no AWS Config rules"
                            + (rules.isOk()
                                    ? "."
                                    : " with compliance results, and its rule list could not be read ("
                                            + rules.errorCode() + ")."),
                    found.path()));
            return;
        }
        results.forEach((name, result) -> {
            String arn = arns.getOrDefault(name, "");
            findings.add(judge(
                    account,
                    region,
                    arn.isEmpty() ? Arn.regional("config", region, account, "config-rule/" + name) : arn,
                    name,
                    result,
                    found.path()));
        });
    }

    private Finding judge(String account, String region, String arn, String name, JsonNode result, String path) {
        String type = result == null ? "" : result.path("ComplianceType").asText("");
        String rule = "Config rule " + name;
        return switch (type) {
            case "COMPLIANT" ->
                pass(account, region, arn, rule + " finds every resource it evaluates compliant.", path);
            case "NON_COMPLIANT" ->
                fail(account, region, arn, rule + " finds " + count(result) + " non-compliant resource(s).", path);
            case "NOT_APPLICABLE" ->
                notApplicable(account, region, arn, rule + " applies to no resource in scope.", path);
            case "INSUFFICIENT_DATA" ->
                gap(
                        account,
                        region,
                        arn,
                        rule + " has insufficient data to judge (not yet "
                                + "evaluated, or its resources are not recorded).",
                        path);
            default ->
                gap(
                        account,
                        region,
                        arn,
                        rule + " has no compliance result" + (type.isEmpty() ? "" : " Config recognises (" + type + ")")
                                + ".",
                        path);
        };
    }

    /** The number of non-compliant resources; AWS caps the count at 100 and says when it did. */
    private static String count(JsonNode result) {
        JsonNode n = result.path("ComplianceContributorCount");
        if (!n.has("CappedCount")) {
            return "some";
        }
        return n.path("CappedCount").asInt() + (n.path("CapExceeded").asBoolean(false) ? "+" : "");
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "AWS Config DescribeConfigRules (ConfigRuleName) and DescribeComplianceByConfigRule "
                        + "(Compliance.ComplianceType, Compliance.ComplianceContributorCount) in every region.",
                "Every AWS Config rule in every region of every account in scope.",
                "A rule passes when its compliance is COMPLIANT and fails when NON_COMPLIANT; "
                        + "INSUFFICIENT_DATA or no result is a gap; NOT_APPLICABLE stays so. A region without rules is "
                        + "not applicable; a failed compliance call is a gap for the region.",
                "Open raw/<account>/<region>/config.recorders.json for each region; for each element of "
                        + "data.DescribeConfigRules.response[], find its ConfigRuleName in "
                        + "data.DescribeComplianceByConfigRule.response[] and read Compliance.ComplianceType."));
    }
}
