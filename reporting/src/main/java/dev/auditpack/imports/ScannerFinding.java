package dev.auditpack.imports;

/**
 * One finding of another scanner, as read from its file.
 *
 * @param source      the file it came from: the imported file's name, or the locker path of collected findings
 * @param tool        the scanner, e.g. {@code Prowler} or {@code Security Hub}
 * @param toolVersion its version as the file states it (for Security Hub, the ASFF schema version)
 * @param namespace   {@code prowler} (a Prowler check id) or {@code securityhub} (a Security Hub control id), or
 *                    {@code other} for findings of products neither names (GuardDuty, Inspector, …)
 * @param scannerId   the check or control id in that namespace, e.g. {@code s3_bucket_default_encryption}, {@code S3.8}
 * @param status      as the scanner says it: {@code PASS}, {@code FAIL}, {@code MANUAL} (Prowler);
 *                    {@code PASSED}, {@code FAILED}, {@code WARNING}, {@code NOT_AVAILABLE}, or empty when the
 *                    finding has no compliance status (ASFF)
 * @param time        when the scanner reported it (ISO-8601, UTC when the file says the zone or gives none)
 */
public record ScannerFinding(
        String source,
        String tool,
        String toolVersion,
        String namespace,
        String scannerId,
        String title,
        String status,
        String account,
        String region,
        String resource,
        String time) {

    /** The outcome in three words: {@code PASS}, {@code FAIL}, or {@code OTHER} (manual, warning, not available). */
    public String outcome() {
        return switch (status) {
            case "PASS", "PASSED" -> "PASS";
            case "FAIL", "FAILED" -> "FAIL";
            default -> "OTHER";
        };
    }
}
