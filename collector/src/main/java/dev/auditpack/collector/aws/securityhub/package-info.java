/** Security Hub evidence: whether the hub is on in the region, and which security standards it checks. */
package dev.auditpack.collector.aws.securityhub;
