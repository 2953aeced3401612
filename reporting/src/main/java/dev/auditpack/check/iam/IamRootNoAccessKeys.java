package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import java.util.Map;
import java.util.Optional;

/** The root user has no access keys. */
@AutoService(Check.class)
public final class IamRootNoAccessKeys extends RootUserCheck {

    public IamRootNoAccessKeys() {
        super(
                "iam_root_no_access_keys",
                "Root user has no access keys",
                Severity.CRITICAL,
                "A root access key gives unrestricted programmatic control of the account and cannot be limited by policy.",
                "Delete the root user's access keys; give programs IAM roles or users with least privilege instead.",
                "AccountAccessKeysPresent");
    }

    @Override
    boolean passesOnSummary(int value) {
        return value == 0;
    }

    @Override
    boolean passesOnReport(Map<String, String> rootRow) {
        return !CredentialReport.isTrue(rootRow, "access_key_1_active")
                && !CredentialReport.isTrue(rootRow, "access_key_2_active");
    }

    @Override
    String reason(boolean passes, String source) {
        return (passes
                        ? "The root user has no active access key, per "
                        : "The root user has an active access key, per ")
                + source + ".";
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetAccountSummary, field SummaryMap.AccountAccessKeysPresent; where that is missing, IAM "
                        + "GetCredentialReport, the root row's access_key_1_active and access_key_2_active columns.",
                "The root user of every AWS account in scope: one resource per account.",
                "Passes when AccountAccessKeysPresent is 0 (or neither root access key is active); fails "
                        + "otherwise. When neither source can be read, the account is a gap.",
                "Open raw/<account>/global/iam.account_summary.json and read "
                        + "data.GetAccountSummary.response.SummaryMap.AccountAccessKeysPresent: 0 passes, anything else "
                        + "fails. If that call's outcome is not OK, read access_key_1_active and access_key_2_active in "
                        + "the <root_account> row of the CSV in raw/<account>/global/iam.credential_report.json, "
                        + "data.GetCredentialReport.response.Content."));
    }
}
