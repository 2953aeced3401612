/** The evidence locker: what was collected, how it is stored and hashed, and how it is read back and verified. */
package dev.auditpack.evidence;
