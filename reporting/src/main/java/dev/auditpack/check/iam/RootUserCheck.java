package dev.auditpack.check.iam;

import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A check of one fact about the root user. IAM's account summary is read first; when it is unusable, the
 * root row of the credential report answers; when neither can, the result is GAP.
 */
abstract class RootUserCheck extends EvidenceCheck {

    private final String summaryKey;

    RootUserCheck(String id, String title, Severity severity, String rationale, String remediation, String summaryKey) {
        super(
                id,
                title,
                severity,
                rationale,
                remediation,
                List.of(IamEvidence.ACCOUNT_SUMMARY, IamEvidence.CREDENTIAL_REPORT));
        this.summaryKey = summaryKey;
    }

    /** Whether the summary value (e.g. {@code AccountMFAEnabled = 1}) means the check passes. */
    abstract boolean passesOnSummary(int value);

    /** Whether the credential report's root row means the check passes. */
    abstract boolean passesOnReport(Map<String, String> rootRow);

    /** The sentence for a verdict; {@code source} says where it came from. */
    abstract String reason(boolean passes, String source);

    @Override
    public final void evaluate(EvidenceSet evidence, FindingSink findings) {
        for (String account : evidence.accounts()) {
            String root = accountArn(evidence, account);
            if (evidence.get(IamEvidence.ACCOUNT_SUMMARY, account, Target.GLOBAL) instanceof EvidenceSet.Found found) {
                OptionalInt value = AccountSummary.value(found.document(), summaryKey);
                if (value.isPresent()) {
                    boolean ok = passesOnSummary(value.getAsInt());
                    findings.add(finding(
                            ok,
                            account,
                            root,
                            reason(ok, "IAM's account summary (" + summaryKey + " = " + value.getAsInt() + ")"),
                            found.path()));
                    continue;
                }
            }
            evidence.require(this, IamEvidence.CREDENTIAL_REPORT, account, Target.GLOBAL, root, findings)
                    .ifPresent(found -> {
                        var row = CredentialReport.from(found.document()).flatMap(CredentialReport::root);
                        if (row.isEmpty()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    root,
                                    "Neither IAM's account summary nor the credential report has the root user's "
                                            + summaryKey + ".",
                                    found.path()));
                        } else {
                            boolean ok = passesOnReport(row.get());
                            findings.add(finding(
                                    ok, account, root, reason(ok, "the credential report's root row"), found.path()));
                        }
                    });
        }
    }

    private dev.auditpack.check.Finding finding(boolean ok, String account, String root, String reason, String path) {
        return ok ? pass(account, Target.GLOBAL, root, reason, path) : fail(account, Target.GLOBAL, root, reason, path);
    }
}
