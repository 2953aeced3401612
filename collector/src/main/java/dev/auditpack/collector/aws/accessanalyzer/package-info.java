/** IAM Access Analyzer evidence: which analyzers watch for access from outside the account or organization. */
package dev.auditpack.collector.aws.accessanalyzer;
