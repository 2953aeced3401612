package dev.auditpack.check.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.auto.service.AutoService;
import dev.auditpack.check.Check;
import dev.auditpack.check.EvidenceCheck;
import dev.auditpack.check.EvidenceSet;
import dev.auditpack.check.Finding;
import dev.auditpack.check.FindingSink;
import dev.auditpack.check.Severity;
import dev.auditpack.check.TestProcedure;
import dev.auditpack.evidence.Arn;
import dev.auditpack.evidence.OperationResult;
import dev.auditpack.evidence.Target;
import dev.auditpack.evidence.aws.IamEvidence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Every active access key of an IAM user was created in the {@value #MAX_AGE_DAYS} days before the
 * collection finished. A key cannot be changed in place, so its creation date (ListAccessKeys
 * {@code CreateDate}, from {@code iam.users}) is when it was last rotated. One finding per key; inactive
 * keys are NOT_APPLICABLE. The root user's keys are judged by {@code iam_root_no_access_keys}.
 */
@AutoService(Check.class)
public final class IamAccessKeyRotated extends EvidenceCheck {

    /** The oldest an active access key may be. */
    static final int MAX_AGE_DAYS = 90;

    public IamAccessKeyRotated() {
        super(
                "iam_access_key_rotated",
                "Active access keys rotated within 90 days",
                Severity.MEDIUM,
                "Long-lived keys end up in scripts, laptops and logs; the older a key, the more places it may have leaked to.",
                "Create a new key, move its users to it, deactivate and then delete the old one; better, replace user keys with IAM roles.",
                List.of(IamEvidence.USERS));
    }

    @Override
    public void evaluate(EvidenceSet evidence, FindingSink findings) {
        Instant now = evidence.index().finishedAt();
        for (String account : evidence.accounts()) {
            evidence.require(this, IamEvidence.USERS, account, Target.GLOBAL, accountArn(evidence, account), findings)
                    .ifPresent(found -> {
                        if (!found.document().data().path("Users").isArray()) {
                            findings.add(gap(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "The user list is missing from the evidence.",
                                    found.path()));
                            return;
                        }
                        int judged = 0;
                        for (JsonNode user : found.document().data().path("Users")) {
                            String name = user.path("UserName").asText();
                            OperationResult keys =
                                    OperationResult.from(user.path("calls").get(IamEvidence.LIST_ACCESS_KEYS));
                            if (!keys.isOk()) {
                                findings.add(gap(
                                        account,
                                        Target.GLOBAL,
                                        user.path("Arn").asText(name),
                                        "The access keys of user " + name + " could not be listed (" + keys.errorCode()
                                                + ").",
                                        found.path()));
                                judged++;
                                continue;
                            }
                            for (JsonNode key : keys.response()) {
                                findings.add(judge(evidence.partition(account), account, name, key, now, found.path()));
                                judged++;
                            }
                        }
                        if (judged == 0) {
                            findings.add(notApplicable(
                                    account,
                                    Target.GLOBAL,
                                    accountArn(evidence, account),
                                    "No IAM user in the account has an access key.",
                                    found.path()));
                        }
                    });
        }
    }

    private Finding judge(String partition, String account, String user, JsonNode key, Instant now, String path) {
        String id = key.path("AccessKeyId").asText();
        String arn = Arn.global(partition, "iam", account, "access-key/" + id);
        String named = "Access key " + id + " of user " + user;
        if ("Inactive".equals(key.path("Status").asText())) {
            return notApplicable(account, Target.GLOBAL, arn, named + " is inactive.", path);
        }
        Instant created;
        try {
            created = Instant.parse(key.path("CreateDate").asText());
        } catch (DateTimeParseException e) {
            return gap(account, Target.GLOBAL, arn, named + " has no readable creation date.", path);
        }
        long days = Duration.between(created, now).toDays();
        String age = named + " was created on " + LocalDate.ofInstant(created, ZoneOffset.UTC) + ", " + days
                + " days before the collection finished";
        return created.isBefore(now.minus(Duration.ofDays(MAX_AGE_DAYS)))
                ? fail(account, Target.GLOBAL, arn, age + " (limit " + MAX_AGE_DAYS + ").", path)
                : pass(account, Target.GLOBAL, arn, age + ".", path);
    }

    @Override
    public Optional<TestProcedure> procedure() {
        return Optional.of(new TestProcedure(
                "IAM ListUsers, then ListAccessKeys per user: Status and CreateDate of each key.",
                "Every access key of every IAM user in every account in scope; one resource per key.",
                "An Active key passes when it was created within 90 days before the collection ended "
                        + "(finishedAt) and fails otherwise; Inactive keys are not applicable. A user whose keys could "
                        + "not be listed is a gap.",
                "Open raw/<account>/global/iam.users.json; for each element of data.Users[], read "
                        + "calls.ListAccessKeys (outcome OK) and, for each key in response[], compare Status and "
                        + "CreateDate with finishedAt in index.json minus 90 days."));
    }
}
