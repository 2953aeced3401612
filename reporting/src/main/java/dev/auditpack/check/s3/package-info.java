/** Checks on S3: public access, default encryption, versioning. */
package dev.auditpack.check.s3;
