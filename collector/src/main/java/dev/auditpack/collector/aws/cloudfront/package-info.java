/** Amazon CloudFront evidence: the account's distributions, how viewers may reach them and with which TLS. */
package dev.auditpack.collector.aws.cloudfront;
