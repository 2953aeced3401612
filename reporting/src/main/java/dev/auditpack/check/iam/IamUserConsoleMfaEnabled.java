package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every IAM user who can sign in to the console has MFA. */
@AutoService(Check.class)
public final class IamUserConsoleMfaEnabled extends EvidenceCheck {

    public IamUserConsoleMfaEnabled() {
        super(
                "iam_user_console_mfa_enabled",
                "Console users have MFA",
                Severity.HIGH,
                "A stolen or guessed password is enough to sign in as a console user without MFA.",
                "Assign an MFA device to each IAM user with a console password, or move people to IAM Identity Center with MFA enforced.",
                List.of(IamEvidence.CREDENTIAL_REPORT));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            evidence.require(
                            this,
                            IamEvidence.CREDENTIAL_REPORT,
                            account,
                            Target.GLOBAL,
                            accountArn(evidence, account),
                            findings)
                    .ifPresent(found -> {
                        var report = CredentialReport.from(found.document());
                        if (report.isEmpty()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The credential report could not be read.",
                                    found.path()));
                            return;
                        }
                        List<Map<String, String>> users = report.get().users();
                        if (users.isEmpty()) {
                            findings.add(notApplicable(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The account has no IAM users.",
                                    found.path()));
                        }
                        for (Map<String, String> user : users) {
                            String arn = user.getOrDefault("arn", user.get("user"));
                            String name = user.get("user");
                            if (!CredentialReport.isTrue(user, "password_enabled")) {
                                findings.add(notApplicable(
                                        account,
                                        Target.GLOBAL,
                                        arn,
                                        "User " + name + " has no console password.",
                                        found.path()));
                            } else if (CredentialReport.isTrue(user, "mfa_active")) {
                                findings.add(pass(
                                        account,
                                        Target.GLOBAL,
                                        arn,
                                        "User " + name + " has a console password and MFA.",
                                        found.path()));
                            } else {
                                findings.add(fail(
                                        account,
                                        Target.GLOBAL,
                                        arn,
                                        "User " + name + " has a console password but no MFA.",
                                        found.path()));
                            }
                        }
                    });
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetCredentialReport: for each user, the password_enabled and mfa_active columns.",
                "Every IAM user listed in the credential report of every account in scope (the root row "
                        + "excluded).",
                "A user with password_enabled true passes when mfa_active is true and fails otherwise; a user "
                        + "without a console password is not applicable. An unreadable report is a gap for the account.",
                "Open raw/<account>/global/iam.credential_report.json, take the CSV in "
                        + "data.GetCredentialReport.response.Content, and for every row but <root_account> compare "
                        + "password_enabled and mfa_active as above."));
    }
}
