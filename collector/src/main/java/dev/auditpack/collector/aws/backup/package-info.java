/** AWS Backup evidence: the backup plans with their rules and what they select, and the resources backed up. */
package dev.auditpack.collector.aws.backup;
