/** Producing a pack: reading and verifying the locker, evaluating, and writing every output all-or-nothing. */
package dev.auditpack.pack;
