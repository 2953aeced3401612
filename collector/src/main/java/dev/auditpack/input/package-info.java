/** Errors in what the user supplied, reported as one actionable line. */
package dev.auditpack.input;
