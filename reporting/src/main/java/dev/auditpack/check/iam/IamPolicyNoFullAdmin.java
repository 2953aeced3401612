package dev.auditpack.check.iam;

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
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * No customer managed policy (its default version) and no inline policy of a user, group or role allows
 * every action on every resource. One finding per policy: the managed policy's ARN, or the principal's ARN
 * followed by {@code #inline/<policy name>}. AWS managed policies (such as AdministratorAccess) are not in
 * the evidence, so attaching them is not judged here.
 */
@AutoService(Check.class)
public final class IamPolicyNoFullAdmin extends EvidenceCheck {

    /** Where one kind of principal keeps its inline policies in the authorization details. */
    private record Principals(String list, String kind, String nameField, String policies) {}

    private static final List<Principals> PRINCIPALS = List.of(
            new Principals("UserDetailList", "user", "UserName", "UserPolicyList"),
            new Principals("GroupDetailList", "group", "GroupName", "GroupPolicyList"),
            new Principals("RoleDetailList", "role", "RoleName", "RolePolicyList"));

    public IamPolicyNoFullAdmin() {
        super(
                "iam_policy_no_full_admin",
                "No customer or inline policy grants full administrator access",
                Severity.HIGH,
                "A policy that allows every action on every resource makes whoever holds it an unrestricted administrator, beyond any least-privilege design.",
                "Replace \"Action\": \"*\" on \"Resource\": \"*\" with the actions and resources the job needs; keep full administration to a few break-glass roles, reviewed regularly.",
                List.of(IamEvidence.AUTHORIZATION_DETAILS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            evidence.require(
                            this,
                            IamEvidence.AUTHORIZATION_DETAILS,
                            account,
                            Target.GLOBAL,
                            accountArn(evidence, account),
                            findings)
                    .ifPresent(found -> {
                        JsonNode data = found.document().data();
                        List<Finding> out = new ArrayList<>();
                        List<String> missing = new ArrayList<>();
                        if (data.path("Policies").isArray()) {
                            for (JsonNode policy : data.path("Policies")) {
                                out.add(judgeManaged(evidence.partition(account), account, policy, found.path()));
                            }
                        } else {
                            missing.add("Policies");
                        }
                        for (Principals p : PRINCIPALS) {
                            if (!data.path(p.list()).isArray()) {
                                missing.add(p.list());
                                continue;
                            }
                            for (JsonNode principal : data.path(p.list())) {
                                String arn = principal
                                        .path("Arn")
                                        .asText(Arn.global(
                                                evidence.partition(account),
                                                "iam",
                                                account,
                                                p.kind() + "/"
                                                        + principal
                                                                .path(p.nameField())
                                                                .asText()));
                                for (JsonNode inline : principal.path(p.policies())) {
                                    out.add(judge(
                                            account,
                                            arn + "#inline/"
                                                    + inline.path("PolicyName").asText(),
                                            "Inline policy "
                                                    + inline.path("PolicyName").asText() + " of " + p.kind() + " "
                                                    + principal
                                                            .path(p.nameField())
                                                            .asText(),
                                            PolicyDocument.read(inline.get("PolicyDocument")),
                                            found.path()));
                                }
                            }
                        }
                        if (!missing.isEmpty()) {
                            out.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The authorization details lack " + String.join(", ", missing)
                                            + ", so some policies could not be judged.",
                                    found.path()));
                        } else if (out.isEmpty()) {
                            out.add(notApplicable(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The account has no customer managed or inline policies.",
                                    found.path()));
                        }
                        out.forEach(findings::add);
                    });
        }
    }

    private Finding judgeManaged(String partition, String account, JsonNode policy, String path) {
        String name = policy.path("PolicyName").asText();
        String defaultVersion = policy.path("DefaultVersionId").asText("");
        Optional<JsonNode> document = Optional.empty();
        for (JsonNode version : policy.path("PolicyVersionList")) {
            if (version.path("IsDefaultVersion").asBoolean(false)
                    || (!defaultVersion.isEmpty()
                            && defaultVersion.equals(version.path("VersionId").asText()))) {
                document = PolicyDocument.read(version.get("Document"));
                break;
            }
        }
        String arn = policy.path("Arn").asText(Arn.global(partition, "iam", account, "policy/" + name));
        return judge(
                account,
                arn,
                "Managed policy " + name + (defaultVersion.isEmpty() ? "" : " (" + defaultVersion + ")"),
                document,
                path);
    }

    private Finding judge(String account, String resource, String named, Optional<JsonNode> document, String path) {
        if (document.isEmpty()) {
            return gap(
                    account,
                    Target.GLOBAL,
                    resource,
                    named + " has no readable policy document in the evidence.",
                    path);
        }
        List<String> admin = PolicyDocument.fullAdminStatements(document.get());
        return admin.isEmpty()
                ? pass(
                        account,
                        Target.GLOBAL,
                        resource,
                        named + " does not allow every action on every resource.",
                        path)
                : fail(
                        account,
                        Target.GLOBAL,
                        resource,
                        named + " allows every action on every resource in " + String.join(", ", admin) + ".",
                        path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetAccountAuthorizationDetails: each customer managed policy's default version "
                        + "(Policies[].PolicyVersionList[] with IsDefaultVersion true) and each inline policy of users, "
                        + "groups and roles (UserPolicyList, GroupPolicyList, RolePolicyList).",
                "Every customer managed policy and every inline policy in every account in scope; one "
                        + "resource per policy. AWS managed policies are not collected and not judged.",
                "A policy fails when one of its statements has Effect Allow, Action * or *:* (alone or in a "
                        + "list) and Resource *, with or without a Condition; otherwise it passes.",
                "Open raw/<account>/global/iam.authorization_details.json; URL-decode each Document under "
                        + "data.Policies[].PolicyVersionList[] (default version only) and under "
                        + "data.UserDetailList[].UserPolicyList[], data.GroupDetailList[].GroupPolicyList[] and "
                        + "data.RoleDetailList[].RolePolicyList[], and look for an Allow statement with those Action "
                        + "and Resource values."));
    }
}
