/** The demo: a pack built from evidence bundled in the jar, for a fictional company, with no AWS account. */
package dev.auditpack.demo;
