/** GuardDuty evidence: whether threat detection is on in the region, and what it watches. */
package dev.auditpack.collector.aws.guardduty;
