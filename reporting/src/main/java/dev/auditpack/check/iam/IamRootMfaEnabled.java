package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Map;
import java.util.Optional;

/** The root user signs in with MFA. */
@AutoService(Check.class)
public final class IamRootMfaEnabled extends RootUserCheck {

    public IamRootMfaEnabled() {
        super(
                "iam_root_mfa_enabled",
                "Root user has MFA",
                Severity.CRITICAL,
                "The root user can do anything in the account, including closing it; a password alone is too weak a guard.",
                "Sign in as root and assign an MFA device (a hardware key is best); then lock the root credentials away.",
                "AccountMFAEnabled");
    }

    @Override
    boolean passesOnSummary(int value) {
        return value == 1;
    }

    @Override
    boolean passesOnReport(Map<String, String> rootRow) {
        return CredentialReport.isTrue(rootRow, "mfa_active");
    }

    @Override
    String reason(boolean passes, String source) {
        return (passes ? "The root user has MFA, per " : "The root user has no MFA, per ") + source + ".";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetAccountSummary, field SummaryMap.AccountMFAEnabled; where that is missing, IAM "
                        + "GetCredentialReport, the root row's mfa_active column.",
                "The root user of every AWS account in scope: one resource per account.",
                "Passes when AccountMFAEnabled is 1 (or the root row's mfa_active is true); fails otherwise. "
                        + "When neither source can be read, the account is a gap.",
                "Open raw/<account>/global/iam.account_summary.json and read "
                        + "data.GetAccountSummary.response.SummaryMap.AccountMFAEnabled: 1 passes, 0 fails. If that "
                        + "call's outcome is not OK, decode raw/<account>/global/iam.credential_report.json, "
                        + "data.GetCredentialReport.response.Content (CSV), and read mfa_active in the row whose user "
                        + "is <root_account>."));
    }
}
