/** Read-only collectors, one sub-package per AWS service. */
package dev.auditpack.collector.aws;
