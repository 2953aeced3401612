/**
 * Checks: pure functions from the evidence locker to findings. A check never calls AWS; evidence that is
 * missing or could not be collected gives GAP, never PASS.
 */
package dev.auditpack.check;
