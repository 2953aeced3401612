/** S3 evidence: account-level public access block and each bucket's protection settings. */
package dev.auditpack.collector.aws.s3;
