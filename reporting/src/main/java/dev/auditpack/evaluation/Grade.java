package dev.auditpack.evaluation;

/** How serious a control's failures are, in the grades ISO certification bodies give nonconformities. */
public enum Grade {
    /** A CRITICAL or HIGH finding, a systematic failure, or documents showing the control is not operating. */
    MAJOR_NONCONFORMITY("Major nonconformity"),
    /** An isolated MEDIUM lapse. */
    MINOR_NONCONFORMITY("Minor nonconformity"),
    /** LOW findings only. */
    OPPORTUNITY_FOR_IMPROVEMENT("Opportunity for improvement");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
