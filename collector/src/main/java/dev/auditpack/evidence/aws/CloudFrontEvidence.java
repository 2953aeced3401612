package dev.auditpack.evidence.aws;

/**
 * CloudFront evidence: the account's distributions, recorded once per account.
 */
public final class CloudFrontEvidence {

    /** Collector id: the account's distributions with their viewer protocol policies and certificates. */
    public static final String DISTRIBUTIONS = "cloudfront.distributions";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_DISTRIBUTIONS = "ListDistributions";

    private CloudFrontEvidence() {}
}
