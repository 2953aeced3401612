/**
 * Operating effectiveness over the audit period: every check judged at every snapshot of a series, folded into
 * intervals per check and resource (passed, failed, not observed), coverage gaps against the declared cadence, and one
 * verdict per control over the period.
 */
package dev.auditpack.evaluation.period;
