/** KMS evidence: the keys of each region, who manages them, their state and whether their material rotates. */
package dev.auditpack.collector.aws.kms;
