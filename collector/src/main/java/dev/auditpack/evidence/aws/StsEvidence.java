package dev.auditpack.evidence.aws;

/**
 * STS evidence: the identity auditpack ran as in each account.
 */
public final class StsEvidence {

    /** Collector id: the caller identity in the account. */
    public static final String CALLER_IDENTITY = "sts.caller_identity";

    /** Operation names: the keys under which answers are recorded. */
    public static final String GET_CALLER_IDENTITY = "GetCallerIdentity";

    private StsEvidence() {}
}
