package dev.auditpack.check.iam;

import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every active console password and active access key of an IAM user was used, or was (re)issued, in the
 * {@value #MAX_IDLE_DAYS} days before the collection finished. A credential issued within that time and
 * not used yet is not idle yet. One finding per user, from the credential report; the root user has its
 * own check.
 */
@AutoService(Check.class)
public final class IamCredentialsRecentlyUsed extends EvidenceCheck {

    /** How long an active credential may go unused. */
    static final int MAX_IDLE_DAYS = 90;

    /** One credential of a row: its label, whether it is active, and the columns of its last use and issue. */
    private record Credential(String label, String activeColumn, String usedColumn, String issuedColumn) {}

    private static final List<Credential> CREDENTIALS = List.of(
            new Credential("console password", "password_enabled", "password_last_used", "password_last_changed"),
            new Credential(
                    "access key 1", "access_key_1_active", "access_key_1_last_used_date", "access_key_1_last_rotated"),
            new Credential(
                    "access key 2", "access_key_2_active", "access_key_2_last_used_date", "access_key_2_last_rotated"));

    public IamCredentialsRecentlyUsed() {
        super(
                "iam_credentials_recently_used",
                "IAM user credentials unused for 90 days are removed",
                Severity.MEDIUM,
                "A password or key nobody uses is nobody's to notice when it leaks; removing it shrinks what an attacker can steal.",
                "Delete or deactivate the unused console password or access key (IAM > Users > Security credentials); remove the user if it is no longer needed.",
                List.of(IamEvidence.CREDENTIAL_REPORT));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        Instant now = evidence.index().finishedAt();
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
                        if (report.get().users().isEmpty()) {
                            findings.add(notApplicable(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The account has no IAM users.",
                                    found.path()));
                        }
                        for (Map<String, String> user : report.get().users()) {
                            findings.add(judge(account, user, now, found.path()));
                        }
                    });
        }
    }

    private Finding judge(String account, Map<String, String> user, Instant now, String path) {
        String name = user.get("user");
        String arn = user.getOrDefault("arn", name);
        Instant since = now.minus(Duration.ofDays(MAX_IDLE_DAYS));
        List<String> active = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Credential c : CREDENTIALS) {
            if (!CredentialReport.isTrue(user, c.activeColumn())) {
                continue;
            }
            active.add(c.label());
            CredentialReport.When used = CredentialReport.when(user, c.usedColumn());
            CredentialReport.When issued = CredentialReport.when(user, c.issuedColumn());
            if (isSince(used, since) || isSince(issued, since)) {
                continue;
            }
            if (used instanceof CredentialReport.Unreadable || issued instanceof CredentialReport.Unreadable) {
                unknown.add(c.label());
            } else {
                idle.add(c.label() + " (" + describe(used, "last used ", "never used") + ", "
                        + describe(issued, "issued ", "no issue date") + ")");
            }
        }
        if (active.isEmpty()) {
            return notApplicable(
                    account,
                    Target.GLOBAL,
                    arn,
                    "User " + name + " has no active console password or access key.",
                    path);
        }
        if (!idle.isEmpty()) {
            return fail(
                    account,
                    Target.GLOBAL,
                    arn,
                    "User " + name + " has credentials unused for more than " + MAX_IDLE_DAYS + " days: "
                            + String.join("; ", idle) + ".",
                    path);
        }
        if (!unknown.isEmpty()) {
            return gap(
                    account,
                    Target.GLOBAL,
                    arn,
                    "Whether user " + name + " used their " + String.join(" and ", unknown)
                            + " recently is unknown: the credential report's dates are unreadable.",
                    path);
        }
        return pass(
                account,
                Target.GLOBAL,
                arn,
                "User " + name + "'s " + String.join(" and ", active) + (active.size() == 1 ? " was" : " were")
                        + " used or issued within the last " + MAX_IDLE_DAYS + " days.",
                path);
    }

    private static boolean isSince(CredentialReport.When when, Instant since) {
        return when instanceof CredentialReport.At at && !at.instant().isBefore(since);
    }

    private static String describe(CredentialReport.When when, String dated, String undated) {
        return when instanceof CredentialReport.At at
                ? dated + LocalDate.ofInstant(at.instant(), ZoneOffset.UTC)
                : undated;
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetCredentialReport: password_enabled, password_last_used, password_last_changed, and "
                        + "for each of the two access keys access_key_N_active, access_key_N_last_used_date and "
                        + "access_key_N_last_rotated.",
                "Every IAM user in the credential report of every account in scope (the root row excluded).",
                "A user passes when each active credential was used, or issued, within the 90 days before the "
                        + "collection ended (finishedAt); it fails naming each idle credential. A user with no active "
                        + "credential is not applicable.",
                "Open raw/<account>/global/iam.credential_report.json, decode the CSV in "
                        + "data.GetCredentialReport.response.Content and, row by row, compare the last-used and issued "
                        + "dates of each active credential with finishedAt in index.json minus 90 days."));
    }
}
