/** Checks on S3: public access and bucket policies, default encryption, versioning, access logging. */
package dev.auditpack.check.s3;
