/**
 * Producing a pack (reading and verifying the locker, evaluating, and writing every output, the pack zip and
 * the ticket summary all-or-nothing) and checking a pack zip afterwards.
 */
package dev.auditpack.pack;
