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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The root user's password and access keys were not used in the {@value #QUIET_DAYS} days before the
 * collection finished, per the credential report's root row. IAM's "no date" markers ({@code N/A},
 * {@code no_information}, {@code not_supported}) count as no recorded use: IAM writes a date for any use
 * since it began tracking, years before any audit period.
 */
@AutoService(Check.class)
public final class IamRootRecentlyUnused extends EvidenceCheck {

    /** How long the root user must have been unused. */
    static final int QUIET_DAYS = 90;

    private static final Map<String, String> COLUMNS = Map.of(
            "password_last_used", "password",
            "access_key_1_last_used_date", "access key 1",
            "access_key_2_last_used_date", "access key 2");

    public IamRootRecentlyUnused() {
        super(
                "iam_root_recently_unused",
                "Root user not used in the last 90 days",
                Severity.HIGH,
                "The root user cannot be limited by any policy; using it for everyday work exposes the most powerful credentials in the account.",
                "Do daily work with IAM roles or Identity Center users; keep the root user for the few tasks only it can do, and review each use.",
                List.of(IamEvidence.CREDENTIAL_REPORT));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        Instant now = evidence.index().finishedAt();
        Instant since = now.minus(Duration.ofDays(QUIET_DAYS));
        for (String account : evidence.accounts()) {
            String root = accountArn(evidence, account);
            evidence.require(this, IamEvidence.CREDENTIAL_REPORT, account, Target.GLOBAL, root, findings)
                    .ifPresent(found -> {
                        var row = CredentialReport.from(found.document()).flatMap(CredentialReport::root);
                        if (row.isEmpty()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    root,
                                    "The credential report could not be read or has no root user row.",
                                    found.path()));
                            return;
                        }
                        List<String> recent = new ArrayList<>();
                        List<String> unreadable = new ArrayList<>();
                        Instant last = null;
                        String lastWhat = null;
                        for (String column : List.of(
                                "password_last_used", "access_key_1_last_used_date", "access_key_2_last_used_date")) {
                            CredentialReport.When when = CredentialReport.when(row.get(), column);
                            if (when instanceof CredentialReport.At at) {
                                if (!at.instant().isBefore(since)) {
                                    recent.add(COLUMNS.get(column) + " on "
                                            + LocalDate.ofInstant(at.instant(), ZoneOffset.UTC));
                                }
                                if (last == null || at.instant().isAfter(last)) {
                                    last = at.instant();
                                    lastWhat = COLUMNS.get(column);
                                }
                            } else if (when instanceof CredentialReport.Unreadable u) {
                                unreadable.add(u.column() + " ('" + u.text() + "')");
                            }
                        }
                        String window = QUIET_DAYS + " days before " + LocalDate.ofInstant(now, ZoneOffset.UTC);
                        if (!recent.isEmpty()) {
                            findings.add(fail(
                                    account,
                                    Target.GLOBAL,
                                    root,
                                    "The root user was used within the " + window + ": " + String.join(", ", recent)
                                            + ".",
                                    found.path()));
                        } else if (!unreadable.isEmpty()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    root,
                                    "Whether the root user was used recently is unknown: "
                                            + "the credential report's root row has unreadable "
                                            + String.join(", ", unreadable) + ".",
                                    found.path()));
                        } else {
                            findings.add(pass(
                                    account,
                                    Target.GLOBAL,
                                    root,
                                    last == null
                                            ? "The credential report records no use of the root user's password or access keys."
                                            : "The root user was last used on "
                                                    + LocalDate.ofInstant(last, ZoneOffset.UTC) + " (" + lastWhat
                                                    + "), not within the " + window + ".",
                                    found.path()));
                        }
                    });
        }
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM GetCredentialReport, the root row's password_last_used, access_key_1_last_used_date and "
                        + "access_key_2_last_used_date columns.",
                "The root user of every AWS account in scope: one resource per account.",
                "Passes when none of those dates falls in the 90 days before the collection ended (the locker "
                        + "index's finishedAt); N/A, no_information and not_supported mean no recorded use. Any other "
                        + "value, or no root row, is a gap.",
                "Take finishedAt from index.json. Open raw/<account>/global/iam.credential_report.json, "
                        + "decode data.GetCredentialReport.response.Content (CSV), and compare the three dates of the "
                        + "<root_account> row with finishedAt minus 90 days."));
    }
}
