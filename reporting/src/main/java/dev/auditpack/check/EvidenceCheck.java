package dev.auditpack.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.auditpack.evidence.Arn;
import java.util.List;
import java.util.Objects;

/** A check described by its metadata, with shorthands for the findings it makes. */
public abstract class EvidenceCheck implements Check {

    private final String id;
    private final String title;
    private final Severity severity;
    private final String rationale;
    private final String remediation;
    private final List<String> evidence;

    protected EvidenceCheck(
            String id, String title, Severity severity, String rationale, String remediation, List<String> evidence) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.severity = Objects.requireNonNull(severity);
        this.rationale = Objects.requireNonNull(rationale);
        this.remediation = Objects.requireNonNull(remediation);
        this.evidence = List.copyOf(evidence);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String rationale() {
        return rationale;
    }

    @Override
    public final String remediation() {
        return remediation;
    }

    @Override
    public final List<String> evidence() {
        return evidence;
    }

    protected Finding finding(
            CheckStatus status, String account, String region, String resource, String reason, String... paths) {
        return new Finding(id, status, account, region, resource, reason, List.of(paths));
    }

    protected Finding pass(String account, String region, String resource, String reason, String... paths) {
        return finding(CheckStatus.PASS, account, region, resource, reason, paths);
    }

    protected Finding fail(String account, String region, String resource, String reason, String... paths) {
        return finding(CheckStatus.FAIL, account, region, resource, reason, paths);
    }

    protected Finding gap(String account, String region, String resource, String reason, String... paths) {
        return finding(CheckStatus.GAP, account, region, resource, reason, paths);
    }

    protected Finding notApplicable(String account, String region, String resource, String reason, String... paths) {
        return finding(CheckStatus.NOT_APPLICABLE, account, region, resource, reason, paths);
    }

    /**
     * The list {@code field} (of {@code what}, for the message) of a region's evidence document. A document
     * without the list says nothing about
     * the region, so a GAP finding for {@code scope} is added; an empty list adds a NOT_APPLICABLE finding
     * giving {@code none} as the reason. Either way the result is then empty, for the caller to pass over.
     */
    protected JsonNode listed(
            EvidenceSet.Found found,
            String field,
            String what,
            String account,
            String region,
            String scope,
            String none,
            FindingSink findings) {
        JsonNode list = found.document().data().path(field);
        if (!list.isArray()) {
            findings.add(gap(
                    account,
                    region,
                    scope,
                    "The " + what + " list of " + region + " is missing from the evidence.",
                    found.path()));
            return MissingNode.getInstance();
        }
        if (list.isEmpty()) {
            findings.add(notApplicable(account, region, scope, none, found.path()));
        }
        return list;
    }

    /** The ARN of an account's root user, in the account's partition: the resource of account-wide findings. */
    protected static String accountArn(EvidenceSet evidence, String account) {
        return Arn.accountRoot(evidence.partition(account), account);
    }
}
