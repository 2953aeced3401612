/** Signing a pack with the user's key (detached CMS and PAdES), and checking such signatures. */
package dev.auditpack.signing;
