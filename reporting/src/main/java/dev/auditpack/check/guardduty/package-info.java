/** Checks on GuardDuty: whether threat detection runs in every region. */
package dev.auditpack.check.guardduty;
