package dev.auditpack.collector;

/** How often a collector runs for one account. */
public enum CollectorScope {
    /** Once per account (IAM, account-level S3 settings, Artifact); recorded under region {@code global}. */
    ACCOUNT,
    /** Once per account and region asked for. */
    REGIONAL,
    /**
     * Once per run, in the account whose credentials started it (the management or delegated
     * administrator account of an AWS Organization); recorded under region {@code global}.
     */
    ORGANIZATION
}
