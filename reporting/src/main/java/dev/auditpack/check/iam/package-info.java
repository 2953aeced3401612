/** Checks on identity and access: the root user, users' credentials, policies, the password policy. */
package dev.auditpack.check.iam;
