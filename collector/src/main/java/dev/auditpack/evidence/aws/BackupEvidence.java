package dev.auditpack.evidence.aws;

/**
 * AWS Backup evidence: each region's backup plans with the resources they select, and the resources that have a
 * recovery point, and the backup jobs of the audit period.
 */
public final class BackupEvidence {

    /** Collector id: the region's backup plans, each with its selections. */
    public static final String PLANS = "backup.plans";
    /** Collector id: the region's resources with at least one recovery point. */
    public static final String PROTECTED_RESOURCES = "backup.protected_resources";
    /** Collector id: the region's backup jobs created in the audit period, with their states. */
    public static final String JOBS = "backup.jobs";

    /** Operation names: the keys under which answers are recorded. */
    public static final String LIST_BACKUP_PLANS = "ListBackupPlans";

    public static final String GET_BACKUP_PLAN = "GetBackupPlan";
    public static final String LIST_BACKUP_SELECTIONS = "ListBackupSelections";
    public static final String GET_BACKUP_SELECTION = "GetBackupSelection";
    public static final String LIST_PROTECTED_RESOURCES = "ListProtectedResources";
    public static final String LIST_BACKUP_JOBS = "ListBackupJobs";

    private BackupEvidence() {}
}
