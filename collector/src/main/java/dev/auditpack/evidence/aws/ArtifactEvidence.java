package dev.auditpack.evidence.aws;

/**
 * AWS Artifact evidence: the reports and certificates AWS lists, and the documents downloaded under their terms.
 */
public final class ArtifactEvidence {

    /** Collector id: AWS's reports and certificates with their periods, recorded once per account. */
    public static final String REPORTS = "artifact.reports";
    /** Collector id: the report documents downloaded as attachments, once per run and only when asked for. */
    public static final String REPORT_DOCUMENTS = "artifact.report_documents";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_REPORTS = "ListReports";

    public static final String GET_TERM_FOR_REPORT = "GetTermForReport";
    public static final String GET_REPORT = "GetReport";

    private ArtifactEvidence() {}
}
