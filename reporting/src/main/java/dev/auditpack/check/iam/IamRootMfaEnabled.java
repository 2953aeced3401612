package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Severity;
import java.util.Map;

/** The root user signs in with MFA. */
@AutoService(Check.class)
public final class IamRootMfaEnabled extends RootUserCheck {

    public IamRootMfaEnabled() {
        super("iam_root_mfa_enabled", "Root user has MFA", Severity.CRITICAL,
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
}
