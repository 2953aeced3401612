package dev.auditpack.check.accessanalyzer;

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
import dev.auditpack.evidence.aws.AccessAnalyzerEvidence;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * No resource of a region is reachable from outside the zone of trust: the region's active external-access
 * analyzers (type {@code ACCOUNT} or {@code ORGANIZATION}) report no finding with status {@code ACTIVE}. Each
 * resource with an active finding fails, naming who outside can reach it; archived findings (access the
 * organisation reviewed and accepted in Access Analyzer) do not count. A region without an active
 * external-access analyzer, or whose findings could not be read, is a GAP: nothing there shows what is shared.
 */
@AutoService(Check.class)
public final class AccessanalyzerNoActiveExternalFindings extends EvidenceCheck {

    private static final Set<String> EXTERNAL = Set.of("ACCOUNT", "ORGANIZATION");

    public AccessanalyzerNoActiveExternalFindings() {
        super(
                "accessanalyzer_no_active_external_findings",
                "No resource is shared outside the account or organization " + "without review",
                Severity.HIGH,
                "IAM Access Analyzer proves from the resource policies which buckets, roles, keys and other resources "
                        + "principals outside the zone of trust can reach; an active finding is access nobody has reviewed.",
                "Remove the access from the resource's policy if it is not intended; if it is, archive the finding in "
                        + "Access Analyzer with a reason (or an archive rule), so the review is recorded. Create an "
                        + "external-access analyzer in every region that has none.",
                List.of(AccessAnalyzerEvidence.ANALYZERS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            for (String region : evidence.regions(account)) {
                String scope = Arn.regional("access-analyzer", region, account, "analyzers");
                evidence.require(this, AccessAnalyzerEvidence.ANALYZERS, account, region, scope, findings)
                        .ifPresent(found -> judge(account, region, scope, found, findings));
            }
        }
    }

    private void judge(String account, String region, String scope, EvidenceSet.Found found, FindingSink findings) {
        JsonNode analyzers = found.document().data().path("Analyzers");
        if (!analyzers.isArray()) {
            findings.add(gap(
                    account,
                    region,
                    scope,
                    "The analyzer list of " + region + " is missing from the evidence.",
                    found.path()));
            return;
        }
        List<String> active = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Map<String, List<String>> exposed = new LinkedHashMap<>();
        for (JsonNode a : analyzers) {
            if (!EXTERNAL.contains(a.path("type").asText(""))) {
                continue;
            }
            String name = a.path("name").asText();
            if (!"ACTIVE".equals(a.path("status").asText(""))) {
                inactive.add(name + " (" + a.path("status").asText("unknown status") + ")");
                continue;
            }
            OperationResult listed = OperationResult.from(a.path("calls").get(AccessAnalyzerEvidence.LIST_FINDINGS));
            if (!listed.isOk()) {
                unreadable.add(name + " (" + listed.errorCode() + ")");
                continue;
            }
            active.add(name);
            for (JsonNode f : listed.response()) {
                if ("ACTIVE".equals(f.path("status").asText(""))) {
                    exposed.computeIfAbsent(f.path("resource").asText("?"), r -> new ArrayList<>())
                            .add(describe(f, name));
                }
            }
        }
        exposed.forEach((resource, how) -> findings.add(fail(
                account,
                region,
                resource,
                "Resource " + resource + " is reachable from outside the zone of trust: " + String.join("; ", how)
                        + ".",
                found.path())));
        if (!unreadable.isEmpty()) {
            findings.add(gap(
                    account,
                    region,
                    scope,
                    "The findings of analyzer " + String.join(", ", unreadable) + " in " + region
                            + " could not be read.",
                    found.path()));
        } else if (active.isEmpty()) {
            findings.add(gap(
                    account,
                    region,
                    scope,
                    region + " has no active external-access analyzer"
                            + (inactive.isEmpty() ? "" : " (" + String.join(", ", inactive) + ")")
                            + ", so nothing shows which of its resources are shared outside the account.",
                    found.path()));
        } else if (exposed.isEmpty()) {
            findings.add(pass(
                    account,
                    region,
                    scope,
                    "Analyzer " + String.join(", ", active) + " reports no active finding "
                            + "of access from outside the zone of trust in " + region + ".",
                    found.path()));
        }
    }

    /** Who outside can do what, from one finding, e.g. "AWS 444455556666 may s3:GetObject (analyzer x, finding y)". */
    private static String describe(JsonNode f, String analyzer) {
        List<String> principals = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.path("principal").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            principals.add(p.getKey() + " " + p.getValue().asText());
        }
        List<String> actions = new ArrayList<>();
        f.path("action").forEach(a -> actions.add(a.asText()));
        String who = f.path("isPublic").asBoolean(false)
                ? "anyone (public)"
                : principals.isEmpty() ? "an outside principal" : String.join(", ", principals);
        return who
                + (actions.isEmpty()
                        ? ""
                        : " may " + String.join(", ", actions.subList(0, Math.min(3, actions.size())))
                                + (actions.size() > 3 ? " and " + (actions.size() - 3) + " more" : ""))
                + " (analyzer " + analyzer + ", finding " + f.path("id").asText() + ")";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM Access Analyzer ListAnalyzers in every region (each analyzer's type and status); ListFindings "
                        + "filtered to status ACTIVE for each active analyzer of type ACCOUNT or ORGANIZATION (each "
                        + "finding's resource, status, principal, action and isPublic).",
                "Every region of every account in scope, and every resource there named by an active finding of "
                        + "an external-access analyzer.",
                "Each resource with a finding of status ACTIVE from an active ACCOUNT or ORGANIZATION analyzer "
                        + "fails; archived and resolved findings do not count. A region passes when it has an active "
                        + "external-access analyzer, the findings of each such analyzer were read, and none of them is "
                        + "active. A region without an active external-access analyzer, or where an analyzer's findings "
                        + "could not be read, is a gap (the resources found failing still fail), as is a region whose "
                        + "analyzers could not be listed.",
                "Open raw/<account>/<region>/accessanalyzer.analyzers.json for each region; for each element of "
                        + "data.Analyzers[] with type ACCOUNT or ORGANIZATION and status ACTIVE, read calls.ListFindings "
                        + "(its outcome, and response[] with resource, status, principal, action and isPublic); apply the "
                        + "rule."));
    }
}
