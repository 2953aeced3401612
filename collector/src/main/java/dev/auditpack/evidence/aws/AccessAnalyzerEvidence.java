package dev.auditpack.evidence.aws;

/**
 * IAM Access Analyzer evidence: each region's analyzers and, for those of external access, their active findings.
 */
public final class AccessAnalyzerEvidence {

    /** Collector id: the region's analyzers, each with its recorded {@link #LIST_FINDINGS} when it watches external
     * access. */
    public static final String ANALYZERS = "accessanalyzer.analyzers";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_ANALYZERS = "ListAnalyzers";

    public static final String LIST_FINDINGS = "ListFindings";

    private AccessAnalyzerEvidence() {}
}
