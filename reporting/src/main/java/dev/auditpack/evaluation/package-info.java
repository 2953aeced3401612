/** Turns findings and AWS attestations into one result per control, both halves of shared controls kept apart. */
package dev.auditpack.evaluation;
