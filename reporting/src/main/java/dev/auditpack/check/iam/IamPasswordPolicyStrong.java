package dev.auditpack.check.iam;

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
import dev.auditpack.evidence.Outcome;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IAM password policy meets auditpack's documented strength: at least {@value #MIN_LENGTH} characters,
 * upper and lower case letters, digits and symbols all required, and the last {@value #MIN_REUSE}
 * passwords not reusable. Forced expiry is not required (current NIST guidance advises against it).
 */
@AutoService(Check.class)
public final class IamPasswordPolicyStrong extends EvidenceCheck {

    static final int MIN_LENGTH = 14;
    static final int MIN_REUSE = 24;

    public IamPasswordPolicyStrong() {
        super(
                "iam_password_policy_strong",
                "Password policy is strong",
                Severity.MEDIUM,
                "Short or simple console passwords are guessed and reused; the policy is the only control over them.",
                "Set the account password policy: minimum length 14, require upper and lower case letters, numbers and symbols, prevent reuse of the last 24 passwords.",
                List.of(IamEvidence.PASSWORD_POLICY));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String resource = Arn.global(evidence.partition(account), "iam", account, "account-password-policy");
            evidence.require(this, IamEvidence.PASSWORD_POLICY, account, Target.GLOBAL, resource, findings)
                    .ifPresent(found -> {
                        OperationResult result = OperationResult.from(
                                found.document().data().get(IamEvidence.GET_ACCOUNT_PASSWORD_POLICY));
                        if (result.outcome() == Outcome.ABSENT) {
                            findings.add(fail(
                                    account,
                                    Target.GLOBAL,
                                    resource,
                                    "No password policy is set, so IAM's weak defaults apply.",
                                    found.path()));
                            return;
                        }
                        if (!result.isOk()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    resource,
                                    "The password policy could not be read.",
                                    found.path()));
                            return;
                        }
                        List<String> gaps = shortfalls(result.response().path("PasswordPolicy"));
                        findings.add(
                                gaps.isEmpty()
                                        ? pass(
                                                account,
                                                Target.GLOBAL,
                                                resource,
                                                "The password policy meets every requirement.",
                                                found.path())
                                        : fail(
                                                account,
                                                Target.GLOBAL,
                                                resource,
                                                "The password policy falls short: " + String.join("; ", gaps) + ".",
                                                found.path()));
                    });
        }
    }

    static List<String> shortfalls(JsonNode policy) {
        List<String> out = new ArrayList<>();
        int length = policy.path("MinimumPasswordLength").asInt(0);
        if (length < MIN_LENGTH) {
            out.add("minimum length " + length + " (needs " + MIN_LENGTH + ")");
        }
        for (String[] flag : new String[][] {
            {"RequireUppercaseCharacters", "upper case not required"},
            {"RequireLowercaseCharacters", "lower case not required"},
            {"RequireNumbers", "numbers not required"},
            {"RequireSymbols", "symbols not required"}
        }) {
            if (!policy.path(flag[0]).asBoolean(false)) {
                out.add(flag[1]);
            }
        }
        int reuse = policy.path("PasswordReusePrevention").asInt(0);
        if (reuse < MIN_REUSE) {
            out.add("reuse prevention " + reuse + " (needs " + MIN_REUSE + ")");
        }
        return out;
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetAccountPasswordPolicy: PasswordPolicy.MinimumPasswordLength, "
                        + "RequireUppercaseCharacters, RequireLowercaseCharacters, RequireNumbers, RequireSymbols and "
                        + "PasswordReusePrevention.",
                "The account password policy of every account in scope: one resource per account.",
                "Passes when the minimum length is at least 14, all four character classes are required and "
                        + "reuse of the last 24 passwords is prevented. No policy (the call answered NoSuchEntity, "
                        + "recorded as ABSENT) fails; an unreadable policy is a gap.",
                "Open raw/<account>/global/iam.password_policy.json; if data.GetAccountPasswordPolicy.outcome "
                        + "is ABSENT the account fails; otherwise compare the fields of "
                        + "data.GetAccountPasswordPolicy.response.PasswordPolicy with the thresholds above."));
    }
}
