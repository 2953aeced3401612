/** Checks on AWS Backup: whether the data stores of each region are backed up. */
package dev.auditpack.check.backup;
