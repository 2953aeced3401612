/** Checks on RDS databases: encryption, exposure, backup retention and Multi-AZ, for instances and clusters. */
package dev.auditpack.check.rds;
