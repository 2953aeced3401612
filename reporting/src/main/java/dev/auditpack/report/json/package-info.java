/** {@code results.json}: the report model as JSON, streamed so a million findings need no extra memory. */
package dev.auditpack.report.json;
