/** Checks on audit logging with CloudTrail. */
package dev.auditpack.check.cloudtrail;
