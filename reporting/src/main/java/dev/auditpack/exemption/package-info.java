/** Exceptions: accepted findings and controls declared not applicable, each with a reason, an approver and an expiry. */
package dev.auditpack.exemption;
