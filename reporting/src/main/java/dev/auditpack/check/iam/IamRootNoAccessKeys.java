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

/** The root user has no access keys. */
@AutoService(Check.class)
public final class IamRootNoAccessKeys extends EvidenceCheck {

    public IamRootNoAccessKeys() {
        super("iam_root_no_access_keys", "Root user has no access keys", Severity.CRITICAL,
                "A root access key gives unrestricted programmatic control of the account and cannot be limited by policy.",
                "Delete the root user's access keys; give programs IAM roles or users with least privilege instead.",
                List.of("iam.account_summary", "iam.credential_report"));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String root = accountArn(account);
            var summary = evidence.get("iam.account_summary", account, Target.GLOBAL);
            if (summary instanceof EvidenceSet.Found found) {
                OptionalInt keys = AccountSummary.value(found.document(), "AccountAccessKeysPresent");
                if (keys.isPresent()) {
                    findings.add(keys.getAsInt() == 0
                            ? pass(account, Target.GLOBAL, root, "IAM reports no root access keys (AccountAccessKeysPresent = 0).", found.path())
                            : fail(account, Target.GLOBAL, root, "IAM reports root access keys present (AccountAccessKeysPresent = 1).", found.path()));
                    continue;
                }
            }
            Optional<EvidenceSet.Found> report = evidence.require(this, "iam.credential_report", account, Target.GLOBAL, root, findings);
            report.ifPresent(found -> {
                Optional<Map<String, String>> row = CredentialReport.from(found.document()).flatMap(CredentialReport::root);
                if (row.isEmpty()) {
                    findings.add(gap(account, Target.GLOBAL, root,
                            "Neither the account summary nor the credential report says whether root has access keys.", found.path()));
                } else if (CredentialReport.isTrue(row.get(), "access_key_1_active") || CredentialReport.isTrue(row.get(), "access_key_2_active")) {
                    findings.add(fail(account, Target.GLOBAL, root, "The credential report shows an active root access key.", found.path()));
                } else {
                    findings.add(pass(account, Target.GLOBAL, root, "The credential report shows no active root access key.", found.path()));
                }
            });
        }
    }
}
