package dev.auditpack.check;

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

    protected EvidenceCheck(String id, String title, Severity severity, String rationale, String remediation,
                            List<String> evidence) {
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

    protected Finding finding(CheckStatus status, String account, String region, String resource, String reason,
                              String... paths) {
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

    /** The ARN of an account's root user, used as the resource of account-wide findings. */
    protected static String accountArn(String account) {
        return "arn:aws:iam::" + account + ":root";
    }
}
