package dev.auditpack.evidence;

/** How often a collector runs: per account, per account and region, or once per run. */
public enum CollectorScope {
    /** Once per account (IAM, account-level S3 settings, Artifact); recorded under region {@code global}. */
    ACCOUNT,
    /** Once per account and region asked for. */
    REGIONAL,
    /**
     * Once per run, in the account whose credentials started it (the management or delegated
     * administrator account of an AWS Organization); recorded under region {@code global}.
     */
    ORGANIZATION,
    /**
     * Once per run, for what is the same in every account (AWS's own documents): in the calling account when it
     * is in scope, otherwise in the first account planned; recorded under region {@code global}.
     */
    RUN
}
