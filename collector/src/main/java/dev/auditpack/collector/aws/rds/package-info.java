/** RDS evidence: database instances and clusters with their encryption, exposure, backup and resilience settings. */
package dev.auditpack.collector.aws.rds;
