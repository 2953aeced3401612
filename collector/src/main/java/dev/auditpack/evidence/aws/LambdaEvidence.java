package dev.auditpack.evidence.aws;

/**
 * Lambda evidence: each region's functions, without their environment values.
 */
public final class LambdaEvidence {

    /** Collector id: the region's functions. */
    public static final String FUNCTIONS = "lambda.functions";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_FUNCTIONS = "ListFunctions";

    private LambdaEvidence() {}
}
