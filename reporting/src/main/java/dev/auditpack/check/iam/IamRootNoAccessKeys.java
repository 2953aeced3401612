package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.Severity;
import java.util.Map;

/** The root user has no access keys. */
@AutoService(Check.class)
public final class IamRootNoAccessKeys extends RootUserCheck {

    public IamRootNoAccessKeys() {
        super("iam_root_no_access_keys", "Root user has no access keys", Severity.CRITICAL,
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
        return !CredentialReport.isTrue(rootRow, "access_key_1_active") && !CredentialReport.isTrue(rootRow, "access_key_2_active");
    }

    @Override
    String reason(boolean passes, String source) {
        return (passes ? "The root user has no active access key, per " : "The root user has an active access key, per ")
                + source + ".";
    }
}
