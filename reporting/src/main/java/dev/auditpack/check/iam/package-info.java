/** Checks on identity and access: the root user, console users, the password policy. */
package dev.auditpack.check.iam;
