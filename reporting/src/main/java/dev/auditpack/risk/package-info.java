/** The user's risk register: the risks and the legal or contractual requirements that select controls, and the approval of the Statement of Applicability. */
package dev.auditpack.risk;
