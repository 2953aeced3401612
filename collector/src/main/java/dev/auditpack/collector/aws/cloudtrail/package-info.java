/** Audit-logging evidence: CloudTrail trails, whether they log, and what they select. */
package dev.auditpack.collector.aws.cloudtrail;
