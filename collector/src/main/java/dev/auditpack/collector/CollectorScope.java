package dev.auditpack.collector;

/** How often a collector runs for one account. */
public enum CollectorScope {
    /** Once per account (IAM, account-level S3 settings, Artifact); recorded under region {@code global}. */
    ACCOUNT,
    /** Once per account and region asked for. */
    REGIONAL
}
