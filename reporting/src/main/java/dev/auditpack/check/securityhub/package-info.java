/** Checks on Security Hub: whether it runs, with a security standard, in every region. */
package dev.auditpack.check.securityhub;
