/** Checks on KMS keys: automatic rotation of customer managed keys. */
package dev.auditpack.check.kms;
