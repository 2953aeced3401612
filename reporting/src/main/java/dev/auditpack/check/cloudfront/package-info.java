/** Checks on CloudFront: viewers reach distributions only over HTTPS with TLS 1.2 or later. */
package dev.auditpack.check.cloudfront;
