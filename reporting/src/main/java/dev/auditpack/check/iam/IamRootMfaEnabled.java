package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.collector.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The root user signs in with MFA. */
@AutoService(Check.class)
public final class IamRootMfaEnabled extends EvidenceCheck {

    public IamRootMfaEnabled() {
        super("iam_root_mfa_enabled", "Root user has MFA", Severity.CRITICAL,
                "The root user can do anything in the account, including closing it; a password alone is too weak a guard.",
                "Sign in as root and assign an MFA device (a hardware key is best); then lock the root credentials away.",
                List.of("iam.account_summary", "iam.credential_report"));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String root = accountArn(account);
            var summary = evidence.get("iam.account_summary", account, Target.GLOBAL);
            if (summary instanceof EvidenceSet.Found found) {
                OptionalInt mfa = AccountSummary.value(found.document(), "AccountMFAEnabled");
                if (mfa.isPresent()) {
                    findings.add(mfa.getAsInt() == 1
                            ? pass(account, Target.GLOBAL, root, "IAM reports MFA enabled for the root user (AccountMFAEnabled = 1).", found.path())
                            : fail(account, Target.GLOBAL, root, "IAM reports no MFA for the root user (AccountMFAEnabled = 0).", found.path()));
                    continue;
                }
            }
            Optional<EvidenceSet.Found> report = evidence.require(this, "iam.credential_report", account, Target.GLOBAL, root, findings);
            report.ifPresent(found -> {
                Optional<Map<String, String>> row = CredentialReport.from(found.document()).flatMap(CredentialReport::root);
                if (row.isEmpty()) {
                    findings.add(gap(account, Target.GLOBAL, root,
                            "Neither the account summary nor the credential report says whether root has MFA.", found.path()));
                } else if (CredentialReport.isTrue(row.get(), "mfa_active")) {
                    findings.add(pass(account, Target.GLOBAL, root, "The credential report shows MFA active for the root user.", found.path()));
                } else {
                    findings.add(fail(account, Target.GLOBAL, root, "The credential report shows no MFA for the root user.", found.path()));
                }
            });
        }
    }
}
